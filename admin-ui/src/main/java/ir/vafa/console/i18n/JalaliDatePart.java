package ir.vafa.console.i18n;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.function.SerializableRunnable;
import com.vaadin.flow.component.textfield.TextField;

/**
 * A Jalali date typed as year/month/day, in Persian or Latin digits, and read on the server: the browser's pickers
 * only know the Gregorian calendar. Once read, the text is rewritten the console's way ({@code ۱۴۰۵/۰۹/۱۰}) and the
 * helper line names the day in words, so a slip such as a wrong month shows before the form is saved.
 */
final class JalaliDatePart implements DatePart {

	/** Digits of any script and the separators {@link JalaliDate#read} accepts; letters could never make a date. */
	private static final String TYPABLE = "[0-9\u06F0-\u06F9\u0660-\u0669/\\-.\u066B\u2215 ]";

	private final TextField text = new TextField();
	private final Messages messages;
	private final Formats formats;
	private final List<SerializableRunnable> listeners = new ArrayList<>();
	private boolean tidying;

	JalaliDatePart(Messages messages) {
		this.messages = messages;
		this.formats = new Formats(messages.locale(), ZoneOffset.UTC);
		text.setPlaceholder(messages.get("dateField.jalali.placeholder"));
		text.setAllowedCharPattern(TYPABLE);
		text.setManualValidation(true);
		text.addClassNames("date-part", "jalali-date");
		text.addValueChangeListener(e -> {
			if (!tidying) {
				tidy();
				listeners.forEach(SerializableRunnable::run);
			}
		});
	}

	@Override
	public Component component() {
		return text;
	}

	@Override
	public LocalDate value() {
		return reading() instanceof JalaliInput.Valid valid ? valid.date().toLocalDate() : null;
	}

	@Override
	public Optional<String> problem() {
		return Optional.ofNullable(switch (reading()) {
			case JalaliInput.Blank blank -> null;
			case JalaliInput.Valid valid -> null;
			case JalaliInput.Malformed malformed -> messages.get("dateField.jalali.malformed");
			case JalaliInput.NoSuchMonth wrong -> messages.get("dateField.jalali.noSuchMonth", wrong.month());
			case JalaliInput.NoSuchDay wrong -> messages.get("dateField.jalali.noSuchDay",
					JalaliDate.monthName(wrong.month()), wrong.year(), wrong.lengthOfMonth());
		});
	}

	@Override
	public void show(LocalDate date) {
		write(formats.date(date));
		text.setHelperText(date == null ? null : formats.fullDate(date));
	}

	@Override
	public void setReadOnly(boolean readOnly) {
		text.setReadOnly(readOnly);
	}

	@Override
	public void setId(String id) {
		text.setId(id);
	}

	@Override
	public void onInput(SerializableRunnable listener) {
		listeners.add(listener);
	}

	private JalaliInput reading() {
		return JalaliDate.read(text.getValue());
	}

	private void tidy() {
		LocalDate date = value();
		if (date != null) {
			write(formats.date(date));
		}
		text.setHelperText(date == null ? null : formats.fullDate(date));
	}

	/** Writes the text without it counting as the user's change. */
	private void write(String value) {
		tidying = true;
		try {
			text.setValue(value);
		}
		finally {
			tidying = false;
		}
	}
}
