package ir.vafa.console.i18n;

/**
 * What someone typed as a Jalali date, read by {@link JalaliDate#read(CharSequence)}: a date, or what is wrong with
 * the text, precisely enough for a helpful message.
 */
public sealed interface JalaliInput {

	/** Nothing typed. */
	record Blank() implements JalaliInput {
	}

	/** Not a date's shape. */
	record Malformed() implements JalaliInput {
	}

	/** A month number outside 1–12. */
	record NoSuchMonth(int year, int month) implements JalaliInput {
	}

	/** A day the month does not have, such as Esfand 30 outside a leap year. */
	record NoSuchDay(int year, int month, int day) implements JalaliInput {

		public int lengthOfMonth() {
			return JalaliDate.lengthOfMonth(year, month);
		}
	}

	record Valid(JalaliDate date) implements JalaliInput {
	}
}
