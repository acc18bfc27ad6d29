package ir.vafa.console.i18n;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DecimalStyle;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

/**
 * Numbers, dates and times written the locale's way. English dates are Gregorian ({@code Dec 1, 2026, 2:30 PM});
 * Persian ones are Jalali with Persian digits, the numeric form year/month/day with two-digit months and days so that
 * columns line up ({@code ۱۴۰۵/۰۹/۱۰، ۱۴:۳۰}, 24-hour times), the long form with the month's name
 * ({@code ۱۰ آذر ۱۴۰۵}). Instants are shown in the zone given; {@code null} shows as an empty text.
 * <p>
 * Immutable and cheap to make (no formatter is built until one is used), so one per view or per request is fine.
 */
public final class Formats {

	private static final DateTimeFormatter PERSIAN_TIME = DateTimeFormatter.ofPattern("HH:mm");

	private final Locale locale;
	private final ZoneId zone;
	private final boolean jalali;

	public Formats(Locale locale, ZoneId zone) {
		this.locale = locale;
		this.zone = zone;
		this.jalali = Language.of(locale) == Language.PERSIAN;
	}

	public ZoneId zone() {
		return zone;
	}

	public String number(long value) {
		return NumberFormat.getIntegerInstance(locale).format(value);
	}

	public String signed(long value) {
		return value > 0 ? "+" + number(value) : number(value);
	}

	public String amount(BigDecimal value) {
		NumberFormat format = NumberFormat.getNumberInstance(locale);
		format.setMaximumFractionDigits(2);
		return format.format(value);
	}

	/** {@code Dec 1, 2026}; {@code ۱۴۰۵/۰۹/۱۰}. */
	public String date(LocalDate date) {
		if (date == null) {
			return "";
		}
		if (!jalali) {
			return localized(FormatStyle.MEDIUM, date);
		}
		return Digits.persian(JalaliDate.of(date).toString());
	}

	/** The day the instant falls on in the zone. */
	public String date(Instant instant) {
		return date(day(instant));
	}

	/** {@code Dec 1, 2026, 2:30 PM}; {@code ۱۴۰۵/۰۹/۱۰، ۱۴:۳۰}. */
	public String dateTime(LocalDateTime dateTime) {
		if (dateTime == null) {
			return "";
		}
		if (!jalali) {
			return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
				.withLocale(locale)
				.withDecimalStyle(DecimalStyle.of(locale))
				.format(dateTime);
		}
		return date(dateTime.toLocalDate()) + "، " + time(dateTime.toLocalTime());
	}

	/** The instant's wall-clock date and time in the zone. */
	public String dateTime(Instant instant) {
		return instant == null ? "" : dateTime(LocalDateTime.ofInstant(instant, zone));
	}

	/** {@code December 1, 2026}; {@code ۱۰ آذر ۱۴۰۵}: for sentences such as "points expire on …". */
	public String longDate(LocalDate date) {
		if (date == null) {
			return "";
		}
		if (!jalali) {
			return localized(FormatStyle.LONG, date);
		}
		JalaliDate day = JalaliDate.of(date);
		return Digits.persian(day.day() + " " + day.monthName() + " " + day.year());
	}

	public String longDate(Instant instant) {
		return longDate(day(instant));
	}

	/** {@code Tuesday, December 1, 2026}; {@code سه‌شنبه ۱۰ آذر ۱۴۰۵}. */
	public String fullDate(LocalDate date) {
		if (date == null) {
			return "";
		}
		if (!jalali) {
			return localized(FormatStyle.FULL, date);
		}
		return date.getDayOfWeek().getDisplayName(TextStyle.FULL, locale) + " " + longDate(date);
	}

	/** {@code 2:30 PM}; {@code ۱۴:۳۰}. */
	public String time(LocalTime time) {
		if (time == null) {
			return "";
		}
		if (!jalali) {
			return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
				.withLocale(locale)
				.withDecimalStyle(DecimalStyle.of(locale))
				.format(time);
		}
		return Digits.persian(PERSIAN_TIME.format(time));
	}

	public String time(Instant instant) {
		return instant == null ? "" : time(LocalTime.ofInstant(instant, zone));
	}

	private LocalDate day(Instant instant) {
		return instant == null ? null : LocalDate.ofInstant(instant, zone);
	}

	private String localized(FormatStyle style, TemporalAccessor date) {
		return DateTimeFormatter.ofLocalizedDate(style)
			.withLocale(locale)
			.withDecimalStyle(DecimalStyle.of(locale))
			.format(date);
	}
}
