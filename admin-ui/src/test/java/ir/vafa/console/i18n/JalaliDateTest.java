package ir.vafa.console.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** The Jalali calendar as ICU4J computes it, checked against days every Iranian knows. */
class JalaliDateTest {

	@Test
	void nowruz1405IsTheTwentyFirstOfMarch2026() {
		assertThat(JalaliDate.of(LocalDate.of(2026, 3, 21))).isEqualTo(JalaliDate.of(1405, 1, 1));
		assertThat(JalaliDate.of(1405, 1, 1).toLocalDate()).isEqualTo(LocalDate.of(2026, 3, 21));
		assertThat(JalaliDate.of(LocalDate.of(2026, 3, 20))).isEqualTo(JalaliDate.of(1404, 12, 29));
	}

	@Test
	void theFirstOfDecember2026IsTheTenthOfAzar1405() {
		assertThat(JalaliDate.of(LocalDate.of(2026, 12, 1))).isEqualTo(JalaliDate.of(1405, 9, 10));
		assertThat(JalaliDate.of(1405, 9, 10).toLocalDate()).isEqualTo(LocalDate.of(2026, 12, 1));
		assertThat(JalaliDate.of(1405, 9, 10).monthName()).isEqualTo("آذر");
	}

	@Test
	void theIslamicRevolutionsVictoryDayIs22Bahman1357() {
		assertThat(JalaliDate.of(LocalDate.of(1979, 2, 11))).isEqualTo(JalaliDate.of(1357, 11, 22));
	}

	@Test
	void aLeapYearsEsfandHasAThirtiethDay() {
		assertThat(JalaliDate.isLeapYear(1403)).isTrue();
		assertThat(JalaliDate.of(1403, 12, 30).toLocalDate()).isEqualTo(LocalDate.of(2025, 3, 20));
		assertThat(JalaliDate.of(LocalDate.of(2025, 3, 21))).isEqualTo(JalaliDate.of(1404, 1, 1));
		assertThat(JalaliDate.of(1408, 12, 30).toLocalDate()).isEqualTo(LocalDate.of(2030, 3, 20));
	}

	@Test
	void otherYearsEsfandHasTwentyNineDays() {
		assertThat(JalaliDate.isLeapYear(1404)).isFalse();
		assertThat(JalaliDate.isLeapYear(1405)).isFalse();
		assertThat(JalaliDate.lengthOfMonth(1405, 12)).isEqualTo(29);
		assertThat(JalaliDate.of(1405, 12, 29).toLocalDate()).isEqualTo(LocalDate.of(2027, 3, 20));
		assertThatThrownBy(() -> JalaliDate.of(1405, 12, 30)).isInstanceOf(DateTimeException.class);
	}

	@Test
	void theFirstSixMonthsHave31DaysTheNextFive30() {
		for (int month = 1; month <= 6; month++) {
			assertThat(JalaliDate.lengthOfMonth(1405, month)).as("month %d", month).isEqualTo(31);
		}
		for (int month = 7; month <= 11; month++) {
			assertThat(JalaliDate.lengthOfMonth(1405, month)).as("month %d", month).isEqualTo(30);
		}
		assertThatThrownBy(() -> JalaliDate.of(1405, 7, 31)).isInstanceOf(DateTimeException.class);
	}

	@Test
	void impossibleDatesAreRefused() {
		assertThatThrownBy(() -> JalaliDate.of(1405, 13, 1)).isInstanceOf(DateTimeException.class);
		assertThatThrownBy(() -> JalaliDate.of(1405, 0, 1)).isInstanceOf(DateTimeException.class);
		assertThatThrownBy(() -> JalaliDate.of(1405, 1, 0)).isInstanceOf(DateTimeException.class);
		assertThatThrownBy(() -> JalaliDate.of(1405, 1, 32)).isInstanceOf(DateTimeException.class);
	}

	@Test
	void everyDayOfTenYearsRoundTripsAndFollowsTheDayBefore() {
		LocalDate day = LocalDate.of(2020, 1, 1);
		JalaliDate previous = JalaliDate.of(day.minusDays(1));
		for (; day.isBefore(LocalDate.of(2030, 1, 1)); day = day.plusDays(1)) {
			JalaliDate jalali = JalaliDate.of(day);
			assertThat(jalali.toLocalDate()).isEqualTo(day);
			assertThat(jalali).isEqualTo(next(previous)).isGreaterThan(previous);
			previous = jalali;
		}
	}

	@Test
	void monthsHaveTheirPersianNames() {
		assertThat(JalaliDate.monthName(1)).isEqualTo("فروردین");
		assertThat(JalaliDate.monthName(7)).isEqualTo("مهر");
		assertThat(JalaliDate.monthName(12)).isEqualTo("اسفند");
	}

	@Test
	void itPrintsAsYearMonthDayForLogs() {
		assertThat(JalaliDate.of(1405, 9, 10)).hasToString("1405/09/10");
	}

	/** The day after, by the calendar's rules as people learn them: 31, 31, 31, 31, 31, 31, 30, … 30, 29 or 30. */
	private static JalaliDate next(JalaliDate date) {
		int length = date.month() <= 6 ? 31 : date.month() <= 11 ? 30 : JalaliDate.isLeapYear(date.year()) ? 30 : 29;
		if (date.day() < length) {
			return JalaliDate.of(date.year(), date.month(), date.day() + 1);
		}
		return date.month() < 12 ? JalaliDate.of(date.year(), date.month() + 1, 1) : JalaliDate.of(date.year() + 1, 1, 1);
	}
}
