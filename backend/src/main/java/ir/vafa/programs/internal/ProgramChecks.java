package ir.vafa.programs.internal;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Set;

import ir.vafa.platform.ApiProblem.FieldError;
import ir.vafa.programs.Expiry;
import ir.vafa.programs.Lifecycle;
import ir.vafa.programs.ProgramDefinition;
import ir.vafa.programs.RuleDefinition;
import ir.vafa.programs.TierLadder;
import ir.vafa.programs.TierLadder.Level;
import ir.vafa.programs.TierLadder.Qualification;

/**
 * The checks of a program document that are the backend's, not the rule engine's: the settings, the lifecycle and
 * the tier ladder; and each rule's fields being present in the shape the engine needs. The engine then checks the
 * rules' values and how they interact ({@link ProgramCompiler}). Every violation names its JSON path.
 */
final class ProgramChecks {

	static final int MAX_NAME = 200;
	static final int MAX_TIER_NAME = 60;
	static final int MAX_PENDING_DAYS = 365;
	static final int MAX_EXPIRY_MONTHS = 120;
	static final int MAX_WINDOW_MONTHS = 36;
	static final int MAX_GRACE_DAYS = 365;

	private final List<FieldError> errors = new ArrayList<>();

	static List<FieldError> of(ProgramDefinition definition) {
		ProgramChecks checks = new ProgramChecks();
		checks.check(definition);
		return List.copyOf(checks.errors);
	}

	private void check(ProgramDefinition d) {
		if (d.schemaVersion() != null && d.schemaVersion() != ProgramDefinition.SCHEMA_VERSION) {
			add("schemaVersion", "must be " + ProgramDefinition.SCHEMA_VERSION + " (or left out)");
		}
		if (d.name() == null || d.name().isBlank()) {
			add("name", "is required");
		}
		else if (d.name().length() > MAX_NAME) {
			add("name", "at most " + MAX_NAME + " characters");
		}
		currency(d.currency());
		zone(d.timezone());
		if (d.rounding() == null) {
			add("rounding", "is required: DOWN, HALF_UP or UP");
		}
		if (d.lifecycle() != null) {
			lifecycle(d.lifecycle());
		}
		if (d.tiers() != null) {
			ladder(d.tiers());
		}
		if (d.redemption() != null) {
			redemption(d.redemption(), currencyOf(d.currency()));
		}
		if (d.rules() == null) {
			add("rules", "is required (an empty list for none)");
		}
		else {
			for (int i = 0; i < d.rules().size(); i++) {
				rule("rules[" + i + "]", d.rules().get(i));
			}
		}
	}

	static Currency currencyOf(String code) {
		try {
			return code == null || !code.matches("[A-Z]{3}") ? null : Currency.getInstance(code);
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}

	static ZoneId zoneOf(String id) {
		try {
			return id == null || id.isBlank() ? null : ZoneId.of(id);
		}
		catch (DateTimeException e) {
			return null;
		}
	}

	private void currency(String code) {
		if (currencyOf(code) == null) {
			add("currency", "must be an ISO 4217 code such as IRR");
		}
	}

	private void zone(String id) {
		if (zoneOf(id) == null) {
			add("timezone", "must be a known time zone such as Asia/Tehran");
		}
	}

	private void redemption(ir.vafa.programs.TillSettings redemption, Currency currency) {
		java.math.BigDecimal value = redemption.pointValue();
		if (value != null) {
			int digits = currency == null ? 4 : "IRR".equals(currency.getCurrencyCode()) ? 0
					: Math.max(0, currency.getDefaultFractionDigits());
			if (value.signum() <= 0) {
				add("redemption.pointValue", "must be positive");
			}
			else if (value.stripTrailingZeros().scale() > digits) {
				add("redemption.pointValue", "at most " + digits + " digits after the point in the program's currency");
			}
			else if (value.compareTo(new java.math.BigDecimal("1000000000")) > 0) {
				add("redemption.pointValue", "at most 1,000,000,000");
			}
		}
		if (redemption.reservationMinutes() != null) {
			range("redemption.reservationMinutes", redemption.reservationMinutes(), 1,
					ir.vafa.programs.TillSettings.MAX_RESERVATION_MINUTES);
		}
	}

	private void lifecycle(Lifecycle lifecycle) {
		if (lifecycle.pendingDays() != null) {
			range("lifecycle.pendingDays", lifecycle.pendingDays(), 0, MAX_PENDING_DAYS);
		}
		Expiry expiry = lifecycle.expiry();
		if (expiry == null) {
			return;
		}
		if (expiry.kind() == null) {
			add("lifecycle.expiry.kind", "is required: NONE, ROLLING or CALENDAR");
			return;
		}
		switch (expiry.kind()) {
			case NONE -> {
			}
			case ROLLING -> {
				if (expiry.months() == null) {
					add("lifecycle.expiry.months", "is required for a rolling expiry");
				}
				else {
					range("lifecycle.expiry.months", expiry.months(), 1, MAX_EXPIRY_MONTHS);
				}
			}
			case CALENDAR -> {
				if (expiry.period() == null) {
					add("lifecycle.expiry.period", "is required for a calendar expiry: YEAR or QUARTER");
				}
			}
		}
	}

	private void ladder(TierLadder ladder) {
		Qualification q = ladder.qualification();
		if (q == null) {
			add("tiers.qualification", "is required: the metric and window members qualify on");
		}
		else {
			if (q.metric() == null) {
				add("tiers.qualification.metric", "is required: SPEND, POINTS or VISITS");
			}
			if (q.window() == null) {
				add("tiers.qualification.window", "is required: ROLLING or CALENDAR_YEAR");
			}
			else if (q.window() == Qualification.Window.ROLLING) {
				if (q.months() == null) {
					add("tiers.qualification.months", "is required for a rolling window");
				}
				else {
					range("tiers.qualification.months", q.months(), 1, MAX_WINDOW_MONTHS);
				}
			}
		}
		if (ladder.gracePeriodDays() != null) {
			range("tiers.gracePeriodDays", ladder.gracePeriodDays(), 0, MAX_GRACE_DAYS);
		}
		List<Level> levels = ladder.levels();
		if (levels == null || levels.isEmpty()) {
			add("tiers.levels", "name at least one tier, the lowest first");
			return;
		}
		BigDecimal previous = null;
		for (int i = 0; i < levels.size(); i++) {
			String at = "tiers.levels[" + i + "]";
			Level level = levels.get(i);
			if (level == null) {
				add(at, "must not be null");
				continue;
			}
			if (level.name() == null || blank(level.name().en()) || blank(level.name().fa())) {
				add(at + ".name", "needs an English and a Persian name");
			}
			else if (level.name().en().length() > MAX_TIER_NAME || level.name().fa().length() > MAX_TIER_NAME) {
				add(at + ".name", "at most " + MAX_TIER_NAME + " characters in each language");
			}
			BigDecimal threshold = level.threshold();
			if (threshold == null) {
				add(at + ".threshold", "is required");
			}
			else if (i == 0 && threshold.signum() != 0) {
				add(at + ".threshold", "must be 0: the lowest tier is where every member starts");
			}
			else if (previous != null && threshold.compareTo(previous) <= 0) {
				add(at + ".threshold", "must be above the threshold of the tier before it (" + previous.toPlainString()
						+ "): list tiers lowest first");
			}
			else if (threshold.signum() < 0) {
				add(at + ".threshold", "must not be negative");
			}
			if (threshold != null) {
				previous = previous == null || threshold.compareTo(previous) > 0 ? threshold : previous;
			}
			if (level.choice() != null && level.rewardCode() == null) {
				add(at + ".choice", "needs the tier's rewardCode: the reward given when the member does not choose");
			}
			else if (level.choice() != null) {
				choice(at + ".choice", level.choice(), level.rewardCode());
			}
		}
	}

	private void rule(String at, RuleDefinition rule) {
		if (rule == null) {
			add(at, "must not be null");
			return;
		}
		switch (rule) {
			case RuleDefinition.Spend r -> {
				required(at + ".spendUnit", r.spendUnit());
				required(at + ".pointsPerUnit", r.pointsPerUnit());
			}
			case RuleDefinition.Multiplier r -> required(at + ".factor", r.factor());
			case RuleDefinition.FirstPurchaseBonus r -> required(at + ".points", r.points());
			case RuleDefinition.Stamp r -> {
				required(at + ".stampsPerReward", r.stampsPerReward());
				if (r.choice() != null) {
					choice(at + ".choice", r.choice(), r.rewardCode());
				}
			}
		}
		// No contains(null): immutable sets (Set.of) refuse to be asked it.
		if (rule.window() != null && rule.window().days() != null
				&& rule.window().days().stream().anyMatch(java.util.Objects::isNull)) {
			add(at + ".window.days", "must be days of the week: MONDAY … SUNDAY");
		}
		Set<String> tiers = rule.tiers();
		if (tiers != null && tiers.stream().anyMatch(java.util.Objects::isNull)) {
			add(at + ".tiers", "must name tiers by their ids");
		}
	}

	private void choice(String at, ir.vafa.programs.RewardChoice choice, String rewardCode) {
		List<String> rewards = choice.rewards();
		if (rewards.isEmpty() || rewards.size() > ir.vafa.programs.RewardChoice.MAX_REWARDS) {
			add(at + ".rewards", "must name from 1 to " + ir.vafa.programs.RewardChoice.MAX_REWARDS
					+ " rewards offered besides rewardCode");
		}
		for (int i = 0; i < rewards.size(); i++) {
			String code = rewards.get(i);
			if (code == null || !code.matches("[a-z0-9][a-z0-9-]{0,63}")) {
				add(at + ".rewards[" + i + "]", "must be a reward's code");
			}
			else if (code.equals(rewardCode) || rewards.indexOf(code) < i) {
				add(at + ".rewards[" + i + "]", "is offered already: each reward once, and not rewardCode again");
			}
		}
		if (choice.days() != null) {
			range(at + ".days", choice.days(), 1, ir.vafa.programs.RewardChoice.MAX_DAYS);
		}
	}

	private void range(String field, int value, int min, int max) {
		if (value < min || value > max) {
			add(field, "must be between " + min + " and " + max + ", not " + value);
		}
	}

	private void required(String field, Object value) {
		if (value == null) {
			add(field, "is required");
		}
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	private void add(String field, String message) {
		errors.add(new FieldError(field, message));
	}
}
