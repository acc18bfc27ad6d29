package ir.vafa.notifications.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The placeholders a template may use, and filling them in. Anything in braces is a placeholder, so a misspelt one
 * ({@code {nmae}}) is refused when the template is saved rather than sent to members as it is.
 */
final class Placeholders {

	static final List<String> NAMES = List.of("name", "points", "tier", "reward", "date", "balance", "voucher",
			"choices");
	private static final Set<String> KNOWN = Set.copyOf(NAMES);
	private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");

	private Placeholders() {
	}

	/** The placeholders in {@code text} that are not among {@link #NAMES}, in order. */
	static List<String> unknown(String text) {
		List<String> unknown = new ArrayList<>();
		if (text == null) {
			return unknown;
		}
		Matcher m = PLACEHOLDER.matcher(text);
		while (m.find()) {
			if (!KNOWN.contains(m.group(1))) {
				unknown.add(m.group());
			}
		}
		return unknown;
	}

	/** The text with every placeholder replaced by its value (an empty one when the event has none). */
	static String fill(String text, Map<String, String> values) {
		if (text == null) {
			return null;
		}
		Matcher m = PLACEHOLDER.matcher(text);
		StringBuilder out = new StringBuilder();
		while (m.find()) {
			m.appendReplacement(out, Matcher.quoteReplacement(values.getOrDefault(m.group(1), "")));
		}
		m.appendTail(out);
		return out.toString();
	}
}
