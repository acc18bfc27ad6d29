package ir.vafa.console.programs.editor;

import java.util.List;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import ir.vafa.console.i18n.Messages;
import ir.vafa.programs.ProgramChange;
import tools.jackson.databind.JsonNode;

/** What the draft changes against the live version: each JSON path with its value before and after. */
public class ChangesGrid extends Grid<ProgramChange> {

	public ChangesGrid(Messages messages) {
		setId("draft-changes");
		addThemeVariants(GridVariant.WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
		addColumn(ProgramChange::path).setHeader(messages.get("editor.changes.path")).setFlexGrow(2);
		addColumn(change -> text(change.before(), messages)).setHeader(messages.get("editor.changes.before"))
			.setFlexGrow(1);
		addColumn(change -> text(change.after(), messages)).setHeader(messages.get("editor.changes.after"))
			.setFlexGrow(1);
		// Paths and JSON values read left to right in both languages.
		getElement().setAttribute("dir", "ltr");
		setAllRowsVisible(true);
	}

	public void show(List<ProgramChange> changes) {
		setItems(changes);
	}

	static String text(JsonNode value, Messages messages) {
		if (value == null || value.isNull() || value.isMissingNode()) {
			return messages.get("editor.changes.absent");
		}
		return value.isValueNode() ? value.asString() : value.toString();
	}
}
