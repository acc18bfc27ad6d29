package ir.vafa.console.i18n;

import com.vaadin.flow.component.textfield.TextField;

/** A labelled, read-only value for the console's detail forms. */
public final class ReadOnlyFields {

	private ReadOnlyFields() {
	}

	public static TextField of(Messages messages, String labelKey, String text, String id) {
		TextField field = new TextField(messages.get(labelKey));
		field.setValue(text == null ? "" : text);
		field.setReadOnly(true);
		field.setId(id);
		return field;
	}
}
