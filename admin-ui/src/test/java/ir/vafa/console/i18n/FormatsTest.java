package ir.vafa.console.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Date;

import com.ibm.icu.text.SimpleDateFormat;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import org.junit.jupiter.api.Test;

/** Dates and times as each language writes them: Gregorian in English, Jalali with Persian digits in Persian. */
class FormatsTest {

	private static final ZoneId TEHRAN = ZoneId.of("Asia/Tehran");
	private static final Formats PERSIAN = new Formats(Language.PERSIAN.locale(), TEHRAN);
	private static final Formats ENGLISH = new Formats(Language.ENGLISH.locale(), TEHRAN);
	private static final LocalDate AZAR_10 = LocalDate.of(2026, 12, 1);

	@Test
	void persianDatesAreJalaliWithPersianDigits() {
		assertThat(PERSIAN.date(AZAR_10)).isEqualTo("۱۴۰۵/۰۹/۱۰");
		assertThat(PERSIAN.date(LocalDate.of(2026, 3, 21))).isEqualTo("۱۴۰۵/۰۱/۰۱");
		assertThat(PERSIAN.longDate(AZAR_10)).isEqualTo("۱۰ آذر ۱۴۰۵");
		assertThat(PERSIAN.fullDate(AZAR_10)).isEqualTo("سه‌شنبه ۱۰ آذر ۱۴۰۵");
	}

	@Test
	void persianTimesAre24HourWithPersianDigits() {
		assertThat(PERSIAN.time(LocalTime.of(14, 30))).isEqualTo("۱۴:۳۰");
		assertThat(PERSIAN.time(LocalTime.of(9, 5))).isEqualTo("۰۹:۰۵");
		assertThat(PERSIAN.dateTime(LocalDateTime.of(2026, 12, 1, 14, 30))).isEqualTo("۱۴۰۵/۰۹/۱۰، ۱۴:۳۰");
	}

	@Test
	void anInstantIsShownOnTheDayItIsInTheZone() {
		// 21:00 UTC on 30 November is already half past midnight on 1 December (10 Azar) in Tehran, UTC+3:30.
		Instant instant = Instant.parse("2026-11-30T21:00:00Z");
		assertThat(PERSIAN.date(instant)).isEqualTo("۱۴۰۵/۰۹/۱۰");
		assertThat(PERSIAN.dateTime(instant)).isEqualTo("۱۴۰۵/۰۹/۱۰، ۰۰:۳۰");
		assertThat(PERSIAN.longDate(instant)).isEqualTo("۱۰ آذر ۱۴۰۵");
		assertThat(new Formats(Language.PERSIAN.locale(), ZoneOffset.UTC).date(instant)).isEqualTo("۱۴۰۵/۰۹/۰۹");
		assertThat(ENGLISH.date(instant)).isEqualTo("Dec 1, 2026");
		assertThat(new Formats(Language.ENGLISH.locale(), ZoneOffset.UTC).date(instant)).isEqualTo("Nov 30, 2026");
	}

	@Test
	void nowruzStartsAtTehransMidnight() {
		assertThat(PERSIAN.date(Instant.parse("2026-03-20T20:29:59Z"))).isEqualTo("۱۴۰۴/۱۲/۲۹");
		assertThat(PERSIAN.date(Instant.parse("2026-03-20T20:30:00Z"))).isEqualTo("۱۴۰۵/۰۱/۰۱");
	}

	@Test
	void englishDatesStayGregorian() {
		assertThat(ENGLISH.date(AZAR_10)).isEqualTo("Dec 1, 2026");
		assertThat(ENGLISH.longDate(AZAR_10)).isEqualTo("December 1, 2026");
		assertThat(ENGLISH.fullDate(AZAR_10)).isEqualTo("Tuesday, December 1, 2026");
		assertThat(ENGLISH.dateTime(Instant.parse("2026-12-01T11:00:00Z"))).matches("Dec 1, 2026, 2:30\\hPM");
		assertThat(ENGLISH.time(LocalTime.of(14, 30))).matches("2:30\\hPM");
	}

	@Test
	void nothingShowsAsAnEmptyText() {
		assertThat(PERSIAN.date((Instant) null)).isEmpty();
		assertThat(PERSIAN.date((LocalDate) null)).isEmpty();
		assertThat(PERSIAN.dateTime((Instant) null)).isEmpty();
		assertThat(ENGLISH.longDate((Instant) null)).isEmpty();
		assertThat(ENGLISH.time((Instant) null)).isEmpty();
	}

	@Test
	void persianDatesAgreeWithIcusOwnPersianFormatterOverFiveYears() {
		SimpleDateFormat numeric = new SimpleDateFormat("yyyy/MM/dd", new ULocale("fa_IR@calendar=persian"));
		SimpleDateFormat named = new SimpleDateFormat("d MMMM y", new ULocale("fa_IR@calendar=persian"));
		numeric.setTimeZone(TimeZone.GMT_ZONE);
		named.setTimeZone(TimeZone.GMT_ZONE);
		for (LocalDate day = LocalDate.of(2024, 1, 1); day.isBefore(LocalDate.of(2029, 1, 1)); day = day.plusDays(1)) {
			Date midnight = Date.from(day.atStartOfDay(ZoneOffset.UTC).toInstant());
			assertThat(PERSIAN.date(day)).as("%s", day).isEqualTo(numeric.format(midnight));
			assertThat(PERSIAN.longDate(day)).as("%s", day).isEqualTo(named.format(midnight));
		}
	}

	@Test
	void numbersKeepTheirLanguagesDigits() {
		assertThat(PERSIAN.number(1200)).isEqualTo("۱٬۲۰۰");
		assertThat(ENGLISH.number(1200)).isEqualTo("1,200");
	}
}
