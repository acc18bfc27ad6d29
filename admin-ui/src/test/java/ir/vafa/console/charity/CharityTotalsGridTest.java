package ir.vafa.console.charity;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import ir.vafa.catalog.Money;
import ir.vafa.catalog.Texts;
import ir.vafa.console.i18n.Language;
import ir.vafa.console.i18n.Messages;
import ir.vafa.donations.CharityTotal;
import org.junit.jupiter.api.Test;

/** The charity totals read in Persian: the charity's Persian name, the Jalali month, Persian digits, rials. */
class CharityTotalsGridTest {

	private static final CharityTotal AZAR = new CharityTotal("mahak", new Texts("Mahak", "محک"),
			LocalDate.of(2026, 11, 22), "1405/09/01", 1200, new Money(new BigDecimal("1200000"), "IRR"), 2, 3);

	@Test
	void aMonthOfDonationsReadsInPersian() {
		CharityTotalsGrid grid = new CharityTotalsGrid(Messages.of(Language.PERSIAN), ZoneId.of("Asia/Tehran"),
				List.of(AZAR));

		assertThat(grid.row(AZAR)).containsExactly("محک", "۱۴۰۵/۰۹/۰۱", "۱٬۲۰۰", "۱٬۲۰۰٬۰۰۰ ریال", "۲", "۳");
	}

	@Test
	void allTimeHasNoStart() {
		CharityTotal all = new CharityTotal("mahak", new Texts("Mahak", "محک"), null, null, 5,
				new Money(new BigDecimal("5000"), "IRR"), 1, 1);
		CharityTotalsGrid grid = new CharityTotalsGrid(Messages.of(Language.ENGLISH), ZoneId.of("Asia/Tehran"),
				List.of(all));

		assertThat(grid.row(all).get(1)).isEqualTo("All time");
		assertThat(grid.row(all).get(3)).isEqualTo("5,000 IRR");
		assertThat(grid.getColumns()).hasSize(6);
	}
}
