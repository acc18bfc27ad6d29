package ir.vafa.rewards;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** A voucher code: random, readable aloud, and a typo is caught before it is looked up. */
class VoucherCodeTest {

	@Test
	void everyCodeIsThirteenCharactersOfCrockfordsAlphabetAndCodesDoNotRepeat() {
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < 10_000; i++) {
			String code = VoucherCode.random().value();
			assertThat(code).matches("[0-9A-HJKMNP-TV-Z]{13}");
			seen.add(code);
		}
		assertThat(seen).hasSize(10_000);
	}

	@Test
	void anyOneWrongCharacterIsCaught() {
		for (int n = 0; n < 200; n++) {
			String code = VoucherCode.random().value();
			for (int i = 0; i < code.length(); i++) {
				for (char c : VoucherCode.ALPHABET.toCharArray()) {
					if (c != code.charAt(i)) {
						String typo = code.substring(0, i) + c + code.substring(i + 1);
						assertThat(VoucherCode.parse(typo)).as(typo).isEmpty();
					}
				}
			}
		}
	}

	@Test
	void codesAreReadWithDashesSpacesLowerCaseAndTheLettersThatLookLikeDigits() {
		VoucherCode code = VoucherCode.random();
		String grouped = code.grouped();

		assertThat(grouped).matches("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]");
		assertThat(VoucherCode.parse(grouped)).contains(code);
		assertThat(VoucherCode.parse(" " + grouped.toLowerCase().replace('-', ' ') + " ")).contains(code);
		assertThat(VoucherCode.parse(code.value().replace('0', 'O').replace('1', 'l'))).contains(code);
		assertThat(VoucherCode.parse(code.value() + "0")).isEmpty();
		assertThat(VoucherCode.parse("<script>")).isEmpty();
		assertThat(VoucherCode.parse(null)).isEmpty();
	}
}
