package ir.vafa.console.programs;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DecimalStyle;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import ir.vafa.console.i18n.Messages;
import ir.vafa.rules.FirstPurchaseBonus;
import ir.vafa.rules.MultiplierRule;
import ir.vafa.rules.RuleSpec;
import ir.vafa.rules.SpendRule;
import ir.vafa.rules.StampRule;
import ir.vafa.rules.TimeWindow;

/** Says in words, in the reader's language, what each standard rule kind does and when. */
public final class RuleDescriptions {

	private final Messages messages;
	private final String currency;

	public RuleDescriptions(Messages messages, String currency) {
		this.messages = messages;
		this.currency = currency;
	}

	public String kind(RuleSpec rule) {
		return messages.get("rules.kind." + switch (rule) {
			case SpendRule r -> "spend";
			case MultiplierRule r -> "multiplier";
			case FirstPurchaseBonus r -> "firstPurchase";
			case StampRule r -> "stamp";
		});
	}

	public String describe(RuleSpec rule) {
		return switch (rule) {
			case SpendRule r -> messages.get("rules.spend", r.pointsPerUnit(), r.spendUnit(), currency);
			case MultiplierRule r -> messages.get("rules.multiplier", r.factor(), targets(r.skus(), r.categories()));
			case FirstPurchaseBonus r -> messages.get("rules.firstPurchase", r.points());
			case StampRule r -> messages.get("rules.stamp", r.cardId(), targets(r.skus(), r.categories()),
					r.stampsPerReward(), r.rewardCode());
		};
	}

	/** When the rule applies, in the program's time zone. */
	public String when(TimeWindow window) {
		if (window == null) {
			return messages.get("rules.window.always");
		}
		String days = window.days().isEmpty() ? messages.get("rules.window.everyDay") : days(window.days());
		if (window.from() == null && window.to() == null) {
			return days;
		}
		String hours = messages.get(window.crossesMidnight() ? "rules.window.hoursOvernight" : "rules.window.hours",
				time(window.from(), LocalTime.MIDNIGHT), time(window.to(), LocalTime.MAX));
		return days + messages.get("rules.window.separator") + hours;
	}

	private String targets(Set<String> skus, Set<String> categories) {
		List<String> parts = new ArrayList<>();
		if (!categories.isEmpty()) {
			parts.add(messages.get("rules.target.categories", String.join(messages.get("rules.list.separator"), categories)));
		}
		if (!skus.isEmpty()) {
			parts.add(messages.get("rules.target.skus", String.join(messages.get("rules.list.separator"), skus)));
		}
		return String.join(messages.get("rules.target.separator"), parts);
	}

	private String days(Set<DayOfWeek> days) {
		return days.stream()
			.sorted()
			.map(day -> day.getDisplayName(TextStyle.FULL, messages.locale()))
			.collect(Collectors.joining(messages.get("rules.list.separator")));
	}

	private String time(LocalTime time, LocalTime whenAbsent) {
		LocalTime shown = time == null ? whenAbsent : time;
		if (shown.equals(LocalTime.MAX)) {
			return messages.get("rules.window.endOfDay");
		}
		return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
			.withLocale(messages.locale())
			.withDecimalStyle(DecimalStyle.of(messages.locale()))
			.format(shown);
	}
}
