package ir.vafa.console.programs.editor;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.theme.lumo.LumoUtility;
import ir.vafa.console.i18n.Messages;
import ir.vafa.platform.ApiProblem.FieldError;

/**
 * What the server's validation says of the saved draft: every error and warning listed with its JSON path, and each
 * error also shown on the field it is about, where the editor has one. The server's texts are English.
 */
class Findings extends Div {

	private final Messages messages;
	private final List<Component> marked = new ArrayList<>();

	Findings(Messages messages) {
		this.messages = messages;
		setId("editor-findings");
		setVisible(false);
		addClassNames(LumoUtility.Padding.SMALL, LumoUtility.BorderRadius.MEDIUM, LumoUtility.Background.CONTRAST_5);
	}

	void show(List<FieldError> errors, List<FieldError> warnings, FieldPaths<Component> paths) {
		clear();
		if (!errors.isEmpty()) {
			add(list("editor.findings.errors", "editor-errors", errors, LumoUtility.TextColor.ERROR));
			errors.forEach(error -> paths.find(error.field()).ifPresent(target -> mark(target, error.message())));
		}
		if (!warnings.isEmpty()) {
			add(list("editor.findings.warnings", "editor-warnings", warnings, LumoUtility.TextColor.WARNING));
		}
		if (errors.isEmpty() && warnings.isEmpty()) {
			Span ok = new Span(messages.get("editor.findings.none"));
			ok.setId("editor-valid");
			ok.addClassNames(LumoUtility.TextColor.SUCCESS);
			add(ok);
		}
		setVisible(true);
	}

	void clear() {
		removeAll();
		marked.forEach(target -> mark(target, null));
		marked.clear();
		setVisible(false);
	}

	private Component list(String titleKey, String id, List<FieldError> findings, String color) {
		Span title = new Span(messages.get(titleKey, findings.size()));
		title.addClassNames(LumoUtility.FontWeight.SEMIBOLD, color);
		UnorderedList items = new UnorderedList();
		items.setId(id);
		for (FieldError finding : findings) {
			Span path = new Span(finding.field().isEmpty() ? messages.get("editor.findings.program") : finding.field());
			path.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
			// Paths and the server's texts are English: they read left to right in Persian too.
			ListItem item = new ListItem(path, new Span(": " + finding.message()));
			item.getElement().setAttribute("dir", "ltr");
			items.add(item);
		}
		return new Div(title, items);
	}

	private void mark(Component target, String message) {
		if (message != null) {
			marked.add(target);
		}
		if (target instanceof RuleForm rule) {
			rule.showFinding(message);
		}
		else if (target instanceof HasValidation field) {
			field.setErrorMessage(message);
			field.setInvalid(message != null);
		}
	}
}
