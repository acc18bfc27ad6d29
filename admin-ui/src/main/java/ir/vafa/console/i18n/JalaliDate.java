package ir.vafa.console.i18n;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.PersianCalendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;

/**
 * A day in the Jalali (Solar Hijri) calendar, Iran's civil calendar: year, month 1 (Farvardin) to 12 (Esfand), day.
 * The arithmetic is ICU4J's {@link PersianCalendar}; this record only carries its answers, so that the console can
 * show a {@link LocalDate} the Persian way and read one back. Years 1 to 9999 (Gregorian 622 on).
 */
public record JalaliDate(int year, int month, int day) implements Comparable<JalaliDate> {

	private static final long MILLIS_PER_DAY = 86_400_000L;
	private static final Comparator<JalaliDate> ORDER = Comparator.comparingInt(JalaliDate::year)
		.thenComparingInt(JalaliDate::month)
		.thenComparingInt(JalaliDate::day);
	private static final ULocale PERSIAN = new ULocale("fa_IR@calendar=persian");
	/** A four-digit year, then month and day, separated by a slash, dash, dot or the Arabic decimal separator. */
	private static final Pattern SEPARATED =
			Pattern.compile("(\\d{4})\\s*[/\\-.\u066B\u2215]\\s*(\\d{1,2})\\s*[/\\-.\u066B\u2215]\\s*(\\d{1,2})");
	private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
	/** Direction marks that text copied from a right-to-left page brings along. */
	private static final Pattern BIDI_MARKS = Pattern.compile("[\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069]");
	private static final List<String> MONTH_NAMES = List.of(new DateFormatSymbols(new PersianCalendar(PERSIAN), PERSIAN)
		.getMonths(DateFormatSymbols.STANDALONE, DateFormatSymbols.WIDE));

	/** @throws DateTimeException when the calendar has no such day, e.g. 1405/12/30 (1405 is not a leap year) */
	public JalaliDate {
		if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1 || day > lengthOfMonth(year, month)) {
			throw new DateTimeException("No such Jalali date: " + year + "/" + month + "/" + day);
		}
	}

	public static JalaliDate of(int year, int month, int day) {
		return new JalaliDate(year, month, day);
	}

	/** The Jalali day of a Gregorian one. */
	public static JalaliDate of(LocalDate date) {
		Calendar calendar = calendar();
		calendar.setTimeInMillis(Math.multiplyExact(date.toEpochDay(), MILLIS_PER_DAY));
		return new JalaliDate(calendar.get(Calendar.EXTENDED_YEAR), calendar.get(Calendar.MONTH) + 1,
				calendar.get(Calendar.DAY_OF_MONTH));
	}

	/**
	 * Reads a typed Jalali date: year/month/day ({@code 1405/09/10}, {@code ۱۴۰۵/۹/۱۰}, {@code 1405-9-10}) or eight
	 * digits ({@code 14050910}), in Persian, Arabic or Latin digits.
	 */
	public static JalaliInput read(CharSequence text) {
		String cleaned = text == null ? "" : Digits.latin(BIDI_MARKS.matcher(text).replaceAll("")).strip();
		if (cleaned.isEmpty()) {
			return new JalaliInput.Blank();
		}
		Matcher parts = SEPARATED.matcher(cleaned);
		if (!parts.matches()) {
			parts = COMPACT.matcher(cleaned);
			if (!parts.matches()) {
				return new JalaliInput.Malformed();
			}
		}
		int year = Integer.parseInt(parts.group(1));
		int month = Integer.parseInt(parts.group(2));
		int day = Integer.parseInt(parts.group(3));
		if (year < 1) {
			return new JalaliInput.Malformed();
		}
		if (month < 1 || month > 12) {
			return new JalaliInput.NoSuchMonth(year, month);
		}
		if (day < 1 || day > lengthOfMonth(year, month)) {
			return new JalaliInput.NoSuchDay(year, month, day);
		}
		return new JalaliInput.Valid(new JalaliDate(year, month, day));
	}

	/** The same day in the Gregorian calendar, as the backend stores it. */
	public LocalDate toLocalDate() {
		Calendar calendar = calendar();
		calendar.set(year, month - 1, day);
		return LocalDate.ofEpochDay(Math.floorDiv(calendar.getTimeInMillis(), MILLIS_PER_DAY));
	}

	/** 29, 30 or 31: Farvardin to Shahrivar have 31 days, Mehr to Bahman 30, Esfand 29 or, in a leap year, 30. */
	public static int lengthOfMonth(int year, int month) {
		if (month < 1 || month > 12) {
			throw new DateTimeException("No such Jalali month: " + month);
		}
		Calendar calendar = calendar();
		calendar.set(year, month - 1, 1);
		return calendar.getActualMaximum(Calendar.DAY_OF_MONTH);
	}

	public int lengthOfMonth() {
		return lengthOfMonth(year, month);
	}

	/** Whether Esfand of the year has a 30th day. */
	public static boolean isLeapYear(int year) {
		return lengthOfMonth(year, 12) == 30;
	}

	/** The month's Persian name, فروردین to اسفند. */
	public static String monthName(int month) {
		if (month < 1 || month > 12) {
			throw new DateTimeException("No such Jalali month: " + month);
		}
		return MONTH_NAMES.get(month - 1);
	}

	public String monthName() {
		return monthName(month);
	}

	@Override
	public int compareTo(JalaliDate other) {
		return ORDER.compare(this, other);
	}

	/** {@code 1405/09/10}, Latin digits, for logs; {@link Formats} writes it for people. */
	@Override
	public String toString() {
		return "%04d/%02d/%02d".formatted(year, month, day);
	}

	/** A fresh calendar on UTC midnights each time: ICU calendars are mutable, and making one costs a couple of microseconds. */
	private static Calendar calendar() {
		Calendar calendar = new PersianCalendar(TimeZone.GMT_ZONE, ULocale.ROOT);
		calendar.clear();
		return calendar;
	}
}
