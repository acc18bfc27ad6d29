package ir.vafa.console.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Reading what people type as a Jalali date, whatever their keyboard. */
class JalaliInputTest {

	private static final JalaliInput AZAR_10 = new JalaliInput.Valid(JalaliDate.of(1405, 9, 10));

	@ParameterizedTest
	@ValueSource(strings = { "1405/09/10", "1405/9/10", "۱۴۰۵/۰۹/۱۰", "۱۴۰۵/۹/۱۰", "١٤٠٥/٠٩/١٠", "1405-09-10",
			"1405.9.10", "۱۴۰۵٫۰۹٫۱۰", " 1405 / 9 / 10 ", "14050910", "۱۴۰۵۰۹۱۰", "۱۴۰۵/09/۱۰" })
	void latinPersianAndArabicDigitsAllRead(String typed) {
		assertThat(JalaliDate.read(typed)).isEqualTo(AZAR_10);
	}

	@Test
	void directionMarksCopiedFromAPageAreIgnored() {
		assertThat(JalaliDate.read("\u200F۱۴۰۵/۰۹/۱۰\u200E")).isEqualTo(AZAR_10);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "  " })
	void nothingTypedIsBlank(String typed) {
		assertThat(JalaliDate.read(typed)).isEqualTo(new JalaliInput.Blank());
		assertThat(JalaliDate.read(null)).isEqualTo(new JalaliInput.Blank());
	}

	@ParameterizedTest
	@ValueSource(strings = { "10 آذر 1405", "05/09/10", "1405/09", "1405/09/10/1", "1405//09/10", "tomorrow", "1405910",
			"0000/01/01" })
	void whatIsNoDatesShapeIsMalformed(String typed) {
		assertThat(JalaliDate.read(typed)).isEqualTo(new JalaliInput.Malformed());
	}

	@Test
	void aThirteenthMonthIsNoSuchMonth() {
		assertThat(JalaliDate.read("1405/13/01")).isEqualTo(new JalaliInput.NoSuchMonth(1405, 13));
		assertThat(JalaliDate.read("۱۴۰۵/۰۰/۰۱")).isEqualTo(new JalaliInput.NoSuchMonth(1405, 0));
	}

	@Test
	void esfand30OrLaterOutsideALeapYearIsNoSuchDay() {
		assertThat(JalaliDate.read("1405/12/31")).isEqualTo(new JalaliInput.NoSuchDay(1405, 12, 31));
		assertThat(JalaliDate.read("۱۴۰۵/۱۲/۳۰")).isEqualTo(new JalaliInput.NoSuchDay(1405, 12, 30));
		assertThat(new JalaliInput.NoSuchDay(1405, 12, 30).lengthOfMonth()).isEqualTo(29);
		assertThat(JalaliDate.read("1403/12/30")).isEqualTo(new JalaliInput.Valid(JalaliDate.of(1403, 12, 30)));
	}

	@Test
	void mehrHasNo31stNorAnyMonthADayZero() {
		assertThat(JalaliDate.read("1405/07/31")).isEqualTo(new JalaliInput.NoSuchDay(1405, 7, 31));
		assertThat(JalaliDate.read("1405/07/00")).isEqualTo(new JalaliInput.NoSuchDay(1405, 7, 0));
	}

	@Test
	void digitsConvertBothWays() {
		assertThat(Digits.persian("1405/09/10، 14:30")).isEqualTo("۱۴۰۵/۰۹/۱۰، ۱۴:۳۰");
		assertThat(Digits.latin("۱۴۰۵/٠٩/10")).isEqualTo("1405/09/10");
		assertThat(Digits.latin("آذر")).isEqualTo("آذر");
	}
}
