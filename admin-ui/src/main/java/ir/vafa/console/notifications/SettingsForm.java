package ir.vafa.console.notifications;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.shared.Registration;
import ir.vafa.console.i18n.Messages;
import ir.vafa.notifications.NotificationSettings;
import ir.vafa.platform.ApiProblem;

/** The tenant's notification settings: the members' language, how early expiring points are announced, channels. */
class SettingsForm extends HorizontalLayout {

	final Select<String> language = new Select<>();
	final IntegerField expiryWarningDays = new IntegerField();
	final Checkbox email = new Checkbox();
	final Checkbox sms = new Checkbox();
	final Button save = new Button();

	SettingsForm(Messages messages, NotificationSettings settings, boolean canEdit) {
		setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
		setWrap(true);
		language.setId("notify-language");
		language.setLabel(messages.get("notify.settings.language"));
		language.setItems("fa", "en");
		language.setItemLabelGenerator(l -> messages.get("notify.language." + l));
		language.setValue(settings.language());
		expiryWarningDays.setId("notify-expiry-days");
		expiryWarningDays.setLabel(messages.get("notify.settings.expiryDays"));
		expiryWarningDays.setMin(1);
		expiryWarningDays.setMax(60);
		expiryWarningDays.setStepButtonsVisible(true);
		expiryWarningDays.setValue(settings.expiryWarningDays());
		email.setId("notify-email-enabled");
		email.setLabel(messages.get("notify.settings.email"));
		email.setValue(settings.emailEnabled());
		sms.setId("notify-sms-enabled");
		sms.setLabel(messages.get("notify.settings.sms"));
		sms.setValue(settings.smsEnabled());
		save.setId("notify-settings-save");
		save.setText(messages.get("notify.settings.save"));
		save.addClickListener(e -> fireEvent(new SaveEvent(this, settings())));
		add(language, expiryWarningDays, email, sms);
		if (canEdit) {
			add(save);
		}
		else {
			language.setReadOnly(true);
			expiryWarningDays.setReadOnly(true);
			email.setReadOnly(true);
			sms.setReadOnly(true);
		}
	}

	NotificationSettings settings() {
		return new NotificationSettings(language.getValue(), expiryWarningDays.getValue(), email.getValue(),
				sms.getValue());
	}

	/** Marks the fields the service refused. */
	void show(ApiProblem problem) {
		for (ApiProblem.FieldError error : problem.errors()) {
			if ("expiryWarningDays".equals(error.field())) {
				expiryWarningDays.setErrorMessage(error.message());
				expiryWarningDays.setInvalid(true);
			}
		}
	}

	Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
		return addListener(SaveEvent.class, listener);
	}

	static final class SaveEvent extends ComponentEvent<SettingsForm> {

		private final NotificationSettings settings;

		SaveEvent(SettingsForm source, NotificationSettings settings) {
			super(source, false);
			this.settings = settings;
		}

		NotificationSettings settings() {
			return settings;
		}
	}
}
