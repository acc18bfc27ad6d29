package ir.vafa.console.catalog;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import ir.vafa.catalog.Catalog;
import ir.vafa.catalog.CatalogReward;
import ir.vafa.catalog.RewardDefinition;
import ir.vafa.console.i18n.Formats;
import ir.vafa.console.i18n.Messages;
import ir.vafa.console.layout.MainLayout;
import ir.vafa.platform.ApiProblem;
import ir.vafa.programs.Programs;
import ir.vafa.programs.PublishedProgram;
import ir.vafa.tenancy.Roles;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.http.HttpStatus;

/**
 * The tenant's rewards catalog: what each costs, how many are left, until when, and whether members can take it now.
 * Admins and marketers add, change, archive and restore rewards; analysts read.
 */
@Route(value = "catalog", layout = MainLayout.class)
@RolesAllowed({ Roles.TENANT_ADMIN, Roles.TENANT_MARKETER, Roles.TENANT_ANALYST })
public class CatalogView extends VerticalLayout implements HasDynamicTitle {

	/** Before a program is published: the demo programs' currency and zone. */
	static final String DEFAULT_CURRENCY = "IRR";
	static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Tehran");

	private final Catalog catalog;
	private final AuthenticationContext authentication;
	private final Messages messages;
	private final Formats formats;
	private final boolean canEdit;
	private final Grid<CatalogReward> grid = new Grid<>();
	private final Checkbox showArchived = new Checkbox();
	private final Optional<PublishedProgram> program;

	public CatalogView(Catalog catalog, Programs programs, AuthenticationContext authentication) {
		this.catalog = catalog;
		this.authentication = authentication;
		this.messages = Messages.of(getLocale());
		this.program = programs.current();
		this.formats = new Formats(getLocale(), zone());
		this.canEdit = authentication.hasAnyRole(Roles.TENANT_ADMIN, Roles.TENANT_MARKETER);
		setSizeFull();
		configureGrid();
		showArchived.setLabel(messages.get("catalog.showArchived"));
		showArchived.setId("catalog-show-archived");
		showArchived.addValueChangeListener(e -> refresh());
		HorizontalLayout tools = new HorizontalLayout(showArchived);
		tools.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
		if (canEdit) {
			Button create = new Button(messages.get("catalog.create"), VaadinIcon.PLUS.create(), e -> open(null));
			create.setId("catalog-create");
			create.addThemeVariants(ButtonVariant.PRIMARY);
			tools.addComponentAsFirst(create);
		}
		add(new H2(messages.get("catalog.title")), tools, grid);
		refresh();
	}

	private void configureGrid() {
		grid.setId("catalog-grid");
		grid.addThemeVariants(GridVariant.ROW_STRIPES);
		String language = messages.locale().getLanguage();
		grid.addColumn(CatalogReward::code).setHeader(messages.get("catalog.column.code")).setAutoWidth(true);
		grid.addColumn(r -> "fa".equals(language) ? r.definition().name().fa() : r.definition().name().en())
			.setHeader(messages.get("catalog.column.name")).setAutoWidth(true);
		grid.addColumn(r -> messages.get("catalog.kind." + r.definition().kind()))
			.setHeader(messages.get("catalog.column.kind")).setAutoWidth(true);
		grid.addColumn(r -> RewardTerms.say(r.definition(), messages, formats)).setHeader(messages.get("till.gives"))
			.setAutoWidth(true);
		grid.addColumn(r -> formats.number(r.definition().costPoints())).setHeader(messages.get("catalog.column.cost"))
			.setAutoWidth(true);
		grid.addColumn(this::stock).setHeader(messages.get("catalog.column.stock")).setAutoWidth(true);
		grid.addColumn(r -> r.definition().validUntil() == null ? "—" : formats.dateTime(r.definition().validUntil()))
			.setHeader(messages.get("catalog.column.validUntil")).setAutoWidth(true);
		grid.addComponentColumn(this::status).setHeader(messages.get("catalog.column.status")).setAutoWidth(true);
		if (canEdit) {
			grid.addComponentColumn(this::actions).setAutoWidth(true).setFlexGrow(0);
		}
	}

	private String stock(CatalogReward reward) {
		Integer total = reward.definition().stockOrUnlimited().total();
		return total == null ? messages.get("catalog.stock.unlimited", formats.number(reward.issued()))
				: messages.get("catalog.stock.of", formats.number(reward.remaining()), formats.number(total));
	}

	private Component status(CatalogReward reward) {
		String key = reward.archived() ? "archived" : reward.available() ? "available" : "unavailable";
		Badge badge = new Badge(messages.get("catalog.status." + key));
		badge.addThemeVariants(reward.available() ? BadgeVariant.SUCCESS : BadgeVariant.CONTRAST);
		badge.addClassName("reward-status");
		return badge;
	}

	private Component actions(CatalogReward reward) {
		Button edit = new Button(messages.get("catalog.edit"), e -> open(reward));
		edit.addThemeVariants(ButtonVariant.SMALL);
		edit.setId("reward-edit-" + reward.code());
		Button toggle = reward.archived()
				? new Button(messages.get("catalog.restore"), e -> change(() -> catalog.restore(reward.code(), actor())))
				: new Button(messages.get("catalog.archive"), e -> change(() -> catalog.archive(reward.code(), actor())));
		toggle.addThemeVariants(ButtonVariant.SMALL, reward.archived() ? ButtonVariant.SUCCESS : ButtonVariant.ERROR);
		toggle.setId("reward-" + (reward.archived() ? "restore-" : "archive-") + reward.code());
		return new HorizontalLayout(edit, toggle);
	}

	private void open(CatalogReward existing) {
		Dialog dialog = new Dialog();
		dialog.setId("reward-dialog");
		dialog.setHeaderTitle(existing == null ? messages.get("catalog.create")
				: messages.get("catalog.editTitle", existing.code()));
		RewardForm form = new RewardForm(messages, existing == null ? null : existing.definition(),
				existing == null ? 0 : existing.issued(), program.map(PublishedProgram::tiers).orElse(null), currency(),
				zone());
		Button save = new Button(messages.get("catalog.save"), e -> save(form, existing, dialog));
		save.setId("reward-save");
		save.addThemeVariants(ButtonVariant.PRIMARY);
		Button cancel = new Button(messages.get("common.cancel"), e -> dialog.close());
		dialog.add(form);
		dialog.getFooter().add(cancel, save);
		dialog.setWidth("52rem");
		dialog.open();
	}

	private void save(RewardForm form, CatalogReward existing, Dialog dialog) {
		RewardDefinition definition = form.definition();
		if (definition == null) {
			return;
		}
		try {
			if (existing == null) {
				catalog.create(definition, actor());
			}
			else {
				catalog.update(existing.code(), definition, existing.revision(), actor());
			}
		}
		catch (ApiProblem problem) {
			if (problem.status() == HttpStatus.PRECONDITION_FAILED) {
				refused(messages.get("catalog.changedMeanwhile"));
				return;
			}
			List<ApiProblem.FieldError> unshown = form.show(problem);
			if (!unshown.isEmpty() || problem.errors().isEmpty()) {
				refused(problem.getMessage());
			}
			return;
		}
		dialog.close();
		refresh();
	}

	private void change(Runnable change) {
		try {
			change.run();
		}
		catch (ApiProblem problem) {
			refused(problem.getMessage());
		}
		refresh();
	}

	private void refresh() {
		grid.setItems(catalog.list(showArchived.getValue()));
	}

	private String currency() {
		return program.map(PublishedProgram::currency).orElse(DEFAULT_CURRENCY);
	}

	private ZoneId zone() {
		return program.map(p -> ZoneId.of(p.timezone())).orElse(DEFAULT_ZONE);
	}

	private String actor() {
		return authentication.getPrincipalName().orElseThrow();
	}

	private void refused(String message) {
		Notification notification = Notification.show(messages.get("common.refused", message), 6000,
				Notification.Position.MIDDLE);
		notification.addThemeVariants(NotificationVariant.ERROR);
	}

	@Override
	public String getPageTitle() {
		return messages.get("catalog.title");
	}
}
