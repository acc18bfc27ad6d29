package ir.vafa.console.i18n;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DecimalStyle;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Numbers and times written the locale's way (Persian digits in Persian). Dates are Gregorian for now; a Jalali
 * calendar for Persian is still to come.
 */
public final class Formats {

	private final Locale locale;
	private final ZoneId zone;

	public Formats(Locale locale, ZoneId zone) {
		this.locale = locale;
		this.zone = zone;
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

	public String dateTime(Instant instant) {
		if (instant == null) {
			return "";
		}
		return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
			.withLocale(locale)
			.withDecimalStyle(DecimalStyle.of(locale))
			.withZone(zone)
			.format(instant);
	}
}
