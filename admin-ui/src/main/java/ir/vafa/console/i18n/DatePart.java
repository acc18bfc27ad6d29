package ir.vafa.console.i18n;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.function.SerializableRunnable;

/**
 * The date half of the console's date fields, by language: Vaadin's date picker in English, a typed Jalali date in
 * Persian. Errors are the enclosing field's to show, so a part never marks itself invalid.
 */
sealed interface DatePart extends Serializable permits PickerDatePart, JalaliDatePart {

	static DatePart of(Messages messages) {
		return Language.of(messages.locale()) == Language.PERSIAN ? new JalaliDatePart(messages)
				: new PickerDatePart(messages);
	}

	Component component();

	/** The date entered; {@code null} when nothing is, or when the entry is no date. */
	LocalDate value();

	/** Why the entry is no date, in the field's language; empty when it is one, or when nothing is entered. */
	Optional<String> problem();

	default boolean isBlank() {
		return value() == null && problem().isEmpty();
	}

	void show(LocalDate date);

	void setReadOnly(boolean readOnly);

	void setId(String id);

	/** Runs after each change the user makes. */
	void onInput(SerializableRunnable listener);
}
