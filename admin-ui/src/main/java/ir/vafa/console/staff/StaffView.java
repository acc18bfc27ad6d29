package ir.vafa.console.staff;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import ir.vafa.console.i18n.Messages;
import ir.vafa.console.i18n.Refusals;
import ir.vafa.console.layout.MainLayout;
import ir.vafa.platform.ApiProblem;
import ir.vafa.tenancy.NewStaffMember;
import ir.vafa.tenancy.Roles;
import ir.vafa.tenancy.Staff;
import ir.vafa.tenancy.StaffChange;
import ir.vafa.tenancy.StaffMember;
import jakarta.annotation.security.RolesAllowed;

/**
 * The tenant's staff, for its admins: who logs in to the console and the tills with which roles, adding someone,
 * changing their roles and disabling the login of someone who left (or enabling it again). A generated password is
 * shown once, as the API answers it.
 */
@Route(value = "staff", layout = MainLayout.class)
@RolesAllowed(Roles.TENANT_ADMIN)
public class StaffView extends VerticalLayout implements HasDynamicTitle {

	static final List<String> ROLES = List.of(Roles.CASHIER, Roles.TENANT_MARKETER, Roles.TENANT_ANALYST,
			Roles.TENANT_ADMIN);

	private final Staff staff;
	private final Supplier<String> actor;
	private final Messages messages;
	final Grid<StaffMember> grid = new Grid<>();

	public StaffView(Staff staff, AuthenticationContext authentication) {
		this(staff, () -> authentication.getPrincipalName().orElseThrow(), null);
	}

	/** {@code language} null: the UI's. */
	StaffView(Staff staff, Supplier<String> actor, Messages language) {
		this.staff = staff;
		this.actor = actor;
		this.messages = language != null ? language : Messages.of(getLocale());
		setSizeFull();
		grid.setId("staff-grid");
		grid.addThemeVariants(GridVariant.ROW_STRIPES);
		grid.addColumn(StaffMember::username).setHeader(messages.get("staff.username")).setAutoWidth(true);
		grid.addColumn(m -> m.email() == null ? "" : m.email()).setHeader(messages.get("staff.email")).setAutoWidth(true);
		grid.addColumn(m -> String.join(messages.get("staff.roleSeparator"),
				m.roles().stream().map(r -> messages.get("staff.role." + r)).toList()))
			.setHeader(messages.get("staff.roles")).setAutoWidth(true);
		grid.addColumn(m -> messages.get(m.enabled() ? "staff.enabled" : "staff.disabled"))
			.setHeader(messages.get("staff.status")).setAutoWidth(true);
		grid.addComponentColumn(this::actions).setHeader(messages.get("staff.actions")).setAutoWidth(true);
		Button add = new Button(messages.get("staff.add"), VaadinIcon.PLUS.create(), e -> openAdd());
		add.setId("staff-add");
		add.addThemeVariants(ButtonVariant.PRIMARY);
		add(new H2(messages.get("staff.title")), add, grid);
		refresh();
	}

	private void openAdd() {
		Dialog dialog = new Dialog();
		dialog.setHeaderTitle(messages.get("staff.add"));
		TextField username = new TextField(messages.get("staff.username"));
		username.setId("staff-username");
		username.getElement().setAttribute("dir", "ltr");
		TextField email = new TextField(messages.get("staff.email"));
		email.setId("staff-email");
		email.getElement().setAttribute("dir", "ltr");
		PasswordField password = new PasswordField(messages.get("staff.password"));
		password.setId("staff-password");
		password.setHelperText(messages.get("staff.password.help"));
		CheckboxGroup<String> roles = new CheckboxGroup<>(messages.get("staff.roles"));
		roles.setId("staff-roles");
		roles.setItems(ROLES);
		roles.setItemLabelGenerator(r -> messages.get("staff.role." + r));
		roles.setValue(Set.of(Roles.CASHIER));
		FormLayout form = new FormLayout(username, email, password, roles);
		Button save = new Button(messages.get("staff.save"), e -> {
			try {
				StaffMember added = staff.add(new NewStaffMember(username.getValue().strip().toLowerCase(),
						email.getValue().isBlank() ? null : email.getValue().strip(),
						password.getValue().isEmpty() ? null : password.getValue(), roles.getValue()), actor());
				dialog.close();
				refresh();
				if (added.password() != null) {
					showPassword(added);
				}
			}
			catch (ApiProblem problem) {
				refused(Refusals.say(problem, messages));
			}
			catch (RuntimeException keycloakFailed) {
				// Keycloak refused or could not be reached: no user was made
				refused(messages.get("common.refused", keycloakFailed.getMessage()));
			}
		});
		save.setId("staff-save");
		save.addThemeVariants(ButtonVariant.PRIMARY);
		dialog.add(form);
		dialog.getFooter().add(new Button(messages.get("common.cancel"), e -> dialog.close()), save);
		dialog.setWidth("34rem");
		dialog.open();
	}

	/** Change the roles; disable a login (ending its sessions) or enable it again. Not for oneself. */
	private HorizontalLayout actions(StaffMember member) {
		Button roles = new Button(messages.get("staff.changeRoles"), e -> openRoles(member));
		roles.setId("staff-roles-" + member.id());
		roles.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
		Button toggle = new Button(messages.get(member.enabled() ? "staff.disable" : "staff.enable"),
				e -> change(member, new StaffChange(null, !member.enabled())));
		toggle.setId("staff-toggle-" + member.id());
		toggle.addThemeVariants(ButtonVariant.SMALL, member.enabled() ? ButtonVariant.ERROR : ButtonVariant.SUCCESS);
		boolean self = member.username().equals(actor.get());
		toggle.setEnabled(!self);
		HorizontalLayout actions = new HorizontalLayout(roles, toggle);
		if (self) {
			actions.add(new Span(messages.get("staff.you")));
		}
		return actions;
	}

	private void openRoles(StaffMember member) {
		Dialog dialog = new Dialog();
		dialog.setHeaderTitle(messages.get("staff.changeRoles.title", member.username()));
		CheckboxGroup<String> roles = new CheckboxGroup<>(messages.get("staff.roles"));
		roles.setId("staff-change-roles");
		roles.setItems(ROLES);
		roles.setItemLabelGenerator(r -> messages.get("staff.role." + r));
		roles.setValue(member.roles());
		Button save = new Button(messages.get("staff.saveRoles"), e -> {
			if (change(member, new StaffChange(roles.getValue(), null))) {
				dialog.close();
			}
		});
		save.setId("staff-change-save");
		save.addThemeVariants(ButtonVariant.PRIMARY);
		dialog.add(roles);
		dialog.getFooter().add(new Button(messages.get("common.cancel"), e -> dialog.close()), save);
		dialog.open();
	}

	/** True when the change was made; a refusal (the service's or Keycloak's) is said and changes nothing. */
	boolean change(StaffMember member, StaffChange change) {
		try {
			staff.change(member.id(), change, actor.get());
			refresh();
			return true;
		}
		catch (ApiProblem problem) {
			refused(Refusals.say(problem, messages));
		}
		catch (RuntimeException keycloakFailed) {
			refused(messages.get("common.refused", keycloakFailed.getMessage()));
		}
		return false;
	}

	private void showPassword(StaffMember added) {
		Dialog dialog = new Dialog();
		dialog.setHeaderTitle(messages.get("staff.created", added.username()));
		TextField secret = new TextField(messages.get("staff.password"));
		secret.setId("staff-created-password");
		secret.setValue(added.password());
		secret.setReadOnly(true);
		secret.setWidthFull();
		secret.getElement().setAttribute("dir", "ltr");
		dialog.add(new Paragraph(messages.get("staff.created.once")), secret);
		dialog.getFooter().add(new Button(messages.get("staff.close"), e -> dialog.close()));
		dialog.setWidth("30rem");
		dialog.open();
	}

	private void refresh() {
		grid.setItems(staff.list());
	}

	private String actor() {
		return actor.get();
	}

	private void refused(String message) {
		Notification.show(message, 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.ERROR);
	}

	@Override
	public String getPageTitle() {
		return messages.get("staff.title");
	}
}
