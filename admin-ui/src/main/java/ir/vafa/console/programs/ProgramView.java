package ir.vafa.console.programs;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import ir.vafa.console.i18n.Formats;
import ir.vafa.console.i18n.Messages;
import ir.vafa.console.layout.MainLayout;
import ir.vafa.console.programs.dryrun.DryRunForm;
import ir.vafa.console.programs.dryrun.DryRunInput;
import ir.vafa.console.programs.editor.ProgramDraft;
import ir.vafa.console.programs.editor.ProgramEditor;
import ir.vafa.console.programs.versions.PublishDialog;
import ir.vafa.console.programs.versions.VersionsPanel;
import ir.vafa.members.MemberView;
import ir.vafa.members.Members;
import ir.vafa.platform.ApiProblem;
import ir.vafa.programs.ProgramDefinition;
import ir.vafa.programs.Programs;
import ir.vafa.programs.PublishedProgram;
import ir.vafa.purchases.Purchases;
import ir.vafa.tenancy.Roles;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.beans.factory.annotation.Value;

/**
 * The tenant's loyalty program: the version serving purchases (read-only), the editor with a dry run beside it, and
 * the versions with rollback and the audit log. Admins and marketers edit, publish and roll back; analysts look and
 * try purchases. The parts fire events; this view calls the backend and shows what it answers.
 */
@Route(value = "program", layout = MainLayout.class)
@RolesAllowed({ Roles.TENANT_ADMIN, Roles.TENANT_MARKETER, Roles.TENANT_ANALYST })
public class ProgramView extends VerticalLayout implements HasDynamicTitle {

	static final int AUDIT_LIMIT = 30;

	private final Programs programs;
	private final Purchases purchases;
	private final Members members;
	private final AuthenticationContext authentication;
	private final Clock clock;
	/** Times before the program names its own zone (a first program). */
	private final ZoneId consoleZone;
	private final Messages messages;
	private final boolean mayEdit;
	private final CurrentProgram current;
	private final ProgramEditor editor;
	private final DryRunForm dryRun;
	private final VersionsPanel versions;
	private final TabSheet tabs = new TabSheet();

	public ProgramView(Programs programs, Purchases purchases, Members members, AuthenticationContext authentication,
			Clock clock, @Value("${vafa.console.time-zone:Asia/Tehran}") ZoneId consoleZone) {
		this.programs = programs;
		this.purchases = purchases;
		this.members = members;
		this.authentication = authentication;
		this.clock = clock;
		this.consoleZone = consoleZone;
		this.messages = Messages.of(getLocale());
		this.mayEdit = authentication.hasAnyRole(Roles.TENANT_ADMIN, Roles.TENANT_MARKETER);
		this.current = new CurrentProgram(messages);
		this.editor = new ProgramEditor(messages, mayEdit);
		this.dryRun = new DryRunForm(messages, clock);
		this.versions = new VersionsPanel(messages, formats(), mayEdit);
		setSizeFull();
		configureTabs();
		configureEditor();
		configureDryRun();
		configureVersions();
		add(new H2(messages.get("program.title")), tabs);
		refresh();
		loadWorkingCopy();
	}

	private void configureTabs() {
		tabs.setWidthFull();
		tab("program.tab.current", "program-tab-current", current);
		SplitLayout editing = new SplitLayout(editor, dryRun);
		editing.setSplitterPosition(58);
		editing.setWidthFull();
		editor.getStyle().set("padding-inline-end", "var(--lumo-space-m)");
		dryRun.getStyle().set("padding-inline-start", "var(--lumo-space-m)");
		tab("program.tab.editor", "program-tab-editor", editing);
		tab("program.tab.versions", "program-tab-versions", versions);
	}

	private void tab(String key, String id, Component content) {
		Tab tab = new Tab(messages.get(key));
		tab.setId(id);
		tabs.add(tab, content);
	}

	private void configureEditor() {
		editor.addSaveDraftListener(e -> saveDraft(e.definition())
			.ifPresent(valid -> notify(messages.get("editor.saved.notice"))));
		editor.addPublishRequestedListener(e -> saveDraft(e.definition()).filter(Boolean::booleanValue)
			.ifPresent(valid -> openPublishDialog()));
		editor.addDiscardDraftListener(e -> confirmDiscard());
	}

	private void configureDryRun() {
		dryRun.addRunListener(e -> runDryRun(e.input()));
	}

	private void configureVersions() {
		versions.addRollbackListener(e -> change(() -> programs.rollback(e.version(), actor()),
				messages.get("versions.rolledBack", e.version())));
		versions.addCancelScheduleListener(e -> change(() -> programs.cancelSchedule(actor()),
				messages.get("versions.scheduleCancelled")));
	}

	/** Reads the draft, or the version serving now, or nothing, into the editor. */
	private void loadWorkingCopy() {
		Optional<Programs.Draft> draft = programs.draft();
		Formats formats = formats();
		if (draft.isPresent()) {
			Programs.Draft d = draft.get();
			editor.edit(ProgramDraft.of(d.definition()), draftOrigin(d, formats), true);
			editor.showValidation(d.validation());
			editor.showChanges(programs.draftDiff());
			return;
		}
		editor.showChanges(null);
		programs.current().ifPresentOrElse(
				p -> editor.edit(ProgramDraft.of(p.definition()),
						messages.get(mayEdit ? "editor.origin.version" : "editor.origin.readOnly", p.version()), false),
				() -> editor.edit(ProgramDraft.blank(), messages.get("editor.origin.new"), false));
	}

	private String draftOrigin(Programs.Draft draft, Formats formats) {
		return messages.get(mayEdit ? "editor.origin.draft" : "editor.origin.draftReadOnly", draft.updatedBy(),
				formats.dateTime(draft.updatedAt()));
	}

	/** Saves the working copy as the draft; answers whether the server finds it valid, empty when refused. */
	private Optional<Boolean> saveDraft(ProgramDefinition definition) {
		Programs.Draft saved;
		try {
			saved = programs.saveDraft(definition, actor());
		}
		catch (ApiProblem problem) {
			editor.showRefusal(problem);
			return Optional.empty();
		}
		editor.saved(draftOrigin(saved, formats()), saved.validation());
		editor.showChanges(programs.draftDiff());
		refreshDryRunChoices();
		if (!saved.validation().valid()) {
			warn(messages.get("editor.saved.invalid", saved.validation().errors().size()));
		}
		return Optional.of(saved.validation().valid());
	}

	private void openPublishDialog() {
		PublishDialog dialog = new PublishDialog(messages, zone(), clock);
		dialog.addPublishListener(e -> {
			try {
				Programs.Publication publication = programs.publishDraft(e.activateAt(), actor());
				dialog.close();
				notify(e.activateAt() == null ? messages.get("publish.done.now", publication.program().version())
						: messages.get("publish.done.at", publication.program().version(),
								formats().dateTime(e.activateAt())));
				refresh();
				loadWorkingCopy();
			}
			catch (ApiProblem problem) {
				dialog.showRefusal(messages.get("common.refused", problem.getMessage()));
			}
		});
		dialog.open();
	}

	private void confirmDiscard() {
		ConfirmDialog confirm = new ConfirmDialog();
		confirm.setHeader(messages.get("editor.discard.title"));
		confirm.setText(messages.get("editor.discard.text"));
		confirm.setCancelable(true);
		confirm.setCancelText(messages.get("common.cancel"));
		confirm.setConfirmText(messages.get("editor.discard"));
		confirm.setConfirmButtonTheme("error primary");
		confirm.addConfirmListener(e -> change(() -> programs.discardDraft(actor()), messages.get("editor.discarded")));
		confirm.open();
	}

	private void change(Runnable change, String done) {
		try {
			change.run();
			notify(done);
		}
		catch (ApiProblem problem) {
			warn(messages.get("common.refused", problem.getMessage()));
		}
		refresh();
		loadWorkingCopy();
	}

	private void runDryRun(DryRunInput input) {
		UUID member = null;
		if (input.who() == DryRunInput.Who.CARD) {
			Optional<MemberView> found = members.lookup(input.card());
			if (found.isEmpty()) {
				dryRun.showRefusal(messages.get("members.notFound", input.card()));
				return;
			}
			member = found.get().id();
		}
		try {
			dryRun.showResult(purchases.dryRun(input.toRequest(currency(), member)));
		}
		catch (ApiProblem problem) {
			dryRun.showRefusal(messages.get("common.refused", problem.getMessage()));
		}
	}

	/** Reads what the tabs show of the published program: the version serving now, the versions and the log. */
	private void refresh() {
		Optional<PublishedProgram> live = programs.current();
		current.show(live.orElse(null));
		versions.show(formats(), programs.state(), programs.versions(), programs.audit(AUDIT_LIMIT, null));
		refreshDryRunChoices();
	}

	private void refreshDryRunChoices() {
		List<Integer> numbers = programs.versions().stream().map(PublishedProgram::version).toList();
		List<String> tiers = programs.current()
			.map(p -> p.tiers() == null ? List.<String>of() : p.tiers().levels().stream().map(l -> l.id()).toList())
			.orElse(List.of());
		dryRun.setChoices(programs.draft().isPresent(), numbers, programs.state().currentVersion(), tiers, zone());
	}

	private ZoneId zone() {
		return programs.current().map(p -> ZoneId.of(p.timezone())).orElse(consoleZone);
	}

	private String currency() {
		return programs.draft().map(d -> d.definition().currency())
			.or(() -> programs.current().map(PublishedProgram::currency)).orElse("IRR");
	}

	private Formats formats() {
		return new Formats(getLocale(), zone());
	}

	private String actor() {
		return authentication.getPrincipalName().orElseThrow();
	}

	private void notify(String text) {
		Notification notification = Notification.show(text, 4000, Notification.Position.BOTTOM_END);
		notification.addThemeVariants(NotificationVariant.SUCCESS);
	}

	private void warn(String text) {
		Notification notification = Notification.show(text, 6000, Notification.Position.MIDDLE);
		notification.addThemeVariants(NotificationVariant.ERROR);
	}

	@Override
	public String getPageTitle() {
		return messages.get("program.title");
	}
}
