package ir.vafa.console.layout;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import com.vaadin.flow.spring.security.AuthenticationContext;
import com.vaadin.flow.theme.lumo.LumoUtility;
import ir.vafa.console.catalog.CatalogView;
import ir.vafa.console.notifications.NotificationsView;
import ir.vafa.console.i18n.Language;
import ir.vafa.console.i18n.LanguageSupport;
import ir.vafa.console.members.MemberLookupView;
import ir.vafa.console.programs.ProgramView;
import ir.vafa.console.charity.CharityView;
import ir.vafa.console.staff.StaffView;
import ir.vafa.console.tenants.TenantsView;
import ir.vafa.console.till.TillView;
import jakarta.annotation.security.PermitAll;

/**
 * The frame of every view: the navigation (only the views the user's roles open, by the views' own
 * {@code @RolesAllowed}), the language switch, who is logged in, and log-out.
 */
@PermitAll
public class MainLayout extends AppLayout {

	private final AuthenticationContext authentication;
	private final AccessAnnotationChecker access;

	public MainLayout(AuthenticationContext authentication, AccessAnnotationChecker access) {
		this.authentication = authentication;
		this.access = access;
		configureNavbar();
		configureDrawer();
	}

	private void configureNavbar() {
		Span title = new Span(getTranslation("app.title"));
		title.addClassNames(LumoUtility.FontSize.LARGE, LumoUtility.FontWeight.SEMIBOLD);

		HorizontalLayout bar = new HorizontalLayout(title, userName(), languageSwitch(), logoutButton());
		bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
		bar.expand(title);
		bar.setWidthFull();
		bar.addClassNames(LumoUtility.Padding.Horizontal.MEDIUM);
		addToNavbar(new DrawerToggle(), bar);
	}

	private Component userName() {
		Span user = new Span(authentication.getPrincipalName().orElse(""));
		user.setId("current-user");
		user.addClassNames(LumoUtility.TextColor.SECONDARY);
		return user;
	}

	private Component languageSwitch() {
		Language other = LanguageSupport.current().other();
		Button button = new Button(other.nativeName(), VaadinIcon.GLOBE.create(), e -> LanguageSupport.switchTo(other));
		button.setId("language-switch");
		button.addThemeVariants(ButtonVariant.TERTIARY);
		button.setTooltipText(getTranslation("layout.language"));
		return button;
	}

	private Component logoutButton() {
		Button button = new Button(getTranslation("layout.logout"), VaadinIcon.SIGN_OUT.create(),
				e -> authentication.logout());
		button.setId("logout");
		button.addThemeVariants(ButtonVariant.TERTIARY);
		return button;
	}

	private void configureDrawer() {
		SideNav nav = new SideNav();
		addItem(nav, "nav.tenants", TenantsView.class, VaadinIcon.BUILDING);
		addItem(nav, "nav.program", ProgramView.class, VaadinIcon.COGS);
		addItem(nav, "nav.members", MemberLookupView.class, VaadinIcon.USER_CARD);
		addItem(nav, "nav.catalog", CatalogView.class, VaadinIcon.GIFT);
		addItem(nav, "nav.notifications", NotificationsView.class, VaadinIcon.BELL);
		addItem(nav, "nav.till", TillView.class, VaadinIcon.CASH);
		addItem(nav, "nav.charity", CharityView.class, VaadinIcon.HEART);
		addItem(nav, "nav.staff", StaffView.class, VaadinIcon.USERS);
		addToDrawer(nav);
	}

	private void addItem(SideNav nav, String key, Class<? extends Component> view, VaadinIcon icon) {
		if (access.hasAccess(view)) {
			nav.addItem(new SideNavItem(getTranslation(key), view, icon.create()));
		}
	}
}
