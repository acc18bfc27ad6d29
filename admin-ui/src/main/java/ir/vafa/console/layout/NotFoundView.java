package ir.vafa.console.layout;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/**
 * An address the console does not have, or a view the user's roles do not open (Vaadin answers both alike, so as
 * not to tell which views exist): said in the user's language, inside the console's frame.
 */
@ParentLayout(MainLayout.class)
@PermitAll
public class NotFoundView extends VerticalLayout implements HasErrorParameter<NotFoundException> {

	@Override
	public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
		removeAll();
		H2 title = new H2(getTranslation("notFound.title"));
		title.setId("not-found");
		add(title, new Paragraph(getTranslation("notFound.text", event.getLocation().getPath())));
		return HttpServletResponse.SC_NOT_FOUND;
	}
}
