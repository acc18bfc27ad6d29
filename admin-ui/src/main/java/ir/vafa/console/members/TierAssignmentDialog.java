package ir.vafa.console.members;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.theme.lumo.LumoUtility;
import ir.vafa.console.i18n.LocalizedDateField;
import ir.vafa.console.i18n.Messages;
import ir.vafa.programs.TierLadder;

/**
 * An admin's placement of a member in a tier, until a day (inclusive, in the program's time zone), with a reason.
 * Fires {@link AssignEvent}; the view places the member and shows a refusal here.
 */
class TierAssignmentDialog extends Dialog {

	static final int MAX_REASON = 500;

	final Select<TierLadder.Level> tier = new Select<>();
	final LocalizedDateField until;
	final TextArea reason = new TextArea();
	final Button save = new Button();

	private final Messages messages;
	private final ZoneId zone;
	private final Clock clock;
	private final Paragraph refusal = new Paragraph();
	private final Binder<Placement> binder = new Binder<>();
	private final Placement placement = new Placement();

	TierAssignmentDialog(Messages messages, TierLadder ladder, TierTexts texts, ZoneId zone, Clock clock) {
		this.messages = messages;
		this.zone = zone;
		this.clock = clock;
		this.until = new LocalizedDateField(messages, messages.get("tier.assign.until"));
		setHeaderTitle(messages.get("tier.assign.title"));
		setId("tier-assign-dialog");
		tier.setLabel(messages.get("tier.assign.tier"));
		tier.setItems(ladder.levels());
		tier.setItemLabelGenerator(level -> texts.name(level.name()));
		tier.setId("tier-assign-tier");
		until.setId("tier-assign-until");
		until.setHelperText(messages.get("tier.assign.until.help"));
		reason.setLabel(messages.get("tier.assign.reason"));
		reason.setMaxLength(MAX_REASON);
		reason.setId("tier-assign-reason");
		refusal.setId("tier-assign-refusal");
		refusal.addClassNames(LumoUtility.TextColor.ERROR);
		refusal.setVisible(false);
		bindFields();
		FormLayout form = new FormLayout(tier, until, reason);
		form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
		add(form, refusal);
		configureButtons();
		setWidth("28rem");
	}

	private void bindFields() {
		String required = messages.get("validation.required");
		binder.forField(tier).asRequired(required).bind(Placement::getTier, Placement::setTier);
		binder.forField(until).asRequired(required)
			.withValidator(day -> !day.isBefore(LocalDate.now(clock.withZone(zone))), messages.get("tier.assign.until.past"))
			.bind(Placement::getUntil, Placement::setUntil);
		binder.forField(reason).asRequired(required)
			.bind(Placement::getReason, Placement::setReason);
		binder.setBean(placement);
	}

	private void configureButtons() {
		save.setText(messages.get("tier.assign.save"));
		save.setId("tier-assign-save");
		save.addThemeVariants(ButtonVariant.PRIMARY);
		save.addClickListener(e -> {
			if (binder.validate().isOk()) {
				fireEvent(new AssignEvent(this, placement.getTier().id(), endOf(placement.getUntil()),
						placement.getReason().strip()));
			}
		});
		Button cancel = new Button(messages.get("common.cancel"), e -> close());
		getFooter().add(cancel, save);
	}

	/** The placement holds through the day chosen: it ends as the next day starts in the program's zone. */
	Instant endOf(LocalDate day) {
		return day.plusDays(1).atStartOfDay(zone).toInstant();
	}

	void showRefusal(String message) {
		refusal.setText(message);
		refusal.setVisible(true);
	}

	Registration addAssignListener(ComponentEventListener<AssignEvent> listener) {
		return addListener(AssignEvent.class, listener);
	}

	static final class AssignEvent extends ComponentEvent<TierAssignmentDialog> {

		private final String tierId;
		private final Instant until;
		private final String reason;

		AssignEvent(TierAssignmentDialog source, String tierId, Instant until, String reason) {
			super(source, false);
			this.tierId = tierId;
			this.until = until;
			this.reason = reason;
		}

		String tierId() {
			return tierId;
		}

		Instant until() {
			return until;
		}

		String reason() {
			return reason;
		}
	}

	static final class Placement implements java.io.Serializable {

		private TierLadder.Level tier;
		private LocalDate until;
		private String reason = "";

		TierLadder.Level getTier() {
			return tier;
		}

		void setTier(TierLadder.Level tier) {
			this.tier = tier;
		}

		LocalDate getUntil() {
			return until;
		}

		void setUntil(LocalDate until) {
			this.until = until;
		}

		String getReason() {
			return reason;
		}

		void setReason(String reason) {
			this.reason = reason;
		}
	}
}
