package ir.vafa.console.till;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import ir.vafa.catalog.Catalog;
import ir.vafa.console.catalog.RewardTerms;
import ir.vafa.console.i18n.Formats;
import ir.vafa.console.i18n.Messages;
import ir.vafa.console.i18n.Refusals;
import ir.vafa.console.layout.MainLayout;
import ir.vafa.donations.Donations;
import ir.vafa.donations.NewDonation;
import ir.vafa.ledger.Ledger;
import ir.vafa.members.MemberView;
import ir.vafa.members.Members;
import ir.vafa.platform.ApiProblem;
import ir.vafa.programs.Programs;
import ir.vafa.redemptions.Confirmation;
import ir.vafa.redemptions.NewReservation;
import ir.vafa.redemptions.Redemptions;
import ir.vafa.redemptions.NewPointsPayment;
import ir.vafa.redemptions.PointsPayments;
import ir.vafa.redemptions.Reservation;
import ir.vafa.rewards.Voucher;
import ir.vafa.rewards.VoucherCode;
import ir.vafa.rewards.VoucherRedemption;
import ir.vafa.rewards.Vouchers;
import ir.vafa.tenancy.Roles;
import jakarta.annotation.security.RolesAllowed;

/**
 * The cashier's screen: find a member by card number or phone, reserve a reward of the catalog for them, then confirm
 * it with the purchase or cancel it; and check and redeem a voucher any member brings. A reward's button disables itself when clicked and sends the same idempotency
 * key until the member is shown again, so a double click reserves once.
 */
@Route(value = "till", layout = MainLayout.class)
@RolesAllowed({ Roles.CASHIER, Roles.TENANT_ADMIN })
public class TillView extends VerticalLayout implements HasDynamicTitle {

	static final int RESERVATIONS_SHOWN = 10;
	static final int ISSUED_SHOWN = 10;

	private final Members members;
	private final Ledger ledger;
	private final Catalog catalog;
	private final Redemptions redemptions;
	private final Programs programs;
	private final AuthenticationContext authentication;
	private final Messages messages;
	private final TextField search = new TextField();
	private final Div result = new Div();
	private final Vouchers vouchers;
	private final Donations donations;
	private final PointsPayments payments;
	private final ir.vafa.rewards.Rewards rewards;
	private final VoucherPanel voucherPanel;
	private UUID shown;

	public TillView(Members members, Ledger ledger, Catalog catalog, Redemptions redemptions, Programs programs,
			Vouchers vouchers, Donations donations, PointsPayments payments, ir.vafa.rewards.Rewards rewards,
			AuthenticationContext authentication) {
		this.payments = payments;
		this.rewards = rewards;
		this.vouchers = vouchers;
		this.donations = donations;
		this.members = members;
		this.ledger = ledger;
		this.catalog = catalog;
		this.redemptions = redemptions;
		this.programs = programs;
		this.authentication = authentication;
		this.messages = Messages.of(getLocale());
		result.setWidthFull();
		voucherPanel = new VoucherPanel(messages, zone());
		voucherPanel.addCheckListener(e -> voucher(() -> vouchers.validate(parsed(e.code()))));
		// one key per voucher while the screen is open: a retried click answers the first redemption
		Map<String, String> voucherKeys = new HashMap<>();
		voucherPanel.addRedeemListener(e -> voucher(() -> vouchers.redeem(parsed(e.code()),
				new VoucherRedemption(e.purchaseExternalId()),
				voucherKeys.computeIfAbsent(e.code() + ":" + e.purchaseExternalId(), k -> "till-" + UUID.randomUUID()),
				actor())));
		add(new H2(messages.get("till.title")), searchBar(), result, voucherPanel);
	}

	private VoucherCode parsed(String typed) {
		return VoucherCode.parse(typed)
			.orElseThrow(() -> ApiProblem.invalid("code", messages.get("voucher.notACode")));
	}

	/** Shows the voucher as the lookup or redemption left it, or why it was refused. */
	private void voucher(Supplier<Voucher> action) {
		try {
			Voucher voucher = action.get();
			voucherPanel.show(voucher, catalog.get(voucher.rewardCode())
				.map(r -> RewardTerms.say(r.definition(), messages, new Formats(messages.locale(), zone())))
				.orElse(null));
		}
		catch (ApiProblem problem) {
			voucherPanel.showRefusal(problem.status().value() == 404 ? messages.get("voucher.unknown")
					: Refusals.say(problem, messages));
		}
		if (shown != null) {
			show();
		}
	}

	private ZoneId zone() {
		return programs.current().map(p -> ZoneId.of(p.timezone())).orElse(ZoneId.of("Asia/Tehran"));
	}

	private HorizontalLayout searchBar() {
		search.setId("till-search");
		search.setLabel(messages.get("members.search"));
		search.setPlaceholder(messages.get("members.search.placeholder"));
		search.setWidth("24rem");
		search.setClearButtonVisible(true);
		Button find = new Button(messages.get("members.find"), VaadinIcon.SEARCH.create(), e -> find(search.getValue()));
		find.setId("till-find");
		find.addThemeVariants(ButtonVariant.PRIMARY);
		find.addClickShortcut(Key.ENTER);
		HorizontalLayout bar = new HorizontalLayout(search, find);
		bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
		return bar;
	}

	private void find(String identifier) {
		Optional<MemberView> member = identifier.isBlank() ? Optional.empty() : members.lookup(identifier.strip());
		shown = member.map(MemberView::id).orElse(null);
		result.removeAll();
		if (member.isEmpty()) {
			Paragraph none = new Paragraph(messages.get("members.notFound", identifier));
			none.setId("till-not-found");
			result.add(none);
			return;
		}
		show();
	}

	private void show() {
		result.removeAll();
		MemberView member = members.get(shown).orElseThrow();
		ZoneId zone = zone();
		java.util.Optional<ir.vafa.programs.ActiveProgram> program = programs.active();
		MemberTill till = new MemberTill(messages, new TillState(member, ledger.balance(shown), catalog.list(false),
				redemptions.forMember(shown, RESERVATIONS_SHOWN), zone,
				program.map(p -> p.redemption().pointValue()).orElse(null),
				program.map(p -> p.currency().getCurrencyCode()).orElse(null),
				rewards.rewardsFor(shown).stream().limit(ISSUED_SHOWN).toList()));
		// one key per reward for as long as the panel is shown: a second click on the same button reserves nothing more
		Map<String, String> keys = new HashMap<>();
		till.addReserveListener(e -> act(() -> redemptions.reserve(shown, new NewReservation(e.code()),
				keys.computeIfAbsent(e.code(), code -> "till-" + UUID.randomUUID()), actor()), "till.reserved"));
		till.addConfirmListener(e -> act(() -> redemptions.confirm(e.reservation().id(),
				new Confirmation(e.purchaseExternalId()), actor()), "till.confirmed"));
		till.addCancelListener(e -> act(() -> redemptions.cancel(e.reservation().id(), actor()), "till.cancelled"));
		// a payment or a donation repeated while the member is shown (a click retried after a time-out) keeps its key
		till.addPayListener(e -> act(() -> payments.pay(shown, new NewPointsPayment(e.points(), e.purchaseExternalId()),
				keys.computeIfAbsent("pay:" + e.purchaseExternalId() + ":" + e.points(),
						k -> "till-" + UUID.randomUUID()), actor()), "till.paid"));
		till.addDonateListener(e -> act(() -> donations.donate(shown, new NewDonation(e.code(), e.points()),
				keys.computeIfAbsent("donate:" + e.code() + ":" + e.points(), k -> "till-" + UUID.randomUUID()),
				actor()), "till.donated"));
		// choosing the same again answers the reward as it is: no key needed
		till.addChooseListener(e -> act(() -> rewards.choose(shown, e.rewardId(), e.code(), actor()), "till.chosen"));
		result.add(till);
	}

	/** Makes the change and shows the member again; a refusal is said in a notification. */
	private void act(Supplier<?> change, String doneKey) {
		try {
			change.get();
			Notification.show(messages.get(doneKey), 4000, Notification.Position.BOTTOM_END)
				.addThemeVariants(NotificationVariant.SUCCESS);
		}
		catch (ApiProblem problem) {
			Notification.show(Refusals.say(problem, messages), 6000, Notification.Position.MIDDLE)
				.addThemeVariants(NotificationVariant.ERROR);
		}
		show();
	}

	private String actor() {
		return authentication.getPrincipalName().orElseThrow();
	}

	@Override
	public String getPageTitle() {
		return messages.get("till.title");
	}
}
