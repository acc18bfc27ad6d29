package ir.vafa.console.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The console's texts, from the UTF-8 resource bundles {@code i18n/vafa-console_<lang>.properties}. Arguments are
 * formatted by {@link MessageFormat} in the message's locale, so numbers get the language's digits and separators.
 * Plain Java, so forms and describers are testable without Vaadin or Spring.
 */
public final class Messages {

	static final String BUNDLE = "i18n/vafa-console";

	private static final ResourceBundle.Control NO_FALLBACK =
			ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

	private final Language language;
	private final ResourceBundle bundle;

	private Messages(Language language) {
		this.language = language;
		this.bundle = ResourceBundle.getBundle(BUNDLE, language.locale(), Messages.class.getClassLoader(), NO_FALLBACK);
	}

	public static Messages of(Locale locale) {
		return new Messages(Language.of(locale));
	}

	public static Messages of(Language language) {
		return new Messages(language);
	}

	public Locale locale() {
		return language.locale();
	}

	public boolean has(String key) {
		return bundle.containsKey(key);
	}

	/** The text for the key with the arguments filled in; {@code !key} when the bundle lacks it. */
	public String get(String key, Object... args) {
		String pattern;
		try {
			pattern = bundle.getString(key);
		}
		catch (MissingResourceException e) {
			return "!" + key;
		}
		if (args == null || args.length == 0) {
			return pattern;
		}
		return new MessageFormat(pattern, language.locale()).format(args);
	}
}
