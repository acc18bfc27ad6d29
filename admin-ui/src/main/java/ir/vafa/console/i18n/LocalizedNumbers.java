package ir.vafa.console.i18n;

import java.math.BigDecimal;
import java.util.function.Function;
import java.util.regex.Pattern;

import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.binder.ValueContext;
import com.vaadin.flow.data.converter.Converter;

/**
 * Numbers typed into text fields, in the reader's digits: Persian, Arabic or Latin ones are read, with or without
 * grouping, and a value is shown in the language's digits ({@code ۱٫۵} in Persian). Text fields rather than Vaadin's
 * number fields, whose browser side reads Latin digits only. A text that is no number is the converter's error, in
 * the form's language; what range is allowed stays the form's to check.
 */
public final class LocalizedNumbers {

	/** Digits of any script, signs, and the separators people type between them. */
	public static final String TYPABLE = "[0-9\u06F0-\u06F9\u0660-\u0669.,\u066B\u066C\\- ]";
	private static final Pattern DECIMAL = Pattern.compile("-?\\d+(\\.\\d+)?");
	private static final char PERSIAN_DECIMAL_SEPARATOR = '\u066B';

	private LocalizedNumbers() {
	}

	/** A text field for numbers: only digits and separators can be typed. */
	public static TextField field(String label) {
		TextField field = new TextField(label);
		field.setAllowedCharPattern(TYPABLE);
		return field;
	}

	public static Converter<String, BigDecimal> decimal(Messages messages) {
		return new NumberConverter<>(messages, false, Function.identity());
	}

	public static Converter<String, Integer> integer(Messages messages) {
		return new NumberConverter<>(messages, true, BigDecimal::intValueExact);
	}

	public static Converter<String, Long> whole(Messages messages) {
		return new NumberConverter<>(messages, true, BigDecimal::longValueExact);
	}

	/** The number in the text, or null for a blank one or for one that is no number. */
	public static BigDecimal read(String text) {
		if (text == null) {
			return null;
		}
		String latin = Digits.latin(text.strip())
			.replace(PERSIAN_DECIMAL_SEPARATOR, '.')
			.replaceAll("[,\u066C\u00A0\u202F ]", "");
		return DECIMAL.matcher(latin).matches() ? new BigDecimal(latin) : null;
	}

	/** The number as typed back into a field: no grouping, the language's digits and decimal separator. */
	public static String write(Number value, Messages messages) {
		if (value == null) {
			return "";
		}
		String plain = value instanceof BigDecimal decimal ? decimal.stripTrailingZeros().toPlainString()
				: value.toString();
		if (Language.of(messages.locale()) != Language.PERSIAN) {
			return plain;
		}
		return Digits.persian(plain.replace('.', PERSIAN_DECIMAL_SEPARATOR));
	}

	private static final class NumberConverter<T extends Number> implements Converter<String, T> {

		private final Messages messages;
		private final boolean whole;
		private final Function<BigDecimal, T> type;

		NumberConverter(Messages messages, boolean whole, Function<BigDecimal, T> type) {
			this.messages = messages;
			this.whole = whole;
			this.type = type;
		}

		@Override
		public Result<T> convertToModel(String text, ValueContext context) {
			if (text == null || text.isBlank()) {
				return Result.ok(null);
			}
			BigDecimal number = read(text);
			if (number == null) {
				return Result.error(messages.get(whole ? "validation.wholeNumber" : "validation.number"));
			}
			try {
				return Result.ok(type.apply(whole ? number.stripTrailingZeros().setScale(0) : number));
			}
			catch (ArithmeticException notWhole) {
				return Result.error(messages.get(whole ? "validation.wholeNumber" : "validation.number"));
			}
		}

		@Override
		public String convertToPresentation(T value, ValueContext context) {
			return write(value, messages);
		}
	}
}
