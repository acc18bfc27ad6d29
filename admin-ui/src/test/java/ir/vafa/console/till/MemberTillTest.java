package ir.vafa.console.till;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import ir.vafa.catalog.CatalogReward;
import ir.vafa.catalog.RewardDefinition;
import ir.vafa.catalog.RewardKind;
import ir.vafa.catalog.Texts;
import ir.vafa.console.i18n.Language;
import ir.vafa.console.i18n.Messages;
import ir.vafa.ledger.PointsBalance;
import ir.vafa.members.MemberView;
import ir.vafa.redemptions.Reservation;
import org.junit.jupiter.api.Test;

/** The till's member panel on its own: what it offers, in Persian digits, and what its buttons ask for. */
class MemberTillTest {

	private static final UUID MEMBER = UUID.randomUUID();
	private static final ZoneId TEHRAN = ZoneId.of("Asia/Tehran");
	private static final Instant NOW = Instant.parse("2026-12-02T06:00:00Z");
	private static final ir.vafa.rewards.VoucherCode VOUCHER = ir.vafa.rewards.VoucherCode.random();

	private static CatalogReward reward(String code, int cost, boolean available) {
		RewardDefinition definition = new RewardDefinition(code, RewardKind.FREE_PRODUCT, new Texts("Free " + code,
				"رایگان " + code), null, cost, null, "SKU-" + code, null, null, null, null, null, null, List.of(), null);
		return new CatalogReward(definition, 0, null, available, !available, 1, NOW, "a", NOW, "a");
	}

	private static TillState state(long available, long held, List<Reservation> reservations) {
		MemberView member = new MemberView(MEMBER, "+989121234567", null, "C-1", "سارا", null, true, true, NOW);
		PointsBalance balance = new PointsBalance(MEMBER, available + held, available, held, 0, 0, 0, 3,
				new BigDecimal("3000000"), null, null, List.of(), List.of());
		return new TillState(member, balance, List.of(reward("coffee", 400, true), reward("cake", 900, true),
				reward("old", 100, false)), reservations, TEHRAN);
	}

	private static Reservation held(String code, int points) {
		return new Reservation(UUID.randomUUID(), MEMBER, code, points, Reservation.Status.HELD, NOW,
				NOW.plusSeconds(900), "cashier", null, null, null, null, List.of(), null);
	}

	@Test
	void theRewardsOnOfferAreReservableWhenTheMemberHasThePointsAndSaySoInPersian() {
		MemberTill till = new MemberTill(Messages.of(Language.PERSIAN), state(500, 0, List.of()));
		List<String> asked = new ArrayList<>();
		till.addReserveListener(e -> asked.add(e.code()));

		assertThat(byId(till, "till-available")).map(c -> c.getElement().getText()).hasValue("۵۰۰");
		@SuppressWarnings("unchecked")
		Grid<CatalogReward> grid = (Grid<CatalogReward>) byId(till, "till-rewards").orElseThrow();
		assertThat(grid.getGenericDataView().getItems().map(CatalogReward::code)).as("only those available now")
			.containsExactly("coffee", "cake");
		Component coffee = till.reserveOrShortfall(reward("coffee", 400, true));
		assertThat(coffee).isInstanceOf(Button.class);
		((Button) coffee).click();
		assertThat(asked).containsExactly("coffee");
		assertThat(till.reserveOrShortfall(reward("cake", 900, true)).getElement().getText())
			.isEqualTo("۴۰۰ امتیاز دیگر لازم است");
	}

	@Test
	void aHeldReservationCanBeConfirmedWithItsPurchaseOrCancelled() {
		Reservation reservation = held("coffee", 400);
		MemberTill till = new MemberTill(Messages.of(Language.ENGLISH), state(100, 400, List.of(reservation)));
		List<String> confirmed = new ArrayList<>();
		List<UUID> cancelled = new ArrayList<>();
		till.addConfirmListener(e -> confirmed.add(e.reservation().id() + " " + e.purchaseExternalId()));
		till.addCancelListener(e -> cancelled.add(e.reservation().id()));

		assertThat(byId(till, "till-held")).map(c -> c.getElement().getText()).hasValue("400");
		((com.vaadin.flow.component.textfield.TextField) byId(till, "till-purchase-" + reservation.id()).orElseThrow())
			.setValue(" POS-1-0042 ");
		((Button) byId(till, "till-confirm-" + reservation.id()).orElseThrow()).click();
		((Button) byId(till, "till-cancel-" + reservation.id()).orElseThrow()).click();

		assertThat(confirmed).containsExactly(reservation.id() + " POS-1-0042");
		assertThat(cancelled).containsExactly(reservation.id());
	}

	@Test
	void aConfirmedReservationShowsItsVoucherAndHasNoButtons() {
		Reservation done = new Reservation(UUID.randomUUID(), MEMBER, "coffee", 400, Reservation.Status.CONFIRMED, NOW,
				NOW.plusSeconds(900), "cashier", NOW.plusSeconds(60), "cashier", "POS-1", 7L, List.of(), VOUCHER.value());

		MemberTill till = new MemberTill(Messages.of(Language.ENGLISH), state(100, 0, List.of(done)));

		assertThat(byId(till, "till-confirm-" + done.id())).isEmpty();
		assertThat(all(till).filter(c -> c.getClassNames().contains("till-reservation"))
			.map(c -> c.getElement().getText())).singleElement().asString().startsWith("Free coffee: 400 points, confirmed");
		assertThat(byId(till, "till-voucher-" + done.id())).map(c -> c.getElement().getText())
			.hasValue("voucher " + VOUCHER.grouped());
	}

	@Test
	void aCharityAsksHowManyPointsToGiveAndGivesThem() {
		RewardDefinition mahak = new RewardDefinition("mahak", RewardKind.DONATION, new Texts("Mahak", "محک"), null, 1,
				null, null, null, new RewardDefinition.Donation(new Texts("Mahak", "محک"),
						new ir.vafa.catalog.Money(new BigDecimal("1000"), "IRR")), null, null, null, null, List.of(), null);
		TillState state = new TillState(state(500, 0, List.of()).member(), state(500, 0, List.of()).balance(),
				List.of(new CatalogReward(mahak, 0, null, true, false, 1, NOW, "a", NOW, "a")), List.of(), TEHRAN);
		MemberTill till = new MemberTill(Messages.of(Language.ENGLISH), state);
		List<String> given = new ArrayList<>();
		till.addDonateListener(e -> given.add(e.code() + ":" + e.points()));

		Component cell = till.reserveOrShortfall(state.rewards().getFirst());
		((com.vaadin.flow.component.textfield.IntegerField) byId(cell, "till-donate-points-mahak").orElseThrow())
			.setValue(120);
		((Button) byId(cell, "till-donate-mahak").orElseThrow()).click();

		assertThat(byId(cell, "till-reserve-mahak")).as("a donation is given, not reserved").isEmpty();
		assertThat(given).containsExactly("mahak:120");
	}

	@Test
	void pointsPayPartOfAPurchaseAtTheProgramsValue() {
		TillState base = state(500, 0, List.of());
		TillState state = new TillState(base.member(), base.balance(), List.of(), List.of(), TEHRAN,
				new BigDecimal("1000"), "IRR", List.of());
		MemberTill till = new MemberTill(Messages.of(Language.PERSIAN), state);
		List<String> paid = new ArrayList<>();
		till.addPayListener(e -> paid.add(e.points() + "@" + e.purchaseExternalId()));

		((com.vaadin.flow.component.textfield.IntegerField) byId(till, "till-pay-points").orElseThrow()).setValue(300);
		((com.vaadin.flow.component.textfield.TextField) byId(till, "till-pay-purchase").orElseThrow()).setValue("POS-9 ");
		((Button) byId(till, "till-pay").orElseThrow()).click();

		assertThat(byId(till, "till-pay-worth")).map(c -> c.getElement().getText()).hasValue("۳۰۰٬۰۰۰ IRR");
		assertThat(paid).containsExactly("300@POS-9");
		assertThat(byId(new MemberTill(Messages.of(Language.ENGLISH), base), "till-pay"))
			.as("points that pay for nothing offer no payment").isEmpty();
	}

	@Test
	void aFullCardsChoiceIsOfferedWithEachRewardAndAVoucherGivenShowsItsCode() {
		TillState base = state(0, 0, List.of());
		UUID choosing = UUID.randomUUID();
		UUID given = UUID.randomUUID();
		List<ir.vafa.rewards.IssuedReward> issued = List.of(
				issued(choosing, "coffee", null, ir.vafa.rewards.IssuedReward.Status.CHOOSING, List.of("coffee", "cake")),
				issued(given, "cake", VOUCHER.value(), ir.vafa.rewards.IssuedReward.Status.ISSUED, List.of()));
		MemberTill till = new MemberTill(Messages.of(Language.ENGLISH), new TillState(base.member(), base.balance(),
				base.rewards(), List.of(), TEHRAN, null, null, issued));
		List<String> chosen = new ArrayList<>();
		till.addChooseListener(e -> chosen.add(e.rewardId() + ":" + e.code()));

		Button cake = (Button) byId(till, "till-choose-" + choosing + "-cake").orElseThrow();
		assertThat(cake.getText()).isEqualTo("Free cake");
		assertThat(byId(till, "till-choose-" + choosing + "-coffee")).isPresent();
		cake.click();

		assertThat(chosen).containsExactly(choosing + ":cake");
		assertThat(byId(till, "till-issued-code-" + given)).map(c -> c.getElement().getText()).hasValue(VOUCHER.grouped());
		assertThat(byId(till, "till-issued-code-" + choosing)).as("no voucher before the choice").isEmpty();
		assertThat(byId(new MemberTill(Messages.of(Language.ENGLISH), base), "till-issued"))
			.as("a member given nothing has no such list").isEmpty();
	}

	private static ir.vafa.rewards.IssuedReward issued(UUID id, String code, String voucher,
			ir.vafa.rewards.IssuedReward.Status status, List<String> choices) {
		return new ir.vafa.rewards.IssuedReward(id, MEMBER, code, voucher, status, "coffee-card", 1, null, "coffee-card",
				"Coffee card", 1, null, NOW, null, null, null, choices, choices.isEmpty() ? null : NOW.plusSeconds(86_400),
				null, null, null, null);
	}

	private static Optional<Component> byId(Component root, String id) {
		return all(root).filter(c -> c.getId().filter(id::equals).isPresent()).findFirst();
	}

	private static Stream<Component> all(Component root) {
		return Stream.concat(Stream.of(root), root.getChildren().flatMap(MemberTillTest::all));
	}
}
