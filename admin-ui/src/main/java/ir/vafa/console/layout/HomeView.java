package ir.vafa.console.layout;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import ir.vafa.console.members.MemberLookupView;
import ir.vafa.console.tenants.TenantsView;
import ir.vafa.console.till.TillView;
import jakarta.annotation.security.PermitAll;

/** The start page: sends each user on to their first view; users without a console role are told so. */
@Route(value = "", layout = MainLayout.class)
@PermitAll
public class HomeView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

	private static final List<Class<? extends Component>> START_VIEWS = List.of(TenantsView.class, MemberLookupView.class,
			TillView.class);

	private final AccessAnnotationChecker access;

	public HomeView(AccessAnnotationChecker access) {
		this.access = access;
		add(new H2(getTranslation("home.title")), new Paragraph(getTranslation("home.noRole")));
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		START_VIEWS.stream().filter(access::hasAccess).findFirst().ifPresent(event::forwardTo);
	}

	@Override
	public String getPageTitle() {
		return getTranslation("app.title");
	}
}
