package ir.vafa.console.i18n;

import java.util.Locale;

import com.vaadin.flow.component.timepicker.TimePicker;

/**
 * Vaadin's {@code TimePicker} made usable in both languages. In Persian the time is written 24-hour with Latin digits
 * ({@code 14:30}): the picker's browser side reads only Latin and Arabic-Indic digits, and given a Persian locale it
 * would write Persian digits it then cannot read back. Persian digits typed or pasted into it become Latin ones as
 * they go in.
 */
public final class TimeInputs {

	/** 24-hour, Latin digits, a colon: what a Persian reader expects in a time input that the picker can read. */
	private static final Locale PERSIAN_TIME_INPUT = Locale.UK;
	/**
	 * Persian keyboards type ۰–۹ (and Arabic ones ٠–٩) where the picker reads only 0–9: the typed or pasted text goes in
	 * with Latin digits instead, as an ordinary input event. On the host, since its input may not exist yet.
	 */
	private static final String LATIN_DIGITS_AS_TYPED = """
			this.addEventListener('beforeinput', e => {
			  const input = e.target;
			  const text = e.data ?? (e.dataTransfer ? e.dataTransfer.getData('text/plain') : null);
			  if (!e.cancelable || !text || !/[\u0660-\u0669\u06F0-\u06F9]/.test(text) || !input.setRangeText) {
			    return;
			  }
			  e.preventDefault();
			  const latin = text.replace(/[\u0660-\u0669\u06F0-\u06F9]/g,
			      d => String(d.charCodeAt(0) - (d >= '\u06F0' ? 0x06F0 : 0x0660)));
			  input.setRangeText(latin, input.selectionStart, input.selectionEnd, 'end');
			  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: latin }));
			});""";

	private TimeInputs() {
	}

	/** A picker for the messages' language, with its "not a time" message. */
	public static TimePicker localized(Messages messages) {
		return localize(new TimePicker(), messages);
	}

	public static TimePicker localize(TimePicker time, Messages messages) {
		boolean persian = Language.of(messages.locale()) == Language.PERSIAN;
		time.setLocale(persian ? PERSIAN_TIME_INPUT : messages.locale());
		if (persian) {
			time.getElement().executeJs(LATIN_DIGITS_AS_TYPED);
		}
		time.setI18n(new TimePicker.TimePickerI18n().setBadInputErrorMessage(messages.get("dateField.time.invalid")));
		return time;
	}
}
