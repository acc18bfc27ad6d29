package ir.vafa.console.notifications;

import java.util.List;

import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import ir.vafa.console.i18n.Messages;
import ir.vafa.console.layout.MainLayout;
import ir.vafa.notifications.NotificationTemplate;
import ir.vafa.notifications.Notifications;
import ir.vafa.platform.ApiProblem;
import ir.vafa.tenancy.Roles;
import jakarta.annotation.security.RolesAllowed;

/**
 * What members are told and how: the settings, every event and channel with its templates (the tenant's own or the
 * built-in ones), and an editor of the English and Persian texts with a live preview.
 */
@Route(value = "notifications", layout = MainLayout.class)
@RolesAllowed({ Roles.TENANT_ADMIN, Roles.TENANT_MARKETER })
public class NotificationsView extends VerticalLayout implements HasDynamicTitle {

	private final Notifications notifications;
	private final AuthenticationContext authentication;
	private final Messages messages;
	private final Grid<NotificationTemplate> grid = new Grid<>();
	private final Div editorSlot = new Div();

	public NotificationsView(Notifications notifications, AuthenticationContext authentication) {
		this.notifications = notifications;
		this.authentication = authentication;
		this.messages = Messages.of(getLocale());
		setSizeFull();
		SettingsForm settings = new SettingsForm(messages, notifications.settings(), true);
		settings.addSaveListener(e -> saveSettings(settings, e.settings()));
		configureGrid();
		editorSlot.setWidthFull();
		add(new H2(messages.get("notify.title")), new H3(messages.get("notify.settings")), settings,
				new H3(messages.get("notify.templates")), grid, editorSlot);
		refresh();
	}

	private void configureGrid() {
		grid.setId("notify-grid");
		grid.addThemeVariants(GridVariant.ROW_STRIPES);
		grid.setAllRowsVisible(true);
		grid.addColumn(t -> messages.get("notify.event." + t.event())).setHeader(messages.get("notify.column.event"))
			.setAutoWidth(true);
		grid.addColumn(t -> messages.get("notify.channel." + t.channel()))
			.setHeader(messages.get("notify.column.channel")).setAutoWidth(true);
		grid.addComponentColumn(t -> {
			Badge badge = new Badge(messages.get(t.custom() ? "notify.custom" : "notify.builtIn"));
			badge.addThemeVariants(t.custom() ? BadgeVariant.SUCCESS : BadgeVariant.CONTRAST);
			return badge;
		}).setHeader(messages.get("notify.column.template")).setAutoWidth(true);
		grid.asSingleSelect().addValueChangeListener(e -> {
			if (e.getValue() != null) {
				edit(e.getValue());
			}
		});
	}

	private void edit(NotificationTemplate template) {
		TemplateEditor editor = new TemplateEditor(messages, template, notifications::preview, true);
		editor.addSaveListener(e -> {
			try {
				NotificationTemplate saved = notifications.replaceTemplate(template.event(), template.channel(),
						e.change(), actor());
				Notification.show(messages.get("notify.saved"), 3000, Notification.Position.BOTTOM_START)
					.addThemeVariants(NotificationVariant.SUCCESS);
				refresh();
				edit(saved);
			}
			catch (ApiProblem problem) {
				List<ApiProblem.FieldError> unshown = editor.show(problem);
				if (!unshown.isEmpty() || problem.errors().isEmpty()) {
					refused(problem.getMessage());
				}
			}
		});
		editor.addResetListener(e -> {
			NotificationTemplate builtIn = notifications.resetTemplate(template.event(), template.channel(), actor());
			refresh();
			edit(builtIn);
		});
		editorSlot.removeAll();
		editorSlot.add(editor);
	}

	private void saveSettings(SettingsForm form, ir.vafa.notifications.NotificationSettings settings) {
		try {
			notifications.replaceSettings(settings, actor());
			Notification.show(messages.get("notify.saved"), 3000, Notification.Position.BOTTOM_START)
				.addThemeVariants(NotificationVariant.SUCCESS);
		}
		catch (ApiProblem problem) {
			form.show(problem);
			refused(problem.getMessage());
		}
	}

	private void refresh() {
		grid.setItems(notifications.templates());
	}

	private String actor() {
		return authentication.getPrincipalName().orElseThrow();
	}

	private void refused(String message) {
		Notification.show(messages.get("common.refused", message), 6000, Notification.Position.MIDDLE)
			.addThemeVariants(NotificationVariant.ERROR);
	}

	@Override
	public String getPageTitle() {
		return messages.get("notify.title");
	}
}
