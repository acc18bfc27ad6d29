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
import ir.vafa.programs.RuleDefinition;

/** Says in words, in the reader's language, what each standard rule kind does and when. */
public final class RuleDescriptions {

	private final Messages messages;
	private final String currency;

	public RuleDescriptions(Messages messages, String currency) {
		this.messages = messages;
		this.currency = currency;
	}

	public String kind(RuleDefinition rule) {
		return messages.get("rules.kind." + kindKey(rule));
	}

	/** The message key of a rule's kind: {@code spend}, {@code multiplier}, {@code firstPurchase}, {@code stamp}. */
	public static String kindKey(RuleDefinition rule) {
		return switch (rule) {
			case RuleDefinition.Spend r -> "spend";
			case RuleDefinition.Multiplier r -> "multiplier";
			case RuleDefinition.FirstPurchaseBonus r -> "firstPurchase";
			case RuleDefinition.Stamp r -> "stamp";
		};
	}

	public String describe(RuleDefinition rule) {
		return switch (rule) {
			case RuleDefinition.Spend r -> messages.get("rules.spend", r.pointsPerUnit(), r.spendUnit(), currency);
			case RuleDefinition.Multiplier r -> messages.get("rules.multiplier", r.factor(),
					targets(r.skus(), r.categories()));
			case RuleDefinition.FirstPurchaseBonus r -> messages.get("rules.firstPurchase", r.points());
			case RuleDefinition.Stamp r -> r.choice() == null || r.choice().rewards().isEmpty()
					? messages.get("rules.stamp", r.cardId(), targets(r.skus(), r.categories()), r.stampsPerReward(),
							r.rewardCode())
					: messages.get("rules.stamp.choice", r.cardId(), targets(r.skus(), r.categories()),
							r.stampsPerReward(), String.join(messages.get("rules.or"), r.choice().options(r.rewardCode())),
							r.choice().daysOrDefault(), r.rewardCode());
		};
	}

	/** When the rule applies, in the program's time zone. */
	public String when(RuleDefinition.Window window) {
		if (window == null) {
			return messages.get("rules.window.always");
		}
		Set<DayOfWeek> chosen = window.days() == null ? Set.of() : window.days();
		String days = chosen.isEmpty() ? messages.get("rules.window.everyDay") : days(chosen);
		if (window.from() == null && window.to() == null) {
			return days;
		}
		boolean overnight = window.from() != null && window.to() != null && window.from().isAfter(window.to());
		String hours = messages.get(overnight ? "rules.window.hoursOvernight" : "rules.window.hours",
				time(window.from(), LocalTime.MIDNIGHT), time(window.to(), LocalTime.MAX));
		return days + messages.get("rules.window.separator") + hours;
	}

	private String targets(Set<String> skus, Set<String> categories) {
		skus = skus == null ? Set.of() : skus;
		categories = categories == null ? Set.of() : categories;
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
