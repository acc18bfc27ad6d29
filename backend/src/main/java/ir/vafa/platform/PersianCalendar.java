package ir.vafa.platform;

import java.time.LocalDate;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;

/**
 * Dates in the Solar Hijri (Jalali) calendar, Iran's civil calendar, through ICU4J's Persian calendar: the year starts
 * at Nowruz (1 Farvardin), its quarters are the seasons (Farvardin, Tir, Mehr, Dey), Esfand has 30 days in leap
 * years. Only calendar days are converted here, never instants: callers take a local date in their time zone first.
 */
public final class PersianCalendar {

	private static final ULocale PERSIAN = new ULocale("fa_IR@calendar=persian");
	private static final long DAY_MILLIS = 86_400_000L;
	/**
	 * The first days of each Jalali year's seasons (1 Farvardin, Tir, Mehr, Dey), by Jalali year: a purchase's expiry
	 * asks for them, and an ICU calendar costs far more to make than a look-up.
	 */
	private static final java.util.concurrent.ConcurrentMap<Integer, LocalDate[]> SEASONS =
			new java.util.concurrent.ConcurrentHashMap<>();

	private PersianCalendar() {
	}

	/** A Jalali date: {@code month} 1-12 (Farvardin is 1). */
	public record Date(int year, int month, int day) {

		/** {@code 1405/12/29}, with Latin digits. */
		@Override
		public String toString() {
			return String.format("%04d/%02d/%02d", year, month, day);
		}
	}

	public static Date of(LocalDate date) {
		Calendar calendar = calendar();
		calendar.setTimeInMillis(date.toEpochDay() * DAY_MILLIS);
		return new Date(calendar.get(Calendar.EXTENDED_YEAR), calendar.get(Calendar.MONTH) + 1,
				calendar.get(Calendar.DAY_OF_MONTH));
	}

	/** The Gregorian day of a Jalali date; refuses a day the month does not have. */
	public static LocalDate toLocalDate(int year, int month, int day) {
		Calendar calendar = calendar();
		calendar.clear();
		calendar.setLenient(false);
		calendar.set(Calendar.EXTENDED_YEAR, year);
		calendar.set(Calendar.MONTH, month - 1);
		calendar.set(Calendar.DAY_OF_MONTH, day);
		try {
			return LocalDate.ofEpochDay(Math.floorDiv(calendar.getTimeInMillis(), DAY_MILLIS));
		}
		catch (IllegalArgumentException e) {
			throw new IllegalArgumentException("no such Jalali date: " + year + "/" + month + "/" + day, e);
		}
	}

	/** 1 Farvardin of the Jalali year that {@code date} falls in. */
	public static LocalDate startOfYear(LocalDate date) {
		return seasons(yearOf(date))[0];
	}

	/** 1 Farvardin of the next Jalali year. */
	public static LocalDate startOfNextYear(LocalDate date) {
		return seasons(yearOf(date) + 1)[0];
	}

	/** The first day of the next Jalali quarter (season): 1 Tir, 1 Mehr, 1 Dey or 1 Farvardin. */
	public static LocalDate startOfNextQuarter(LocalDate date) {
		int year = yearOf(date);
		for (LocalDate start : seasons(year)) {
			if (start.isAfter(date)) {
				return start;
			}
		}
		return seasons(year + 1)[0];
	}

	/** The Jalali year of a day: the Gregorian year's Nowruz (in March) splits it between two Jalali years. */
	private static int yearOf(LocalDate date) {
		int jalaliYearStartingThisGregorianYear = date.getYear() - 621;
		return date.isBefore(seasons(jalaliYearStartingThisGregorianYear)[0]) ? jalaliYearStartingThisGregorianYear - 1
				: jalaliYearStartingThisGregorianYear;
	}

	private static LocalDate[] seasons(int jalaliYear) {
		return SEASONS.computeIfAbsent(jalaliYear, y -> new LocalDate[] { toLocalDate(y, 1, 1), toLocalDate(y, 4, 1),
				toLocalDate(y, 7, 1), toLocalDate(y, 10, 1) });
	}

	private static Calendar calendar() {
		return Calendar.getInstance(TimeZone.GMT_ZONE, PERSIAN);
	}
}
