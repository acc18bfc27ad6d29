package ir.vafa.console.i18n;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.data.binder.HasValidator;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.ValidationStatusChangeEvent;
import com.vaadin.flow.data.binder.ValidationStatusChangeListener;
import com.vaadin.flow.data.binder.Validator;
import com.vaadin.flow.shared.Registration;

/**
 * What the console's date fields share: a value made of parts the user types into, and an entry that may be no value
 * at all (an impossible date, half a date-time). Such an entry leaves the value empty and is reported as this field's
 * default validator, which {@code Binder} runs before its own, so the form shows "Esfand 1405 has only 29 days"
 * rather than "required". Without a binder the field marks itself, unless {@link #setManualValidation(boolean)}.
 * What is required or allowed (say, not in the past) stays the form's to check.
 */
public abstract class DateFieldBase<T> extends CustomField<T> implements HasValidator<T> {

	private final List<ValidationStatusChangeListener<T>> statusListeners = new ArrayList<>();
	/** The problem last marked, {@code null} for none (a field, unlike an {@code Optional}, is serializable). */
	private String shownProblem;
	private boolean manualValidation;
	private boolean showing;

	DateFieldBase() {
		// The value is updated from the parts' own change events, not the web component's, so it is the same with
		// or without a browser.
		super(null, true);
	}

	/** Why what is entered is no value, in the field's language; empty when it is one or nothing is entered. */
	protected abstract Optional<String> problem();

	/** Shows the value in the parts; {@link #setPresentationValue} without the parts' change events. */
	protected abstract void show(T value);

	/** Also clears an entry that was no value when the value set is the one the field already has (empty). */
	@Override
	public void setValue(T value) {
		boolean same = valueEquals(value, getValue());
		super.setValue(value);
		if (same) {
			setPresentationValue(value);
		}
	}

	@Override
	protected final void setPresentationValue(T value) {
		showing = true;
		try {
			show(value);
		}
		finally {
			showing = false;
		}
		settle(false);
	}

	/** The parts call this after each change the user makes. */
	final void partChanged() {
		if (!showing) {
			settle(true);
		}
	}

	/**
	 * Marks the entry's problem, and after the user's changes updates the value and tells a binder when a problem
	 * came or went (a value set by the program needs no such word: binders validate what they set themselves).
	 */
	private void settle(boolean fromUser) {
		Optional<String> problem = problem();
		boolean changed = !Objects.equals(problem.orElse(null), shownProblem);
		shownProblem = problem.orElse(null);
		// Only on a change of problem: an invalid mark that the binder set for its own reasons stays.
		if (changed && !manualValidation) {
			setInvalid(problem.isPresent());
			setErrorMessage(problem.orElse(""));
		}
		if (!fromUser) {
			return;
		}
		updateValue();
		if (changed) {
			ValidationStatusChangeEvent<T> event = new ValidationStatusChangeEvent<>(this, problem.isEmpty());
			List.copyOf(statusListeners).forEach(listener -> listener.validationStatusChanged(event));
		}
	}

	@Override
	public Validator<T> getDefaultValidator() {
		return (value, context) -> problem().map(ValidationResult::error).orElseGet(ValidationResult::ok);
	}

	@Override
	public Registration addValidationStatusChangeListener(ValidationStatusChangeListener<T> listener) {
		statusListeners.add(listener);
		return () -> statusListeners.remove(listener);
	}

	/** With {@code true}, the field never marks itself invalid: the invalid state and message are the caller's. */
	public void setManualValidation(boolean manualValidation) {
		this.manualValidation = manualValidation;
	}
}
