package ir.vafa.console.programs;

import java.time.ZoneId;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import ir.vafa.console.i18n.Formats;
import ir.vafa.console.i18n.Messages;
import ir.vafa.console.i18n.ReadOnlyFields;
import ir.vafa.programs.PublishedProgram;
import ir.vafa.programs.RuleDefinition;

/** The version serving purchases, read-only: its settings and its rules in words. */
class CurrentProgram extends VerticalLayout {

	private final Messages messages;

	CurrentProgram(Messages messages) {
		this.messages = messages;
		setPadding(false);
		setId("current-program");
	}

	void show(PublishedProgram program) {
		removeAll();
		if (program == null) {
			add(new Paragraph(messages.get("program.none")));
			return;
		}
		add(settings(program), new H3(messages.get("program.rules")), rulesGrid(program));
	}

	private Component settings(PublishedProgram program) {
		Formats formats = new Formats(messages.locale(), ZoneId.of(program.timezone()));
		FormLayout form = new FormLayout();
		form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 3));
		form.add(value("program.name", program.name(), "program-name"),
				value("program.version", formats.number(program.version()), "program-version"),
				value("program.currency", program.currency(), "program-currency"),
				value("program.timezone", program.timezone(), "program-timezone"),
				value("program.rounding", messages.get("program.rounding." + program.rounding()), "program-rounding"),
				value("program.published", messages.get("program.publishedBy", formats.dateTime(program.publishedAt()),
						program.publishedBy()), "program-published"));
		return form;
	}

	private TextField value(String labelKey, String text, String id) {
		return ReadOnlyFields.of(messages, labelKey, text, id);
	}

	private Grid<RuleDefinition> rulesGrid(PublishedProgram program) {
		RuleDescriptions rules = new RuleDescriptions(messages, program.currency());
		Grid<RuleDefinition> grid = new Grid<>();
		grid.setId("rules-grid");
		grid.addThemeVariants(GridVariant.WRAP_CELL_CONTENT);
		grid.addColumn(rules::kind).setHeader(messages.get("program.column.kind")).setAutoWidth(true).setFlexGrow(0);
		grid.addColumn(RuleDefinition::name).setHeader(messages.get("program.column.name")).setFlexGrow(1);
		grid.addColumn(rules::describe).setHeader(messages.get("program.column.description")).setFlexGrow(2);
		grid.addColumn(rule -> rules.when(rule.window())).setHeader(messages.get("program.column.when")).setFlexGrow(1);
		grid.setItems(program.rules());
		grid.setAllRowsVisible(true);
		return grid;
	}
}
