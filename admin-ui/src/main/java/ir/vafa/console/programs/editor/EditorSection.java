package ir.vafa.console.programs.editor;

import com.vaadin.flow.component.Component;

/** A part of the program editor: it checks its own fields and says where each document path is edited. */
interface EditorSection {

	/** Checks every field, marking those at fault; true when all pass. */
	boolean validate();

	void register(FieldPaths<Component> paths);

	void setReadOnly(boolean readOnly);
}
