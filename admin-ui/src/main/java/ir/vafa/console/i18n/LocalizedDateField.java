package ir.vafa.console.i18n;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A date in the reader's calendar, for forms: Vaadin's {@code DatePicker} in English; in Persian a Jalali date typed
 * as year/month/day ({@code ۱۴۰۵/۰۹/۱۰} or {@code 1405/9/10}), checked as it is typed and named in words beneath.
 * Either way the value is a Gregorian {@link LocalDate}, as the backend keeps it; works with {@code Binder} like any
 * field (see {@link DateFieldBase} for how an impossible date is reported).
 * <p>
 * For browser tests: {@link #setId(String) setId("x")} gives the input part the id {@code x-date}; it always has the
 * class {@code date-part} (and {@code jalali-date} in Persian).
 */
public class LocalizedDateField extends DateFieldBase<LocalDate> {

	private final DatePart date;

	public LocalizedDateField(Messages messages) {
		date = DatePart.of(messages);
		date.onInput(this::partChanged);
		date.component().getElement().getStyle().set("width", "100%");
		add(date.component());
		addClassName("localized-date-field");
	}

	public LocalizedDateField(Messages messages, String label) {
		this(messages);
		setLabel(label);
	}

	@Override
	protected LocalDate generateModelValue() {
		return date.value();
	}

	@Override
	protected void show(LocalDate value) {
		date.show(value);
	}

	@Override
	protected Optional<String> problem() {
		return date.problem();
	}

	@Override
	public void setReadOnly(boolean readOnly) {
		super.setReadOnly(readOnly);
		date.setReadOnly(readOnly);
	}

	/** The field's id, and {@code <id>-date} for the part typed into. */
	@Override
	public void setId(String id) {
		super.setId(id);
		date.setId(id == null ? null : id + "-date");
	}
}
