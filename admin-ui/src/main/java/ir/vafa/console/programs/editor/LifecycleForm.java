package ir.vafa.console.programs.editor;

import java.util.Arrays;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.shared.Registration;
import ir.vafa.console.i18n.LocalizedNumbers;
import ir.vafa.console.i18n.Messages;
import ir.vafa.programs.CalendarSystem;
import ir.vafa.programs.Expiry;
import ir.vafa.programs.ReturnPolicy;
import ir.vafa.programs.UsedRewardReturn;

/**
 * What happens to points after they are earned: days pending, when they expire, what a return takes (of points,
 * and of a stamp card whose reward was used). Only the
 * fields of the chosen expiry are shown, and only they are checked.
 */
class LifecycleForm extends FormLayout implements EditorSection {

	static final int MAX_PENDING_DAYS = 365;
	static final int MAX_EXPIRY_MONTHS = 120;

	final TextField pendingDays = LocalizedNumbers.field(null);
	final Select<Expiry.Kind> expiryKind = new Select<>();
	final TextField expiryMonths = LocalizedNumbers.field(null);
	final Checkbox endOfMonth = new Checkbox();
	final Select<Expiry.Period> period = new Select<>();
	final Select<CalendarSystem> calendar = new Select<>();
	final Select<ReturnPolicy> returnPolicy = new Select<>();
	final Select<UsedRewardReturn> usedRewardReturn = new Select<>();

	private final Messages messages;
	private final Checks checks;
	private final Binder<LifecycleDraft> binder = new Binder<>();

	LifecycleForm(Messages messages, Checks checks) {
		this.messages = messages;
		this.checks = checks;
		configureFields();
		bindFields();
		setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("32em", 2));
		add(pendingDays, returnPolicy, usedRewardReturn, expiryKind, expiryMonths, endOfMonth, period, calendar);
		expiryKind.addValueChangeListener(e -> showExpiryFields());
		showExpiryFields();
	}

	private void configureFields() {
		pendingDays.setLabel(messages.get("editor.pendingDays"));
		pendingDays.setHelperText(messages.get("editor.pendingDays.help"));
		pendingDays.setPlaceholder(LocalizedNumbers.write(0, messages));
		pendingDays.setId("edit-pending-days");
		returnPolicy.setLabel(messages.get("editor.returnPolicy"));
		returnPolicy.setItems(Arrays.asList(ReturnPolicy.values()));
		returnPolicy.setItemLabelGenerator(p -> messages.get("editor.returnPolicy." + p));
		returnPolicy.setId("edit-return-policy");
		usedRewardReturn.setLabel(messages.get("editor.usedRewardReturn"));
		usedRewardReturn.setItems(Arrays.asList(UsedRewardReturn.values()));
		usedRewardReturn.setItemLabelGenerator(p -> messages.get("editor.usedRewardReturn." + p));
		usedRewardReturn.setHelperText(messages.get("editor.usedRewardReturn.help"));
		usedRewardReturn.setId("edit-used-reward-return");
		expiryKind.setLabel(messages.get("editor.expiry"));
		expiryKind.setItems(Arrays.asList(Expiry.Kind.values()));
		expiryKind.setItemLabelGenerator(k -> messages.get("editor.expiry." + k));
		expiryKind.setId("edit-expiry-kind");
		expiryMonths.setLabel(messages.get("editor.expiry.months"));
		expiryMonths.setId("edit-expiry-months");
		endOfMonth.setLabel(messages.get("editor.expiry.endOfMonth"));
		endOfMonth.setId("edit-expiry-end-of-month");
		period.setLabel(messages.get("editor.expiry.period"));
		period.setItems(Arrays.asList(Expiry.Period.values()));
		period.setItemLabelGenerator(p -> messages.get("editor.expiry.period." + p));
		period.setId("edit-expiry-period");
		calendar.setLabel(messages.get("editor.calendar"));
		calendar.setItems(Arrays.asList(CalendarSystem.values()));
		calendar.setItemLabelGenerator(c -> messages.get("editor.calendar." + c));
		calendar.setId("edit-expiry-calendar");
	}

	private void bindFields() {
		// Left empty, points are pending for no days, as a document without the field says.
		binder.forField(pendingDays).withConverter(LocalizedNumbers.integer(messages))
			.withValidator(checks.between(0, MAX_PENDING_DAYS))
			.bind(LifecycleDraft::getPendingDays, LifecycleDraft::setPendingDays);
		// Left out, the policy is the backend's default: shown as that, and stored as left out until changed.
		binder.forField(returnPolicy).withConverter(p -> p, p -> p == null ? LifecycleDraft.DEFAULT_RETURN_POLICY : p)
			.bind(LifecycleDraft::getReturnPolicy, LifecycleDraft::setReturnPolicy);
		binder.forField(usedRewardReturn)
			.withConverter(p -> p, p -> p == null ? LifecycleDraft.DEFAULT_USED_REWARD_RETURN : p)
			.bind(LifecycleDraft::getUsedRewardReturn, LifecycleDraft::setUsedRewardReturn);
		binder.forField(expiryKind).asRequired(checks.requiredMessage())
			.bind(LifecycleDraft::getExpiryKind, LifecycleDraft::setExpiryKind);
		binder.forField(expiryMonths).withConverter(LocalizedNumbers.integer(messages))
			.withValidator((months, context) -> months != null || !rolling() ? ok() : required())
			.withValidator(checks.between(1, MAX_EXPIRY_MONTHS))
			.bind(LifecycleDraft::getExpiryMonths, LifecycleDraft::setExpiryMonths);
		binder.forField(endOfMonth).bind(LifecycleDraft::getEndOfMonth, LifecycleDraft::setEndOfMonth);
		binder.forField(period)
			.withValidator((chosen, context) -> chosen != null || !calendarKind() ? ok() : required())
			.bind(LifecycleDraft::getPeriod, LifecycleDraft::setPeriod);
		binder.forField(calendar).withConverter(c -> c, c -> c == null ? CalendarSystem.GREGORIAN : c)
			.bind(LifecycleDraft::getCalendar, LifecycleDraft::setCalendar);
		binder.addValueChangeListener(e -> {
			if (e.isFromClient()) {
				fireEvent(new EditedEvent(this));
			}
		});
	}

	private boolean rolling() {
		return expiryKind.getValue() == Expiry.Kind.ROLLING;
	}

	private boolean calendarKind() {
		return expiryKind.getValue() == Expiry.Kind.CALENDAR;
	}

	private static com.vaadin.flow.data.binder.ValidationResult ok() {
		return com.vaadin.flow.data.binder.ValidationResult.ok();
	}

	private com.vaadin.flow.data.binder.ValidationResult required() {
		return com.vaadin.flow.data.binder.ValidationResult.error(checks.requiredMessage());
	}

	private void showExpiryFields() {
		expiryMonths.setVisible(rolling());
		endOfMonth.setVisible(rolling());
		period.setVisible(calendarKind());
		calendar.setVisible(calendarKind());
	}

	void edit(LifecycleDraft draft) {
		binder.setBean(draft);
		showExpiryFields();
	}

	@Override
	public boolean validate() {
		return binder.validate().isOk();
	}

	@Override
	public void register(FieldPaths<Component> paths) {
		paths.put("lifecycle", pendingDays);
		paths.put("lifecycle.pendingDays", pendingDays);
		paths.put("lifecycle.returnPolicy", returnPolicy);
		paths.put("lifecycle.usedRewardReturn", usedRewardReturn);
		paths.put("lifecycle.expiry", expiryKind);
		paths.put("lifecycle.expiry.months", expiryMonths);
		paths.put("lifecycle.expiry.endOfMonth", endOfMonth);
		paths.put("lifecycle.expiry.period", period);
		paths.put("lifecycle.expiry.calendar", calendar);
	}

	@Override
	public void setReadOnly(boolean readOnly) {
		binder.setReadOnly(readOnly);
	}

	Registration addEditedListener(ComponentEventListener<EditedEvent> listener) {
		return addListener(EditedEvent.class, listener);
	}
}
