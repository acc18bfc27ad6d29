package ir.vafa.programs;

import java.math.BigDecimal;
import java.util.List;

/**
 * The program's tiers, lowest first. Every member is in the lowest (threshold 0) until they qualify for a higher
 * one by the {@code qualification} metric; they move up at once, in the purchase that crosses a threshold, and down
 * only after {@code gracePeriodDays} of no longer qualifying (checked daily for rolling windows, at the end of the
 * year for calendar ones).
 */
public record TierLadder(Qualification qualification, Integer gracePeriodDays, List<Level> levels) {

	public TierLadder {
		levels = levels == null ? null : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(levels));
	}

	public int graceDaysOrZero() {
		return gracePeriodDays == null ? 0 : gracePeriodDays;
	}

	/**
	 * @param metric   what counts: net spend (in the program's currency), points earned (never the balance: spending
	 *                 points does not lower a tier), or visits (purchases)
	 * @param window   {@code ROLLING}: the last {@code months} months; {@code CALENDAR_YEAR}: the current year of
	 *                 {@code calendar}
	 */
	public record Qualification(Metric metric, Window window, Integer months, CalendarSystem calendar) {

		public enum Metric {
			SPEND, POINTS, VISITS
		}

		public enum Window {
			ROLLING, CALENDAR_YEAR
		}

		public CalendarSystem calendarOrGregorian() {
			return calendar == null ? CalendarSystem.GREGORIAN : calendar;
		}
	}

	/**
	 * @param threshold        the metric's value from which a member is in this tier (0 for the lowest)
	 * @param pointsMultiplier spend points are multiplied by this for members of the tier (null or 1 for none)
	 * @param rewardCode       a catalog reward each member is given, once, the first time they move up into the tier
	 *                         (null: none)
	 * @param choice           other catalog rewards the member may take instead of {@code rewardCode}, within its
	 *                         days (null: none); {@code rewardCode} is given when they do not choose
	 */
	public record Level(String id, Names name, BigDecimal threshold, BigDecimal pointsMultiplier, String rewardCode,
			RewardChoice choice) {

		public Level(String id, Names name, BigDecimal threshold, BigDecimal pointsMultiplier) {
			this(id, name, threshold, pointsMultiplier, null, null);
		}

		public Level(String id, Names name, BigDecimal threshold, BigDecimal pointsMultiplier, String rewardCode) {
			this(id, name, threshold, pointsMultiplier, rewardCode, null);
		}
	}

	/** A name in English and in Persian. */
	public record Names(String en, String fa) {

		public String in(String language) {
			return "fa".equals(language) && fa != null && !fa.isBlank() ? fa : en;
		}
	}
}
