package ir.vafa.console.members;

import java.time.Clock;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import ir.vafa.console.i18n.Formats;
import ir.vafa.console.i18n.Messages;
import ir.vafa.console.layout.MainLayout;
import ir.vafa.console.memberpage.PageLinkDialog;
import ir.vafa.ledger.Ledger;
import ir.vafa.memberpage.MemberPages;
import ir.vafa.members.MemberView;
import ir.vafa.members.Members;
import ir.vafa.platform.ApiProblem;
import ir.vafa.programs.PublishedProgram;
import ir.vafa.programs.TierLadder;
import ir.vafa.programs.Programs;
import ir.vafa.rewards.Rewards;
import ir.vafa.tenancy.Roles;
import ir.vafa.tiers.MemberTier;
import ir.vafa.tiers.TierHistoryEntry;
import ir.vafa.tiers.Tiers;
import jakarta.annotation.security.RolesAllowed;

/**
 * Finds a member by card number, phone or email and shows their file. The search is in the address ({@code ?q=}), so
 * a found member can be bookmarked and survives a language switch.
 */
@Route(value = "members", layout = MainLayout.class)
@RolesAllowed({ Roles.TENANT_ADMIN, Roles.TENANT_MARKETER, Roles.TENANT_ANALYST })
public class MemberLookupView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

	static final String QUERY = "q";
	static final int HISTORY_LIMIT = 50;
	static final int TIER_HISTORY_LIMIT = 20;

	private final Members members;
	private final Ledger ledger;
	private final Rewards rewards;
	private final Programs programs;
	private final Tiers tiers;
	private final AuthenticationContext authentication;
	private final Clock clock;
	private final MemberPages memberPages;
	private final Messages messages;
	private final TextField search = new TextField();
	private final Div result = new Div();
	private String shown = "";

	public MemberLookupView(Members members, Ledger ledger, Rewards rewards, Programs programs, Tiers tiers,
			AuthenticationContext authentication, Clock clock, MemberPages memberPages) {
		this.members = members;
		this.ledger = ledger;
		this.rewards = rewards;
		this.programs = programs;
		this.tiers = tiers;
		this.authentication = authentication;
		this.clock = clock;
		this.memberPages = memberPages;
		this.messages = Messages.of(getLocale());
		result.setWidthFull();
		add(new H2(messages.get("members.title")), searchBar(), result);
	}

	private HorizontalLayout searchBar() {
		search.setId("member-search");
		search.setLabel(messages.get("members.search"));
		search.setPlaceholder(messages.get("members.search.placeholder"));
		search.setWidth("24rem");
		search.setClearButtonVisible(true);
		Button find = new Button(messages.get("members.find"), VaadinIcon.SEARCH.create(), e -> navigateTo(search.getValue()));
		find.setId("member-find");
		find.addThemeVariants(ButtonVariant.PRIMARY);
		find.addClickShortcut(Key.ENTER);
		HorizontalLayout bar = new HorizontalLayout(search, find);
		bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
		return bar;
	}

	private void navigateTo(String identifier) {
		getUI().ifPresent(ui -> ui.navigate(MemberLookupView.class, QueryParameters.of(QUERY, identifier.trim())));
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		String identifier = event.getLocation().getQueryParameters().getSingleParameter(QUERY).orElse("");
		search.setValue(identifier);
		show(identifier);
	}

	private void show(String identifier) {
		shown = identifier;
		result.removeAll();
		if (identifier.isBlank()) {
			return;
		}
		members.lookup(identifier).map(this::read).ifPresentOrElse(
				file -> {
					if (maySendPageLinks()) {
						result.add(pageLinkButton(file.member()));
					}
					result.add(details(file));
				},
				() -> result.add(notFound(identifier)));
	}

	private MemberDetails details(MemberFile file) {
		MemberDetails details = new MemberDetails(messages, file, mayAssign() && file.ladder() != null);
		details.addAssignRequestedListener(e -> openAssignment(file));
		details.addEndRequestedListener(e -> tierChange(() -> tiers.endAssignment(file.member().id(), actor()), null));
		return details;
	}

	private MemberFile read(MemberView member) {
		Optional<PublishedProgram> program = programs.current();
		ZoneId zone = program.map(p -> ZoneId.of(p.timezone())).orElse(ZoneOffset.UTC);
		String currency = program.map(PublishedProgram::currency).orElse("");
		TierLadder ladder = program.map(PublishedProgram::tiers).orElse(null);
		MemberTier tier = tiers.of(member.id()).orElse(null);
		List<TierHistoryEntry> tierHistory = tier == null ? List.of() : tiers.history(member.id(), TIER_HISTORY_LIMIT);
		return new MemberFile(member, ledger.account(member.id()), ledger.balance(member.id()),
				rewards.cards(member.id()), rewards.rewardsFor(member.id()), ledger.history(member.id(), HISTORY_LIMIT, null),
				tier, tierHistory, tier == null ? null : ladder, currency, zone);
	}

	/** Links to a member's own page: tenant admins and marketers here (cashiers too in the API), not analysts. */
	private boolean maySendPageLinks() {
		return authentication.hasAnyRole(Roles.TENANT_ADMIN, Roles.TENANT_MARKETER);
	}

	private Button pageLinkButton(MemberView member) {
		Button button = new Button(messages.get("mpage.link"), VaadinIcon.LINK.create(), e -> {
			var link = memberPages.createLink(member.id(), null, actor());
			String name = member.displayName() != null ? member.displayName()
					: member.cardNumber() != null ? member.cardNumber() : member.id().toString();
			new PageLinkDialog(messages, new Formats(getLocale(), programZone()), name, link,
					() -> memberPages.revokeLinks(member.id(), actor())).open();
		});
		button.setId("member-page-link");
		return button;
	}

	private ZoneId programZone() {
		return programs.current().map(p -> ZoneId.of(p.timezone())).orElse(ZoneOffset.UTC);
	}

	/** Only tenant admins place members in tiers by hand (the API says the same). */
	private boolean mayAssign() {
		return authentication.hasRole(Roles.TENANT_ADMIN);
	}

	private void openAssignment(MemberFile file) {
		TierTexts texts = new TierTexts(messages, new Formats(getLocale(), file.zone()), file.currency(), Map.of());
		TierAssignmentDialog dialog = new TierAssignmentDialog(messages, file.ladder(), texts, file.zone(), clock);
		dialog.addAssignListener(e -> tierChange(
				() -> tiers.assign(file.member().id(), e.tierId(), e.until(), e.reason(), actor()), dialog));
		dialog.open();
	}

	/** Makes the change and shows the member again; a refusal is shown in the dialog, or as a notification. */
	private void tierChange(Runnable change, TierAssignmentDialog dialog) {
		try {
			change.run();
		}
		catch (ApiProblem problem) {
			String refused = messages.get("common.refused", problem.getMessage());
			if (dialog != null) {
				dialog.showRefusal(refused);
			}
			else {
				Notification.show(refused, 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.ERROR);
			}
			return;
		}
		if (dialog != null) {
			dialog.close();
		}
		Notification.show(messages.get("tier.changed"), 4000, Notification.Position.BOTTOM_END)
			.addThemeVariants(NotificationVariant.SUCCESS);
		show(shown);
	}

	private String actor() {
		return authentication.getPrincipalName().orElseThrow();
	}

	private Paragraph notFound(String identifier) {
		Paragraph text = new Paragraph(messages.get("members.notFound", identifier));
		text.setId("member-not-found");
		return text;
	}

	@Override
	public String getPageTitle() {
		return messages.get("members.title");
	}
}
