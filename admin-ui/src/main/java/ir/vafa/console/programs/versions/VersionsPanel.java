package ir.vafa.console.programs.versions;

import java.util.List;
import java.util.Objects;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.shared.Registration;
import ir.vafa.console.i18n.Formats;
import ir.vafa.console.i18n.Messages;
import ir.vafa.programs.ProgramAudit;
import ir.vafa.programs.ProgramState;
import ir.vafa.programs.PublishedProgram;

/**
 * The published versions, newest first, with the one serving purchases and the one scheduled; rolling back to an
 * earlier version and cancelling a schedule (fired as events, after a confirmation); and the audit log.
 */
public class VersionsPanel extends VerticalLayout {

	private final Messages messages;
	private final boolean mayChange;
	private final Span serving = new Span();
	private final Span scheduled = new Span();
	private final Button cancelSchedule = new Button();
	private final Grid<PublishedProgram> versions = new Grid<>();
	private final Grid<ProgramAudit> audit = new Grid<>();
	private Formats formats;
	private ProgramState state = ProgramState.NONE;

	public VersionsPanel(Messages messages, Formats formats, boolean mayChange) {
		this.messages = messages;
		this.formats = formats;
		this.mayChange = mayChange;
		setPadding(false);
		setId("versions-panel");
		configureState();
		configureVersions();
		configureAudit();
		add(stateBar(), versions, new H3(messages.get("versions.audit")), audit);
	}

	private void configureState() {
		serving.setId("program-state");
		scheduled.setId("program-scheduled");
		cancelSchedule.setText(messages.get("versions.cancelSchedule"));
		cancelSchedule.setId("schedule-cancel");
		cancelSchedule.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.TERTIARY);
		cancelSchedule.addClickListener(e -> confirm(messages.get("versions.cancelSchedule.title"),
				messages.get("versions.cancelSchedule.text", state.scheduledVersion()), messages.get("versions.cancelSchedule"),
				"schedule-cancel-confirm", () -> fireEvent(new CancelScheduleEvent(this))));
	}

	private Component stateBar() {
		HorizontalLayout bar = new HorizontalLayout(serving, scheduled, cancelSchedule);
		bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
		bar.setWrap(true);
		return bar;
	}

	private void configureVersions() {
		versions.setId("versions-grid");
		versions.addThemeVariants(GridVariant.WRAP_CELL_CONTENT);
		versions.addColumn(p -> formats.number(p.version())).setHeader(messages.get("versions.version")).setAutoWidth(true)
			.setFlexGrow(0);
		versions.addColumn(PublishedProgram::name).setHeader(messages.get("versions.name")).setFlexGrow(1);
		versions.addColumn(p -> formats.dateTime(p.publishedAt())).setHeader(messages.get("versions.published"))
			.setAutoWidth(true);
		versions.addColumn(PublishedProgram::publishedBy).setHeader(messages.get("versions.by")).setAutoWidth(true);
		versions.addComponentColumn(this::status).setHeader(messages.get("versions.status")).setAutoWidth(true);
		if (mayChange) {
			versions.addComponentColumn(this::rollbackButton).setAutoWidth(true).setFlexGrow(0);
		}
		versions.setAllRowsVisible(true);
	}

	private Component status(PublishedProgram program) {
		Span badge = new Span();
		if (Objects.equals(state.currentVersion(), program.version())) {
			badge.setText(messages.get("versions.status.live"));
			badge.getElement().getThemeList().add("badge success");
		}
		else if (Objects.equals(state.scheduledVersion(), program.version())) {
			badge.setText(messages.get("versions.status.scheduled", formats.dateTime(state.scheduledAt())));
			badge.getElement().getThemeList().add("badge");
		}
		badge.setId("version-status-" + program.version());
		return badge;
	}

	private Component rollbackButton(PublishedProgram program) {
		Button rollback = new Button(messages.get("versions.rollback"));
		rollback.setId("rollback-" + program.version());
		rollback.addThemeVariants(ButtonVariant.SMALL);
		rollback.setVisible(!Objects.equals(state.currentVersion(), program.version()));
		rollback.addClickListener(e -> confirm(messages.get("versions.rollback.title", program.version()),
				messages.get("versions.rollback.text", program.version()), messages.get("versions.rollback"),
				"rollback-confirm", () -> fireEvent(new RollbackEvent(this, program.version()))));
		return rollback;
	}

	private void configureAudit() {
		audit.setId("audit-grid");
		audit.addThemeVariants(GridVariant.WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
		audit.addColumn(a -> formats.dateTime(a.at())).setHeader(messages.get("versions.audit.at")).setAutoWidth(true);
		audit.addColumn(ProgramAudit::actor).setHeader(messages.get("versions.audit.actor")).setAutoWidth(true);
		audit.addColumn(a -> messages.get("versions.audit.action." + a.action())).setHeader(messages.get("versions.audit.action"))
			.setAutoWidth(true);
		audit.addColumn(this::auditDetail).setHeader(messages.get("versions.audit.detail")).setFlexGrow(1);
		audit.setAllRowsVisible(true);
	}

	private String auditDetail(ProgramAudit entry) {
		String version = entry.version() == null ? "" : messages.get("versions.audit.version", entry.version());
		String from = entry.fromVersion() == null ? "" : messages.get("versions.audit.from", entry.fromVersion());
		String when = entry.activateAt() == null ? "" : messages.get("versions.audit.activateAt",
				formats.dateTime(entry.activateAt()));
		String changes = entry.changes() == null || entry.changes().isEmpty() ? ""
				: messages.get("versions.audit.changes", entry.changes().size());
		return String.join(" ", List.of(version, from, when, changes)).strip().replaceAll(" +", " ");
	}

	private void confirm(String title, String text, String action, String id, Runnable confirmed) {
		ConfirmDialog dialog = new ConfirmDialog();
		dialog.setHeader(title);
		dialog.setText(text);
		dialog.setCancelable(true);
		dialog.setCancelText(messages.get("common.cancel"));
		Button confirm = new Button(action, e -> {
			dialog.close();
			confirmed.run();
		});
		confirm.setId(id);
		confirm.addThemeVariants(ButtonVariant.PRIMARY);
		dialog.setConfirmButton(confirm);
		dialog.open();
	}

	/** Shows the program's versions in the program's time zone. */
	public void show(Formats formats, ProgramState state, List<PublishedProgram> published, List<ProgramAudit> log) {
		this.formats = formats;
		this.state = state;
		serving.setText(state.currentVersion() == null ? messages.get("versions.state.none")
				: messages.get("versions.state.current", state.currentVersion()));
		boolean anyScheduled = state.scheduledVersion() != null;
		scheduled.setVisible(anyScheduled);
		scheduled.setText(anyScheduled ? messages.get("versions.state.scheduled", state.scheduledVersion(),
				formats.dateTime(state.scheduledAt())) : "");
		cancelSchedule.setVisible(anyScheduled && mayChange);
		versions.setItems(published);
		audit.setItems(log);
	}

	public Registration addRollbackListener(ComponentEventListener<RollbackEvent> listener) {
		return addListener(RollbackEvent.class, listener);
	}

	public Registration addCancelScheduleListener(ComponentEventListener<CancelScheduleEvent> listener) {
		return addListener(CancelScheduleEvent.class, listener);
	}

	/** Make {@code version} serve purchases again, at once. */
	public static final class RollbackEvent extends ComponentEvent<VersionsPanel> {

		private final int version;

		RollbackEvent(VersionsPanel source, int version) {
			super(source, false);
			this.version = version;
		}

		public int version() {
			return version;
		}
	}

	public static final class CancelScheduleEvent extends ComponentEvent<VersionsPanel> {

		CancelScheduleEvent(VersionsPanel source) {
			super(source, false);
		}
	}
}
