package ir.vafa.console.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.binder.ValueContext;
import org.junit.jupiter.api.Test;

/** Numbers typed in any digits, shown in the reader's. */
class LocalizedNumbersTest {

	private final Messages persian = Messages.of(Language.PERSIAN);
	private final Messages english = Messages.of(Language.ENGLISH);

	@Test
	void persianArabicAndLatinDigitsWithOrWithoutGroupingAreRead() {
		assertThat(LocalizedNumbers.read("۲۰٬۰۰۰٬۰۰۰")).isEqualByComparingTo("20000000");
		assertThat(LocalizedNumbers.read("٢٠")).isEqualByComparingTo("20");
		assertThat(LocalizedNumbers.read("1,500")).isEqualByComparingTo("1500");
		assertThat(LocalizedNumbers.read("۱٫۵")).isEqualByComparingTo("1.5");
		assertThat(LocalizedNumbers.read(" 2.5 ")).isEqualByComparingTo("2.5");
		assertThat(LocalizedNumbers.read("1.2.3")).isNull();
		assertThat(LocalizedNumbers.read("دو")).isNull();
	}

	@Test
	void valuesAreWrittenInTheLanguagesDigitsWithoutGrouping() {
		assertThat(LocalizedNumbers.write(new BigDecimal("1.50"), persian)).isEqualTo("۱٫۵");
		assertThat(LocalizedNumbers.write(20_000_000L, persian)).isEqualTo("۲۰۰۰۰۰۰۰");
		assertThat(LocalizedNumbers.write(new BigDecimal("1E+2"), english)).isEqualTo("100");
		assertThat(LocalizedNumbers.write(null, english)).isEmpty();
	}

	@Test
	void aTextThatIsNoNumberIsTheConvertersErrorInTheFormsLanguage() {
		Result<Integer> notWhole = LocalizedNumbers.integer(persian).convertToModel("۱٫۵", new ValueContext());
		Result<BigDecimal> notNumber = LocalizedNumbers.decimal(english).convertToModel("abc", new ValueContext());

		assertThat(notWhole.isError()).isTrue();
		assertThat(notWhole.getMessage()).hasValue("یک عدد صحیح بنویسید، مثلاً ۱۵");
		assertThat(notNumber.getMessage()).hasValue("Enter a number, e.g. 1500");
		assertThat(LocalizedNumbers.whole(english).convertToModel("", new ValueContext()).isError()).isFalse();
		assertThat(LocalizedNumbers.integer(persian).convertToModel("۳۶۵", new ValueContext()).getOrThrow(IllegalStateException::new))
			.isEqualTo(365);
	}
}
