package ir.vafa.console.i18n;

import java.time.LocalDate;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.function.SerializableRunnable;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.ValueContext;

/** Vaadin's own date picker, Gregorian, for English. */
final class PickerDatePart implements DatePart {

	private final DatePicker picker = new DatePicker();

	PickerDatePart(Messages messages) {
		picker.setLocale(messages.locale());
		picker.setI18n(new DatePicker.DatePickerI18n().setBadInputErrorMessage(messages.get("dateField.date.invalid")));
		picker.setManualValidation(true);
		picker.addClassName("date-part");
	}

	@Override
	public Component component() {
		return picker;
	}

	@Override
	public LocalDate value() {
		return picker.getValue();
	}

	/** The picker's own verdict: it knows when its text could not be parsed, which its value (null) does not say. */
	@Override
	public Optional<String> problem() {
		ValidationResult result = picker.getDefaultValidator().apply(picker.getValue(), new ValueContext(picker));
		return result.isError() ? Optional.of(result.getErrorMessage()) : Optional.empty();
	}

	@Override
	public void show(LocalDate date) {
		picker.setValue(date);
	}

	@Override
	public void setReadOnly(boolean readOnly) {
		picker.setReadOnly(readOnly);
	}

	@Override
	public void setId(String id) {
		picker.setId(id);
	}

	@Override
	public void onInput(SerializableRunnable listener) {
		picker.addValueChangeListener(e -> listener.run());
		// Unparsable text leaves the value as it was (empty) and says so only through this event.
		picker.addValidationStatusChangeListener(e -> listener.run());
	}
}
