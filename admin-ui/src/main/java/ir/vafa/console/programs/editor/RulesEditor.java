package ir.vafa.console.programs.editor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.shared.Registration;
import ir.vafa.console.i18n.Messages;

/**
 * The program's rules, in order: a form for each, buttons to add one of each kind, move and remove. Rules are kept
 * in the working copy; the forms are drawn again from it after a move, a removal or a change of the ladder's tiers,
 * so that ids and JSON paths always follow the rules' positions.
 */
class RulesEditor extends VerticalLayout implements EditorSection {

	private final Messages messages;
	private final Checks checks;
	private final VerticalLayout forms = new VerticalLayout();
	private final HorizontalLayout adders = new HorizontalLayout();
	private final List<RuleForm> ruleForms = new ArrayList<>();
	private List<RuleDraft> rules = new ArrayList<>();
	private List<String> tierIds = List.of();
	private boolean readOnly;

	RulesEditor(Messages messages, Checks checks) {
		this.messages = messages;
		this.checks = checks;
		setPadding(false);
		forms.setPadding(false);
		forms.setSpacing(false);
		forms.setId("rule-forms");
		for (RuleKind kind : RuleKind.values()) {
			Button add = new Button(messages.get("rules.kind." + kind.key()), VaadinIcon.PLUS.create(), e -> add(kind));
			add.addThemeVariants(ButtonVariant.TERTIARY);
			add.setId("rule-add-" + kind.key());
			adders.add(add);
		}
		adders.setWrap(true);
		add(forms, adders);
	}

	void edit(List<RuleDraft> rules, List<String> tierIds) {
		this.rules = rules;
		this.tierIds = tierIds;
		redraw();
	}

	void setTierIds(List<String> tierIds) {
		if (!tierIds.equals(this.tierIds)) {
			this.tierIds = tierIds;
			redraw();
		}
	}

	private void redraw() {
		ruleForms.clear();
		forms.removeAll();
		if (rules.isEmpty()) {
			forms.add(new Paragraph(messages.get("editor.rules.none")));
		}
		for (int i = 0; i < rules.size(); i++) {
			RuleForm form = form(rules.get(i));
			form.setIds(i);
			form.up.setEnabled(i > 0);
			form.down.setEnabled(i < rules.size() - 1);
			ruleForms.add(form);
			forms.add(form);
		}
	}

	private RuleForm form(RuleDraft rule) {
		RuleForm form = new RuleForm(messages, checks, rule, tierIds, () -> otherIds(rule), () -> otherCards(rule));
		form.binder().addValueChangeListener(e -> {
			if (e.isFromClient()) {
				fireEvent(new EditedEvent(this));
			}
		});
		form.up.addClickListener(e -> move(rule, -1));
		form.down.addClickListener(e -> move(rule, 1));
		form.remove.addClickListener(e -> remove(rule));
		form.setReadOnly(readOnly);
		return form;
	}

	private Collection<String> otherIds(RuleDraft rule) {
		return rules.stream().filter(r -> r != rule).map(RuleDraft::getId).toList();
	}

	private Collection<String> otherCards(RuleDraft rule) {
		return rules.stream().filter(r -> r != rule && r.kind() == RuleKind.STAMP).map(RuleDraft::getCardId).toList();
	}

	private void add(RuleKind kind) {
		rules.add(RuleDraft.newRule(kind, freeId(kind)));
		changed();
	}

	private String freeId(RuleKind kind) {
		String base = kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
		for (int n = 1;; n++) {
			String id = base + "-" + n;
			if (rules.stream().noneMatch(r -> id.equals(r.getId()))) {
				return id;
			}
		}
	}

	private void move(RuleDraft rule, int by) {
		int at = rules.indexOf(rule);
		int to = at + by;
		if (at < 0 || to < 0 || to >= rules.size()) {
			return;
		}
		rules.remove(at);
		rules.add(to, rule);
		changed();
	}

	private void remove(RuleDraft rule) {
		rules.remove(rule);
		changed();
	}

	private void changed() {
		redraw();
		fireEvent(new EditedEvent(this));
		fireEvent(new StructureChangedEvent(this));
	}

	List<RuleForm> forms() {
		return ruleForms;
	}

	@Override
	public boolean validate() {
		boolean valid = true;
		for (RuleForm form : ruleForms) {
			valid &= form.validate();
		}
		return valid;
	}

	@Override
	public void register(FieldPaths<Component> paths) {
		paths.put("rules", adders);
		for (int i = 0; i < ruleForms.size(); i++) {
			ruleForms.get(i).register(paths, i);
		}
	}

	@Override
	public void setReadOnly(boolean readOnly) {
		this.readOnly = readOnly;
		adders.setVisible(!readOnly);
		ruleForms.forEach(form -> form.setReadOnly(readOnly));
	}

	Registration addEditedListener(ComponentEventListener<EditedEvent> listener) {
		return addListener(EditedEvent.class, listener);
	}

	Registration addStructureChangedListener(ComponentEventListener<StructureChangedEvent> listener) {
		return addListener(StructureChangedEvent.class, listener);
	}

	/** Rules were added, moved or removed: their JSON paths changed. */
	static final class StructureChangedEvent extends com.vaadin.flow.component.ComponentEvent<RulesEditor> {

		StructureChangedEvent(RulesEditor source) {
			super(source, false);
		}
	}
}
