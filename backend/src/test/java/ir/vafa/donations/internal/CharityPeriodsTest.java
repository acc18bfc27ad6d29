package ir.vafa.donations.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import ir.vafa.catalog.Money;
import ir.vafa.donations.Donations.Calendar;
import ir.vafa.donations.Donations.Period;
import org.junit.jupiter.api.Test;

/** Where a charity's periods start, in the Jalali calendar and the Gregorian, and what points are worth. */
class CharityPeriodsTest {

	// Wednesday 2 December 2026 is Wednesday 11 Azar 1405
	private static final LocalDate DAY = LocalDate.of(2026, 12, 2);

	@Test
	void jalaliWeeksStartOnSaturdayAndItsMonthsAndYearsOnTheirFirstDay() {
		assertThat(DonationService.periodStart(DAY, Period.DAY, Calendar.JALALI)).isEqualTo(DAY);
		assertThat(DonationService.periodStart(DAY, Period.WEEK, Calendar.JALALI)).isEqualTo(LocalDate.of(2026, 11, 28));
		assertThat(DonationService.periodStart(DAY, Period.MONTH, Calendar.JALALI)).isEqualTo(LocalDate.of(2026, 11, 22));
		assertThat(DonationService.periodStart(DAY, Period.YEAR, Calendar.JALALI)).isEqualTo(LocalDate.of(2026, 3, 21));
	}

	@Test
	void gregorianWeeksStartOnMonday() {
		assertThat(DonationService.periodStart(DAY, Period.WEEK, Calendar.GREGORIAN)).isEqualTo(LocalDate.of(2026, 11, 30));
		assertThat(DonationService.periodStart(DAY, Period.MONTH, Calendar.GREGORIAN)).isEqualTo(LocalDate.of(2026, 12, 1));
		assertThat(DonationService.periodStart(DAY, Period.YEAR, Calendar.GREGORIAN)).isEqualTo(LocalDate.of(2026, 1, 1));
	}

	@Test
	void pointsAreWorthTheirRateRoundedDownToTheCurrencysSmallestUnit() {
		assertThat(DonationService.worth(1000, new Money(new BigDecimal("1000"), "IRR")).amount())
			.isEqualByComparingTo("1000000");
		assertThat(DonationService.worth(3, new Money(new BigDecimal("0.5"), "IRR")).amount()).isEqualByComparingTo("1");
		assertThat(DonationService.worth(3, new Money(new BigDecimal("0.333"), "EUR")).amount().toPlainString())
			.isEqualTo("0.99");
	}
}
