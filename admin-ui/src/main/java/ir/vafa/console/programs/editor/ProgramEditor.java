package ir.vafa.console.programs.editor;

import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.theme.lumo.LumoUtility;
import ir.vafa.console.i18n.Messages;
import ir.vafa.platform.ApiProblem;
import ir.vafa.programs.ProgramChange;
import ir.vafa.programs.ProgramDefinition;
import ir.vafa.programs.ProgramValidation;

/**
 * The program editor: the working copy's settings, lifecycle, tier ladder and rules, each part a form of its own that
 * checks its fields in the user's language; what the server's validation says of the saved draft; and what the draft
 * changes against the live version. It calls no backend: it fires {@link SaveDraftEvent}, {@link DiscardDraftEvent}
 * and {@link PublishRequestedEvent} with a document that passed the forms' checks, and the view does the rest.
 * Read-only, it shows the document for those who may only look (and try purchases).
 */
public class ProgramEditor extends VerticalLayout {

	final SettingsForm settings;
	final LifecycleForm lifecycle;
	final LadderForm ladder;
	final RulesEditor rules;
	final Button save = new Button();
	final Button discard = new Button();
	final Button publish = new Button();

	private final Messages messages;
	private final Span origin = new Span();
	private final Span unsaved = new Span();
	private final Span formInvalid = new Span();
	private final Findings findings;
	private final ChangesGrid changes;
	private final Paragraph noChanges = new Paragraph();
	private final H3 changesTitle = new H3();
	private final FieldPaths<Component> paths = new FieldPaths<>();
	private final boolean editable;
	private ProgramDraft draft;

	public ProgramEditor(Messages messages, boolean editable) {
		this.messages = messages;
		this.editable = editable;
		Checks checks = new Checks(messages);
		settings = new SettingsForm(messages, checks);
		lifecycle = new LifecycleForm(messages, checks);
		ladder = new LadderForm(messages, checks);
		rules = new RulesEditor(messages, checks);
		findings = new Findings(messages);
		changes = new ChangesGrid(messages);
		setId("program-editor");
		setPadding(false);
		configureStatus();
		configureListeners();
		configureChanges();
		add(statusBar(), actions(), findings, new H3(messages.get("editor.section.settings")), settings,
				new H3(messages.get("editor.section.lifecycle")), lifecycle, new H3(messages.get("editor.section.tiers")),
				ladder, new H3(messages.get("editor.section.rules")), rules, changesTitle, noChanges, changes);
		setReadOnly(!editable);
	}

	private void configureStatus() {
		origin.setId("editor-origin");
		origin.addClassNames(LumoUtility.TextColor.SECONDARY);
		unsaved.setText(messages.get("editor.unsaved"));
		unsaved.setId("editor-unsaved");
		unsaved.getElement().getThemeList().add("badge contrast");
		unsaved.setVisible(false);
		formInvalid.setText(messages.get("editor.formInvalid"));
		formInvalid.setId("editor-form-invalid");
		formInvalid.addClassNames(LumoUtility.TextColor.ERROR);
		formInvalid.setVisible(false);
	}

	private Component statusBar() {
		HorizontalLayout bar = new HorizontalLayout(origin, unsaved);
		bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
		bar.setWrap(true);
		return bar;
	}

	private Component actions() {
		save.setText(messages.get("editor.save"));
		save.setIcon(VaadinIcon.CHECK.create());
		save.setId("editor-save");
		save.addThemeVariants(ButtonVariant.PRIMARY);
		save.addClickListener(e -> checkedDefinition().ifPresent(d -> fireEvent(new SaveDraftEvent(this, d))));
		publish.setText(messages.get("editor.publish"));
		publish.setIcon(VaadinIcon.UPLOAD.create());
		publish.setId("editor-publish");
		publish.addThemeVariants(ButtonVariant.SUCCESS);
		publish.addClickListener(e -> checkedDefinition().ifPresent(d -> fireEvent(new PublishRequestedEvent(this, d))));
		discard.setText(messages.get("editor.discard"));
		discard.setId("editor-discard");
		discard.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
		discard.addClickListener(e -> fireEvent(new DiscardDraftEvent(this)));
		HorizontalLayout actions = new HorizontalLayout(save, publish, discard, formInvalid);
		actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
		actions.setWrap(true);
		actions.setId("editor-actions");
		return actions;
	}

	private void configureListeners() {
		settings.addEditedListener(e -> edited());
		lifecycle.addEditedListener(e -> edited());
		ladder.addEditedListener(e -> edited());
		rules.addEditedListener(e -> edited());
		ladder.addTiersChangedListener(e -> {
			if (draft != null) {
				rules.setTierIds(draft.ladder().tierIds());
				registerPaths();
			}
		});
		rules.addStructureChangedListener(e -> registerPaths());
	}

	private void configureChanges() {
		changesTitle.setText(messages.get("editor.changes"));
		noChanges.setId("draft-no-changes");
		showChanges(null);
	}

	/** Starts editing the working copy; {@code originText} says where it came from (the draft, a version). */
	public void edit(ProgramDraft draft, String originText, boolean hasDraft) {
		this.draft = draft;
		settings.edit(draft);
		lifecycle.edit(draft.lifecycle());
		ladder.edit(draft.ladder());
		rules.edit(draft.rules(), draft.ladder().tierIds());
		setReadOnly(!editable);
		registerPaths();
		origin.setText(originText);
		unsaved.setVisible(false);
		formInvalid.setVisible(false);
		findings.clear();
		discard.setVisible(editable && hasDraft);
	}

	private void registerPaths() {
		paths.clear();
		settings.register(paths);
		lifecycle.register(paths);
		ladder.register(paths);
		rules.register(paths);
	}

	private void edited() {
		unsaved.setVisible(true);
	}

	/** The working copy as a document, when every form's checks pass; otherwise the fields at fault are marked. */
	public Optional<ProgramDefinition> checkedDefinition() {
		boolean valid = settings.validate();
		valid &= lifecycle.validate();
		valid &= ladder.validate();
		valid &= rules.validate();
		formInvalid.setVisible(!valid);
		return valid ? Optional.of(draft.toDefinition()) : Optional.empty();
	}

	/** What the server says of the saved draft; the working copy is now the draft. */
	public void saved(String originText, ProgramValidation validation) {
		origin.setText(originText);
		unsaved.setVisible(false);
		discard.setVisible(editable);
		showValidation(validation);
	}

	public void showValidation(ProgramValidation validation) {
		findings.show(validation.errors(), validation.warnings(), paths);
	}

	/** A refusal naming fields (a publish of a draft that is not valid) is shown like validation. */
	public void showRefusal(ApiProblem problem) {
		List<ApiProblem.FieldError> errors = problem.errors().isEmpty()
				? List.of(new ApiProblem.FieldError("", problem.getMessage())) : problem.errors();
		findings.show(errors, List.of(), paths);
	}

	/** The draft's changes against the live version; null while there is no draft. */
	public void showChanges(List<ProgramChange> list) {
		boolean any = list != null && !list.isEmpty();
		changesTitle.setVisible(list != null);
		noChanges.setVisible(list != null && !any);
		noChanges.setText(messages.get("editor.changes.none"));
		changes.setVisible(any);
		changes.show(list == null ? List.of() : list);
	}

	public boolean hasUnsavedChanges() {
		return unsaved.isVisible();
	}

	private void setReadOnly(boolean readOnly) {
		settings.setReadOnly(readOnly);
		lifecycle.setReadOnly(readOnly);
		ladder.setReadOnly(readOnly);
		rules.setReadOnly(readOnly);
		save.setVisible(!readOnly);
		publish.setVisible(!readOnly);
		discard.setVisible(!readOnly && discard.isVisible());
	}

	public Registration addSaveDraftListener(ComponentEventListener<SaveDraftEvent> listener) {
		return addListener(SaveDraftEvent.class, listener);
	}

	public Registration addDiscardDraftListener(ComponentEventListener<DiscardDraftEvent> listener) {
		return addListener(DiscardDraftEvent.class, listener);
	}

	public Registration addPublishRequestedListener(ComponentEventListener<PublishRequestedEvent> listener) {
		return addListener(PublishRequestedEvent.class, listener);
	}

	/** Save the working copy as the draft. */
	public static final class SaveDraftEvent extends ComponentEvent<ProgramEditor> {

		private final ProgramDefinition definition;

		SaveDraftEvent(ProgramEditor source, ProgramDefinition definition) {
			super(source, false);
			this.definition = definition;
		}

		public ProgramDefinition definition() {
			return definition;
		}
	}

	/** Save the working copy as the draft, then publish it (now or at a time, as the view asks). */
	public static final class PublishRequestedEvent extends ComponentEvent<ProgramEditor> {

		private final ProgramDefinition definition;

		PublishRequestedEvent(ProgramEditor source, ProgramDefinition definition) {
			super(source, false);
			this.definition = definition;
		}

		public ProgramDefinition definition() {
			return definition;
		}
	}

	public static final class DiscardDraftEvent extends ComponentEvent<ProgramEditor> {

		DiscardDraftEvent(ProgramEditor source) {
			super(source, false);
		}
	}
}
