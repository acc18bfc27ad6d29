package ir.vafa.console.programs.versions;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.theme.lumo.LumoUtility;
import ir.vafa.console.i18n.LocalizedDateTimeField;
import ir.vafa.console.i18n.Messages;

/**
 * Publishes the saved draft now or from a time, typed as a wall-clock time in the program's time zone (in Persian as
 * a Jalali date). Fires {@link PublishEvent} with the instant, or none for now; refusals are shown in the dialog.
 */
public class PublishDialog extends Dialog {

	public enum When {
		NOW, AT
	}

	final RadioButtonGroup<When> when = new RadioButtonGroup<>();
	final LocalizedDateTimeField at;
	final Button confirm = new Button();
	final Button cancel = new Button();

	private final Messages messages;
	private final ZoneId zone;
	private final Clock clock;
	private final Paragraph refusal = new Paragraph();
	private final Binder<Choice> binder = new Binder<>();
	private final Choice choice = new Choice();

	public PublishDialog(Messages messages, ZoneId zone, Clock clock) {
		this.messages = messages;
		this.zone = zone;
		this.clock = clock;
		this.at = new LocalizedDateTimeField(messages, messages.get("publish.at", zone.getId()));
		setHeaderTitle(messages.get("publish.title"));
		setId("publish-dialog");
		configureFields();
		bindFields();
		refusal.setId("publish-refusal");
		refusal.addClassNames(LumoUtility.TextColor.ERROR);
		refusal.setVisible(false);
		add(when, at, refusal);
		configureButtons();
		setWidth("30rem");
	}

	private void configureFields() {
		when.setLabel(messages.get("publish.when"));
		when.setItems(List.of(When.values()));
		when.setItemLabelGenerator(w -> messages.get("publish.when." + w));
		when.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
		when.setId("publish-when");
		when.setValue(When.NOW);
		at.setId("publish-at");
		at.setVisible(false);
		when.addValueChangeListener(e -> at.setVisible(e.getValue() == When.AT));
	}

	private void bindFields() {
		binder.forField(at)
			.withValidator((time, context) -> time != null || when.getValue() != When.AT ? ValidationResult.ok()
					: ValidationResult.error(messages.get("validation.required")))
			.withValidator((time, context) -> time == null || when.getValue() != When.AT || instant(time).isAfter(clock.instant())
					? ValidationResult.ok() : ValidationResult.error(messages.get("validation.future")))
			.bind(Choice::getAt, Choice::setAt);
		binder.setBean(choice);
	}

	private void configureButtons() {
		confirm.setText(messages.get("publish.confirm"));
		confirm.setId("publish-confirm");
		confirm.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.SUCCESS);
		confirm.addClickListener(e -> confirm());
		cancel.setText(messages.get("common.cancel"));
		cancel.addClickListener(e -> close());
		getFooter().add(cancel, confirm);
	}

	private void confirm() {
		if (!binder.validate().isOk()) {
			return;
		}
		Instant activateAt = when.getValue() == When.AT ? instant(choice.getAt()) : null;
		fireEvent(new PublishEvent(this, activateAt));
	}

	/** The wall-clock time in the program's zone; minutes are all the field shows. */
	Instant instant(LocalDateTime time) {
		return time.truncatedTo(ChronoUnit.MINUTES).atZone(zone).toInstant();
	}

	public void showRefusal(String message) {
		refusal.setText(message);
		refusal.setVisible(true);
	}

	public Registration addPublishListener(ComponentEventListener<PublishEvent> listener) {
		return addListener(PublishEvent.class, listener);
	}

	/** Publish the draft; {@code activateAt} null means now. */
	public static final class PublishEvent extends ComponentEvent<PublishDialog> {

		private final Instant activateAt;

		PublishEvent(PublishDialog source, Instant activateAt) {
			super(source, false);
			this.activateAt = activateAt;
		}

		public Instant activateAt() {
			return activateAt;
		}
	}

	static final class Choice implements java.io.Serializable {

		private LocalDateTime at;

		LocalDateTime getAt() {
			return at;
		}

		void setAt(LocalDateTime at) {
			this.at = at;
		}
	}
}
