package ir.vafa.console.programs.editor;

import java.time.ZoneId;
import java.util.Arrays;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.shared.Registration;
import ir.vafa.console.i18n.Messages;
import ir.vafa.programs.TillSettings;
import ir.vafa.rules.PointRounding;

/** The program's name, currency, time zone and rounding; what a point pays at the till, how long a reservation holds. */
class SettingsForm extends FormLayout implements EditorSection {

	final TextField name = new TextField();
	final TextField currency = new TextField();
	final ComboBox<String> timezone = new ComboBox<>();
	final Select<PointRounding> rounding = new Select<>();
	final BigDecimalField pointValue = new BigDecimalField();
	final IntegerField reservationMinutes = new IntegerField();

	private final Messages messages;
	private final Checks checks;
	private final Binder<ProgramDraft> binder = new Binder<>();

	SettingsForm(Messages messages, Checks checks) {
		this.messages = messages;
		this.checks = checks;
		configureFields();
		bindFields();
		setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("32em", 2));
		add(name, currency, timezone, rounding, pointValue, reservationMinutes);
		setColspan(name, 2);
	}

	private void configureFields() {
		name.setLabel(messages.get("editor.name"));
		name.setId("edit-name");
		currency.setLabel(messages.get("editor.currency"));
		currency.setHelperText(messages.get("editor.currency.help"));
		currency.setAllowedCharPattern("[A-Za-z]");
		currency.setId("edit-currency");
		timezone.setLabel(messages.get("editor.timezone"));
		timezone.setItems(ZoneId.getAvailableZoneIds().stream().sorted().toList());
		timezone.setId("edit-timezone");
		rounding.setLabel(messages.get("editor.rounding"));
		rounding.setItems(Arrays.asList(PointRounding.values()));
		rounding.setItemLabelGenerator(r -> messages.get("program.rounding." + r));
		rounding.setId("edit-rounding");
		pointValue.setLabel(messages.get("editor.pointValue"));
		pointValue.setHelperText(messages.get("editor.pointValue.help"));
		pointValue.setId("edit-point-value");
		reservationMinutes.setLabel(messages.get("editor.reservationMinutes"));
		reservationMinutes.setHelperText(messages.get("editor.reservationMinutes.help"));
		reservationMinutes.setMin(1);
		reservationMinutes.setMax(TillSettings.MAX_RESERVATION_MINUTES);
		reservationMinutes.setId("edit-reservation-minutes");
	}

	private void bindFields() {
		binder.forField(name).asRequired(checks.requiredMessage()).withValidator(checks.maxLength(Checks.MAX_PROGRAM_NAME))
			.bind(ProgramDraft::getName, ProgramDraft::setName);
		binder.forField(currency).asRequired(checks.requiredMessage())
			.withConverter(text -> text.toUpperCase(java.util.Locale.ROOT), text -> text)
			.withValidator(text -> text.matches("[A-Z]{3}"), messages.get("validation.currency"))
			.bind(ProgramDraft::getCurrency, ProgramDraft::setCurrency);
		binder.forField(timezone).asRequired(checks.requiredMessage())
			.bind(ProgramDraft::getTimezone, ProgramDraft::setTimezone);
		binder.forField(rounding).asRequired(checks.requiredMessage())
			.bind(ProgramDraft::getRounding, ProgramDraft::setRounding);
		binder.forField(pointValue)
			.withValidator(v -> v == null || v.signum() > 0, messages.get("editor.pointValue.positive"))
			.bind(ProgramDraft::getPointValue, ProgramDraft::setPointValue);
		binder.forField(reservationMinutes)
			.withValidator(m -> m == null || m >= 1 && m <= TillSettings.MAX_RESERVATION_MINUTES,
					messages.get("editor.reservationMinutes.range"))
			.bind(ProgramDraft::getReservationMinutes, ProgramDraft::setReservationMinutes);
		binder.addValueChangeListener(e -> {
			if (e.isFromClient()) {
				fireEvent(new EditedEvent(this));
			}
		});
	}

	void edit(ProgramDraft draft) {
		binder.setBean(draft);
	}

	@Override
	public boolean validate() {
		return binder.validate().isOk();
	}

	@Override
	public void register(FieldPaths<Component> paths) {
		paths.put("name", name);
		paths.put("currency", currency);
		paths.put("timezone", timezone);
		paths.put("rounding", rounding);
		paths.put("redemption.pointValue", pointValue);
		paths.put("redemption.reservationMinutes", reservationMinutes);
	}

	@Override
	public void setReadOnly(boolean readOnly) {
		binder.setReadOnly(readOnly);
	}

	Registration addEditedListener(ComponentEventListener<EditedEvent> listener) {
		return addListener(EditedEvent.class, listener);
	}
}
