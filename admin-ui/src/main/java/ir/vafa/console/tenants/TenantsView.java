package ir.vafa.console.tenants;

import java.time.ZoneId;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import ir.vafa.console.i18n.Formats;
import ir.vafa.console.i18n.Messages;
import ir.vafa.console.layout.MainLayout;
import ir.vafa.platform.ApiProblem;
import ir.vafa.tenancy.NewTenant;
import ir.vafa.tenancy.Roles;
import ir.vafa.tenancy.TenantCreated;
import ir.vafa.tenancy.TenantDirectory;
import ir.vafa.tenancy.TenantStatus;
import ir.vafa.tenancy.TenantView;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.beans.factory.annotation.Value;

/** Support staff's list of tenants: open one, suspend one, bring one back. Each change is audited with the user. */
@Route(value = "tenants", layout = MainLayout.class)
@RolesAllowed(Roles.PLATFORM_SUPPORT)
public class TenantsView extends VerticalLayout implements HasDynamicTitle {

	private final TenantDirectory directory;
	private final AuthenticationContext authentication;
	private final Messages messages;
	private final Formats formats;
	private final Grid<TenantView> grid = new Grid<>();

	public TenantsView(TenantDirectory directory, AuthenticationContext authentication,
			@Value("${vafa.console.time-zone:Asia/Tehran}") ZoneId zone) {
		this.directory = directory;
		this.authentication = authentication;
		this.messages = Messages.of(getLocale());
		this.formats = new Formats(getLocale(), zone);
		setSizeFull();
		configureGrid();
		add(new H2(messages.get("tenants.title")), createButton(), grid);
		refresh();
	}

	private void configureGrid() {
		grid.setId("tenants-grid");
		grid.addThemeVariants(GridVariant.ROW_STRIPES);
		grid.addColumn(TenantView::slug).setHeader(messages.get("tenants.column.slug")).setAutoWidth(true);
		grid.addColumn(TenantView::name).setHeader(messages.get("tenants.column.name")).setAutoWidth(true);
		grid.addComponentColumn(this::statusBadge).setHeader(messages.get("tenants.column.status")).setAutoWidth(true);
		grid.addColumn(TenantView::adminEmail).setHeader(messages.get("tenants.column.adminEmail")).setAutoWidth(true);
		grid.addColumn(TenantView::posClientId).setHeader(messages.get("tenants.column.posClientId")).setAutoWidth(true);
		grid.addColumn(t -> formats.dateTime(t.createdAt())).setHeader(messages.get("tenants.column.createdAt"))
			.setAutoWidth(true);
		grid.addComponentColumn(this::actionButton).setAutoWidth(true).setFlexGrow(0);
	}

	private Component statusBadge(TenantView tenant) {
		Badge badge = new Badge(messages.get("tenants.status." + tenant.status()));
		badge.addThemeVariants(tenant.status() == TenantStatus.ACTIVE ? BadgeVariant.SUCCESS : BadgeVariant.ERROR);
		return badge;
	}

	private Component actionButton(TenantView tenant) {
		if (tenant.status() == TenantStatus.ACTIVE) {
			Button suspend = new Button(messages.get("tenants.suspend"), e -> confirmSuspend(tenant));
			suspend.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.ERROR);
			return suspend;
		}
		Button reactivate = new Button(messages.get("tenants.reactivate"), e -> reactivate(tenant));
		reactivate.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.SUCCESS);
		return reactivate;
	}

	private Button createButton() {
		Button create = new Button(messages.get("tenants.create"), VaadinIcon.PLUS.create(), e -> openCreateDialog());
		create.setId("tenant-create");
		create.addThemeVariants(ButtonVariant.PRIMARY);
		return create;
	}

	private void openCreateDialog() {
		Dialog dialog = new Dialog();
		dialog.setHeaderTitle(messages.get("tenants.create"));
		TenantForm form = new TenantForm(messages);
		form.addSaveListener(e -> create(e.tenant(), dialog));
		form.addCancelListener(e -> dialog.close());
		dialog.add(form);
		dialog.setWidth("36rem");
		dialog.open();
	}

	private void create(NewTenant request, Dialog dialog) {
		TenantCreated created;
		try {
			created = directory.create(request, actor());
		}
		catch (ApiProblem problem) {
			showProblem(problem);
			return;
		}
		dialog.close();
		refresh();
		new TenantCreatedDialog(messages, created).open();
	}

	private void confirmSuspend(TenantView tenant) {
		ConfirmDialog confirm = new ConfirmDialog(messages.get("tenants.suspend.title", tenant.name()),
				messages.get("tenants.suspend.text"), messages.get("tenants.suspend"), e -> suspend(tenant));
		confirm.setCancelable(true);
		confirm.setCancelText(messages.get("common.cancel"));
		confirm.setConfirmButtonTheme("error primary");
		confirm.open();
	}

	private void suspend(TenantView tenant) {
		change(() -> directory.suspend(tenant.id(), actor()));
	}

	private void reactivate(TenantView tenant) {
		change(() -> directory.reactivate(tenant.id(), actor()));
	}

	private void change(Runnable change) {
		try {
			change.run();
		}
		catch (ApiProblem problem) {
			showProblem(problem);
		}
		refresh();
	}

	private void refresh() {
		grid.setItems(directory.list());
	}

	private String actor() {
		return authentication.getPrincipalName().orElseThrow();
	}

	private void showProblem(ApiProblem problem) {
		Notification notification = Notification.show(messages.get("common.refused", problem.getMessage()), 6000,
				Notification.Position.MIDDLE);
		notification.addThemeVariants(NotificationVariant.ERROR);
	}

	@Override
	public String getPageTitle() {
		return messages.get("tenants.title");
	}
}
