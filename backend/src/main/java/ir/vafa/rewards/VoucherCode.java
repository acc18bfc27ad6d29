package ir.vafa.rewards;

import java.security.SecureRandom;
import java.util.Optional;

/**
 * A voucher's code: 12 random characters of Crockford's base 32 (60 bits: unguessable at any rate a till can try)
 * and a check character (Luhn mod 32), so a mistyped code is caught at the till before it is looked up. Written
 * in groups of four ({@code 7KQ2-M9XD-4TRW-B}); read with or without dashes and spaces, in either case, with the
 * letters Crockford reads as digits (O as 0, I and L as 1).
 */
public record VoucherCode(String value) {

	static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

	private static final int RANDOM_CHARS = 12;

	private static final SecureRandom RANDOM = new SecureRandom();

	public VoucherCode {
		if (value == null || value.length() != RANDOM_CHARS + 1 || !checks(value)) {
			throw new IllegalArgumentException("not a voucher code: " + value);
		}
	}

	public static VoucherCode random() {
		StringBuilder code = new StringBuilder(RANDOM_CHARS + 1);
		for (int i = 0; i < RANDOM_CHARS; i++) {
			code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
		}
		return new VoucherCode(code.append(checkCharacter(code)).toString());
	}

	/** What a cashier typed or a scanner read, if it is a well-formed code whose check character matches. */
	public static Optional<VoucherCode> parse(String typed) {
		if (typed == null) {
			return Optional.empty();
		}
		StringBuilder code = new StringBuilder();
		for (char c : typed.toCharArray()) {
			char upper = Character.toUpperCase(c);
			switch (upper) {
				case '-', ' ' -> {
				}
				case 'O' -> code.append('0');
				case 'I', 'L' -> code.append('1');
				default -> {
					if (ALPHABET.indexOf(upper) < 0) {
						return Optional.empty();
					}
					code.append(upper);
				}
			}
		}
		return code.length() == RANDOM_CHARS + 1 && checks(code) ? Optional.of(new VoucherCode(code.toString()))
				: Optional.empty();
	}

	/** {@code 7KQ2-M9XD-4TRW-B}: how a receipt or a screen shows it. */
	public String grouped() {
		return value.substring(0, 4) + "-" + value.substring(4, 8) + "-" + value.substring(8, 12) + "-"
				+ value.substring(12);
	}

	@Override
	public String toString() {
		return value;
	}

	/** Luhn mod 32: doubling every second character from the right catches one wrong character and most swaps. */
	static char checkCharacter(CharSequence payload) {
		return ALPHABET.charAt((32 - luhnSum(payload, 2) % 32) % 32);
	}

	private static boolean checks(CharSequence code) {
		for (int i = 0; i < code.length(); i++) {
			if (ALPHABET.indexOf(code.charAt(i)) < 0) {
				return false;
			}
		}
		return luhnSum(code, 1) % 32 == 0;
	}

	private static int luhnSum(CharSequence chars, int firstFactor) {
		int factor = firstFactor;
		int sum = 0;
		for (int i = chars.length() - 1; i >= 0; i--) {
			int addend = factor * ALPHABET.indexOf(chars.charAt(i));
			sum += addend / 32 + addend % 32;
			factor = 3 - factor;
		}
		return sum;
	}
}
