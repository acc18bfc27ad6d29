package ir.vafa.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** Jalali dates, as expiry at the end of the year or season and the member's "last day" need them. */
class PersianCalendarTest {

	@Test
	void nowruz1405IsThe21stOfMarch2026AndTheYearEndsWithEsfand() {
		assertThat(PersianCalendar.toLocalDate(1405, 1, 1)).isEqualTo(LocalDate.of(2026, 3, 21));
		assertThat(PersianCalendar.of(LocalDate.of(2027, 3, 20))).isEqualTo(new PersianCalendar.Date(1405, 12, 29));
		assertThat(PersianCalendar.of(LocalDate.of(2026, 12, 1)).toString()).isEqualTo("1405/09/10");
	}

	@Test
	void theYearAndTheNextAreFoundOnEitherSideOfNowruz() {
		assertThat(PersianCalendar.startOfYear(LocalDate.of(2026, 3, 20))).isEqualTo(LocalDate.of(2025, 3, 21));
		assertThat(PersianCalendar.startOfYear(LocalDate.of(2026, 3, 21))).isEqualTo(LocalDate.of(2026, 3, 21));
		assertThat(PersianCalendar.startOfNextYear(LocalDate.of(2026, 3, 20))).isEqualTo(LocalDate.of(2026, 3, 21));
		assertThat(PersianCalendar.startOfNextYear(LocalDate.of(2026, 12, 1))).isEqualTo(LocalDate.of(2027, 3, 21));
	}

	@Test
	void aLeapEsfandHasThirtyDays() {
		// 1403 was a leap year: 30 Esfand 1403 is 20 March 2025
		assertThat(PersianCalendar.toLocalDate(1403, 12, 30)).isEqualTo(LocalDate.of(2025, 3, 20));
		assertThat(PersianCalendar.startOfNextYear(LocalDate.of(2025, 3, 20))).isEqualTo(LocalDate.of(2025, 3, 21));
		assertThatThrownBy(() -> PersianCalendar.toLocalDate(1405, 12, 30)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void theNextSeasonStartsOnTheFirstOfTirMehrDeyOrFarvardin() {
		assertThat(PersianCalendar.startOfNextQuarter(LocalDate.of(2026, 4, 1))).isEqualTo(PersianCalendar.toLocalDate(1405, 4, 1));
		assertThat(PersianCalendar.startOfNextQuarter(LocalDate.of(2026, 12, 1))).isEqualTo(PersianCalendar.toLocalDate(1405, 10, 1));
		assertThat(PersianCalendar.startOfNextQuarter(LocalDate.of(2027, 1, 15))).isEqualTo(LocalDate.of(2027, 3, 21));
	}

	@Test
	void theCachedYearOfEveryDayAgreesWithIcu() {
		for (LocalDate day = LocalDate.of(2020, 1, 1); day.isBefore(LocalDate.of(2031, 1, 1)); day = day.plusDays(1)) {
			PersianCalendar.Date jalali = PersianCalendar.of(day);
			assertThat(PersianCalendar.startOfYear(day)).as(day.toString())
				.isEqualTo(PersianCalendar.toLocalDate(jalali.year(), 1, 1));
			assertThat(PersianCalendar.startOfNextYear(day)).as(day.toString())
				.isEqualTo(PersianCalendar.toLocalDate(jalali.year() + 1, 1, 1));
		}
	}
}
