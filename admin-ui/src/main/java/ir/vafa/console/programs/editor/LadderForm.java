package ir.vafa.console.programs.editor;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.shared.Registration;
import ir.vafa.console.i18n.LocalizedNumbers;
import ir.vafa.console.i18n.Messages;
import ir.vafa.programs.CalendarSystem;
import ir.vafa.programs.TierLadder.Qualification;

/**
 * The tier ladder: whether there is one, what members qualify on and over which window, the grace period, and the
 * tiers lowest first. Fires {@link TiersChangedEvent} when the tiers rules may be limited to change.
 */
class LadderForm extends VerticalLayout implements EditorSection {

	static final int MAX_WINDOW_MONTHS = 36;
	static final int MAX_GRACE_DAYS = 365;

	final Checkbox enabled = new Checkbox();
	final Select<Qualification.Metric> metric = new Select<>();
	final Select<Qualification.Window> window = new Select<>();
	final TextField months = LocalizedNumbers.field(null);
	final Select<CalendarSystem> calendar = new Select<>();
	final TextField graceDays = LocalizedNumbers.field(null);
	final Button addTier = new Button();

	private final Messages messages;
	private final Checks checks;
	private final Binder<LadderDraft> binder = new Binder<>();
	private final FormLayout qualification = new FormLayout();
	private final VerticalLayout levels = new VerticalLayout();
	private final List<LevelRow> rows = new ArrayList<>();
	private LadderDraft ladder;
	private boolean readOnly;

	LadderForm(Messages messages, Checks checks) {
		this.messages = messages;
		this.checks = checks;
		configureFields();
		bindFields();
		setPadding(false);
		qualification.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
		qualification.add(metric, window, months, calendar, graceDays);
		levels.setPadding(false);
		levels.setSpacing(false);
		levels.setId("tier-levels");
		add(enabled, qualification, levels, addTier);
	}

	private void configureFields() {
		enabled.setLabel(messages.get("editor.tiers.enabled"));
		enabled.setId("edit-tiers-enabled");
		metric.setLabel(messages.get("editor.tiers.metric"));
		metric.setItems(Arrays.asList(Qualification.Metric.values()));
		metric.setItemLabelGenerator(m -> messages.get("editor.tiers.metric." + m));
		metric.setId("edit-tiers-metric");
		window.setLabel(messages.get("editor.tiers.window"));
		window.setItems(Arrays.asList(Qualification.Window.values()));
		window.setItemLabelGenerator(w -> messages.get("editor.tiers.window." + w));
		window.setId("edit-tiers-window");
		months.setLabel(messages.get("editor.tiers.months"));
		months.setId("edit-tiers-months");
		calendar.setLabel(messages.get("editor.calendar"));
		calendar.setItems(Arrays.asList(CalendarSystem.values()));
		calendar.setItemLabelGenerator(c -> messages.get("editor.calendar." + c));
		calendar.setId("edit-tiers-calendar");
		graceDays.setLabel(messages.get("editor.tiers.grace"));
		graceDays.setId("edit-tiers-grace");
		addTier.setText(messages.get("editor.tier.add"));
		addTier.setIcon(VaadinIcon.PLUS.create());
		addTier.addThemeVariants(ButtonVariant.TERTIARY);
		addTier.setId("tier-add");
		addTier.addClickListener(e -> addLevel());
		enabled.addValueChangeListener(e -> {
			showFields();
			fireEvent(new TiersChangedEvent(this));
		});
		window.addValueChangeListener(e -> showFields());
	}

	private void bindFields() {
		binder.forField(enabled).bind(LadderDraft::isEnabled, LadderDraft::setEnabled);
		binder.forField(metric).withValidator((m, c) -> m != null || !on() ? ValidationResult.ok() : required())
			.bind(LadderDraft::getMetric, LadderDraft::setMetric);
		binder.forField(window).withValidator((w, c) -> w != null || !on() ? ValidationResult.ok() : required())
			.bind(LadderDraft::getWindow, LadderDraft::setWindow);
		binder.forField(months).withConverter(LocalizedNumbers.integer(messages))
			.withValidator((m, c) -> m != null || !on() || !rolling() ? ValidationResult.ok() : required())
			.withValidator(checks.between(1, MAX_WINDOW_MONTHS))
			.bind(LadderDraft::getMonths, LadderDraft::setMonths);
		binder.forField(calendar).withConverter(c -> c, c -> c == null ? CalendarSystem.GREGORIAN : c)
			.bind(LadderDraft::getCalendar, LadderDraft::setCalendar);
		binder.forField(graceDays).withConverter(LocalizedNumbers.integer(messages))
			.withValidator(checks.between(0, MAX_GRACE_DAYS))
			.bind(LadderDraft::getGracePeriodDays, LadderDraft::setGracePeriodDays);
		binder.addValueChangeListener(e -> {
			if (e.isFromClient()) {
				fireEvent(new EditedEvent(this));
			}
		});
	}

	private ValidationResult required() {
		return ValidationResult.error(checks.requiredMessage());
	}

	private boolean on() {
		return enabled.getValue();
	}

	private boolean rolling() {
		return window.getValue() == Qualification.Window.ROLLING;
	}

	private void showFields() {
		qualification.setVisible(on());
		levels.setVisible(on());
		addTier.setVisible(on() && !readOnly);
		months.setVisible(rolling());
		calendar.setVisible(window.getValue() == Qualification.Window.CALENDAR_YEAR);
	}

	void edit(LadderDraft draft) {
		this.ladder = draft;
		binder.setBean(draft);
		rows.clear();
		levels.removeAll();
		draft.levels().forEach(this::addRow);
		renumber();
		showFields();
	}

	LadderDraft ladder() {
		return ladder;
	}

	private void addLevel() {
		BigDecimal top = ladder.levels().isEmpty() ? null : ladder.levels().getLast().getThreshold();
		LevelDraft level = LevelDraft.newLevel(freeId(), top == null ? BigDecimal.ZERO : top.add(BigDecimal.ONE));
		ladder.levels().add(level);
		addRow(level);
		renumber();
		fireEvent(new TiersChangedEvent(this));
		fireEvent(new EditedEvent(this));
	}

	private String freeId() {
		for (int n = ladder.levels().size() + 1;; n++) {
			String id = "tier-" + n;
			if (ladder.levels().stream().noneMatch(l -> id.equals(l.getId()))) {
				return id;
			}
		}
	}

	private void addRow(LevelDraft level) {
		LevelRow[] self = new LevelRow[1];
		LevelRow row = new LevelRow(messages, checks, level, () -> rows.indexOf(self[0]),
				() -> previousThreshold(self[0]), () -> otherIds(self[0]));
		self[0] = row;
		row.binder().addValueChangeListener(e -> {
			if (e.isFromClient()) {
				if (e.getHasValue() == row.id) {
					fireEvent(new TiersChangedEvent(this));
				}
				fireEvent(new EditedEvent(this));
			}
		});
		row.remove.addClickListener(e -> removeRow(row));
		row.setReadOnly(readOnly);
		rows.add(row);
		levels.add(row);
	}

	private BigDecimal previousThreshold(LevelRow row) {
		int at = rows.indexOf(row);
		return at <= 0 ? null : rows.get(at - 1).level().getThreshold();
	}

	private Collection<String> otherIds(LevelRow row) {
		return rows.stream().filter(r -> r != row).map(r -> r.level().getId()).toList();
	}

	private void removeRow(LevelRow row) {
		if (rows.size() == 1) {
			return;
		}
		rows.remove(row);
		ladder.levels().remove(row.level());
		levels.remove(row);
		renumber();
		fireEvent(new TiersChangedEvent(this));
		fireEvent(new EditedEvent(this));
	}

	private void renumber() {
		for (int i = 0; i < rows.size(); i++) {
			rows.get(i).setIds(i);
		}
	}

	@Override
	public boolean validate() {
		boolean valid = binder.validate().isOk();
		if (!on()) {
			return valid;
		}
		for (LevelRow row : rows) {
			valid &= row.validate();
		}
		return valid;
	}

	@Override
	public void register(FieldPaths<Component> paths) {
		paths.put("tiers", enabled);
		paths.put("tiers.qualification", metric);
		paths.put("tiers.qualification.metric", metric);
		paths.put("tiers.qualification.window", window);
		paths.put("tiers.qualification.months", months);
		paths.put("tiers.qualification.calendar", calendar);
		paths.put("tiers.gracePeriodDays", graceDays);
		paths.put("tiers.levels", addTier);
		for (int i = 0; i < rows.size(); i++) {
			rows.get(i).register(paths, i);
		}
	}

	@Override
	public void setReadOnly(boolean readOnly) {
		this.readOnly = readOnly;
		binder.setReadOnly(readOnly);
		rows.forEach(row -> row.setReadOnly(readOnly));
		showFields();
	}

	Registration addEditedListener(ComponentEventListener<EditedEvent> listener) {
		return addListener(EditedEvent.class, listener);
	}

	Registration addTiersChangedListener(ComponentEventListener<TiersChangedEvent> listener) {
		return addListener(TiersChangedEvent.class, listener);
	}

	/** The ladder was switched on or off, or a tier added, removed or renamed. */
	static final class TiersChangedEvent extends com.vaadin.flow.component.ComponentEvent<LadderForm> {

		TiersChangedEvent(LadderForm source) {
			super(source, false);
		}
	}
}
