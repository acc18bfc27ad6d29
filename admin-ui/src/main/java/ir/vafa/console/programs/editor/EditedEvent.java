package ir.vafa.console.programs.editor;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;

/** The user changed something in a part of the editor: the working copy differs from what was saved. */
public final class EditedEvent extends ComponentEvent<Component> {

	public EditedEvent(Component source) {
		super(source, false);
	}
}
