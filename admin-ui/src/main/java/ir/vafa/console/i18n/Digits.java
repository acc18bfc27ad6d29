package ir.vafa.console.i18n;

/** Digits between scripts: Persian ones for display, Latin ones for reading what people type. */
public final class Digits {

	private static final char PERSIAN_ZERO = '\u06F0';

	private Digits() {
	}

	/** The text with its Latin digits written as Persian ones (۰–۹); everything else stays as it is. */
	public static String persian(CharSequence text) {
		StringBuilder out = new StringBuilder(text.length());
		text.chars().forEach(c -> out.append(c >= '0' && c <= '9' ? (char) (PERSIAN_ZERO + c - '0') : (char) c));
		return out.toString();
	}

	/**
	 * The text with every decimal digit as a Latin one: Persian keyboards type ۰–۹, Arabic ones ٠–٩, and people
	 * mix them with 0–9.
	 */
	public static String latin(CharSequence text) {
		StringBuilder out = new StringBuilder(text.length());
		text.chars().forEach(c -> out.append(Character.isDigit(c) ? (char) ('0' + Character.digit(c, 10)) : (char) c));
		return out.toString();
	}
}
