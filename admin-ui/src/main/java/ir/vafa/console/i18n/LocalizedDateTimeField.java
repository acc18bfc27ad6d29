package ir.vafa.console.i18n;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;

import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.ValueContext;

/**
 * A wall-clock date and time, such as when a program version takes effect "at 09:00 on 1405/01/01 in the program's
 * time zone": the date as in {@link LocalizedDateField}, then Vaadin's {@code TimePicker}. The value is a
 * {@link LocalDateTime} (Gregorian date); the caller puts it in the zone it means. A date without a time, or a time
 * without a date, is reported rather than guessed.
 * <p>
 * In Persian the time is written 24-hour with Latin digits ({@code 14:30}), as {@link TimeInputs} explains.
 * <p>
 * For browser tests: {@link #setId(String) setId("x")} gives the parts the ids {@code x-date} and {@code x-time}; they
 * always have the classes {@code date-part} and {@code time-part}.
 */
public class LocalizedDateTimeField extends DateFieldBase<LocalDateTime> {

	private final Messages messages;
	private final DatePart date;
	private final TimePicker time = new TimePicker();

	public LocalizedDateTimeField(Messages messages) {
		this.messages = messages;
		date = DatePart.of(messages);
		date.onInput(this::partChanged);
		TimeInputs.localize(time, messages);
		time.setManualValidation(true);
		time.addClassName("time-part");
		time.setWidth("8em");
		time.getStyle().set("margin-inline-start", "var(--lumo-space-s)");
		time.addValueChangeListener(e -> partChanged());
		time.addValidationStatusChangeListener(e -> partChanged());
		// The parts sit side by side in a block: the date takes what the time leaves.
		date.component().getElement().getStyle().set("width", "calc(100% - 8em - var(--lumo-space-s))");
		add(date.component(), time);
		addClassName("localized-date-time-field");
		setWidth("20em");
	}

	public LocalizedDateTimeField(Messages messages, String label) {
		this(messages);
		setLabel(label);
	}

	/** How far apart the times in the picker's list are: an hour unless set. */
	public void setTimeStep(Duration step) {
		time.setStep(step);
	}

	@Override
	protected LocalDateTime generateModelValue() {
		return date.value() == null || time.getValue() == null ? null : LocalDateTime.of(date.value(), time.getValue());
	}

	@Override
	protected void show(LocalDateTime value) {
		date.show(value == null ? null : value.toLocalDate());
		time.setValue(value == null ? null : value.toLocalTime());
	}

	@Override
	protected Optional<String> problem() {
		Optional<String> problem = date.problem().or(this::timeProblem);
		if (problem.isPresent()) {
			return problem;
		}
		boolean noTime = time.getValue() == null;
		if (date.isBlank() != noTime) {
			return Optional.of(messages.get(noTime ? "dateField.time.missing" : "dateField.date.missing"));
		}
		return Optional.empty();
	}

	private Optional<String> timeProblem() {
		ValidationResult result = time.getDefaultValidator().apply(time.getValue(), new ValueContext(time));
		return result.isError() ? Optional.of(result.getErrorMessage()) : Optional.empty();
	}

	@Override
	public void setReadOnly(boolean readOnly) {
		super.setReadOnly(readOnly);
		date.setReadOnly(readOnly);
		time.setReadOnly(readOnly);
	}

	/** The field's id, {@code <id>-date} for the date part and {@code <id>-time} for the time. */
	@Override
	public void setId(String id) {
		super.setId(id);
		date.setId(id == null ? null : id + "-date");
		time.setId(id == null ? null : id + "-time");
	}
}
