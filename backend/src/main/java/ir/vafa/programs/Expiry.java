package ir.vafa.programs;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import ir.vafa.platform.PersianCalendar;

/**
 * When earned points expire, counted from the purchase's own time in the program's time zone.
 * <ul>
 * <li>{@code NONE}: never.</li>
 * <li>{@code ROLLING}: {@code months} after earning; with {@code endOfMonth}, at the end of that month.</li>
 * <li>{@code CALENDAR}: at the end of the {@code period} (year or quarter) they were earned in, in the
 * {@code calendar} (the Gregorian one, or the Persian (Jalali) one, whose year ends on the last day of Esfand).</li>
 * </ul>
 */
public record Expiry(Kind kind, Integer months, Boolean endOfMonth, Period period, CalendarSystem calendar) {

	public static final Expiry NEVER = new Expiry(Kind.NONE, null, null, null, null);

	public enum Kind {
		NONE, ROLLING, CALENDAR
	}

	public enum Period {
		YEAR, QUARTER
	}

	public static Expiry rolling(int months, boolean endOfMonth) {
		return new Expiry(Kind.ROLLING, months, endOfMonth, null, null);
	}

	public static Expiry calendar(Period period, CalendarSystem calendar) {
		return new Expiry(Kind.CALENDAR, null, null, period, calendar);
	}

	/**
	 * The instant points earned at {@code earnedAt} expire: the first instant they are no longer valid (the start
	 * of the day after their last day, for the period kinds), or null when they never expire.
	 */
	public Instant expiresAt(Instant earnedAt, ZoneId zone) {
		ZonedDateTime local = earnedAt.atZone(zone);
		return switch (kind == null ? Kind.NONE : kind) {
			case NONE -> null;
			case ROLLING -> {
				ZonedDateTime after = local.plusMonths(months);
				yield endOfMonthOrFalse()
						? after.toLocalDate().withDayOfMonth(1).plusMonths(1).atStartOfDay(zone).toInstant()
						: after.toInstant();
			}
			case CALENDAR -> nextPeriodStart(local.toLocalDate()).atStartOfDay(zone).toInstant();
		};
	}

	private LocalDate nextPeriodStart(LocalDate day) {
		boolean persian = calendarOrGregorian() == CalendarSystem.PERSIAN;
		if (period == Period.QUARTER) {
			return persian ? PersianCalendar.startOfNextQuarter(day)
					: day.withDayOfMonth(1).withMonth((day.getMonthValue() - 1) / 3 * 3 + 1).plusMonths(3);
		}
		return persian ? PersianCalendar.startOfNextYear(day) : LocalDate.of(day.getYear() + 1, 1, 1);
	}

	public boolean endOfMonthOrFalse() {
		return Boolean.TRUE.equals(endOfMonth);
	}

	public CalendarSystem calendarOrGregorian() {
		return calendar == null ? CalendarSystem.GREGORIAN : calendar;
	}
}
