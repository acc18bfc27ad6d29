package ir.vafa.console.till;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.theme.lumo.LumoUtility;
import ir.vafa.catalog.CatalogReward;
import ir.vafa.console.catalog.RewardTerms;
import ir.vafa.console.i18n.Formats;
import ir.vafa.console.i18n.Messages;
import ir.vafa.redemptions.Reservation;
import ir.vafa.rewards.IssuedReward;

/**
 * One member at the till: their spendable and held points, each reward on offer with what it costs (reservable when
 * they have the points), and their reservations, the held ones with confirm and cancel. It changes nothing itself:
 * it fires {@link ReserveEvent}, {@link ConfirmEvent}, {@link CancelEvent}, {@link DonateEvent}, {@link PayEvent}
 * and {@link ChooseEvent}.
 */
public class MemberTill extends VerticalLayout {

	private final Messages messages;
	private final Formats formats;
	private final TillState state;

	public MemberTill(Messages messages, TillState state) {
		this.messages = messages;
		this.formats = new Formats(messages.locale(), state.zone());
		this.state = state;
		setPadding(false);
		add(header(), rewards(), reservations());
		if (!state.issued().isEmpty()) {
			add(issued());
		}
		if (state.pointValue() != null) {
			add(payment());
		}
	}

	private Component header() {
		String name = state.member().displayName() != null ? state.member().displayName()
				: state.member().cardNumber() != null ? state.member().cardNumber() : state.member().phone();
		H3 title = new H3(name);
		title.setId("till-member");
		HorizontalLayout figures = new HorizontalLayout(
				figure("till.available", formats.number(state.balance().pointsAvailable()), "till-available"),
				figure("till.held", formats.number(state.balance().pointsHeld()), "till-held"),
				figure("till.pending", formats.number(state.balance().pointsPending()), "till-pending"));
		return new VerticalLayout(title, figures);
	}

	private Component figure(String key, String value, String id) {
		Span number = new Span(value);
		number.setId(id);
		number.addClassNames(LumoUtility.FontSize.XLARGE, LumoUtility.FontWeight.SEMIBOLD);
		Span label = new Span(messages.get(key));
		label.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
		Div figure = new Div(number, new Div(label));
		figure.addClassName(LumoUtility.Padding.Horizontal.MEDIUM);
		return figure;
	}

	private Component rewards() {
		Grid<CatalogReward> grid = new Grid<>();
		grid.setId("till-rewards");
		grid.addThemeVariants(GridVariant.ROW_STRIPES);
		grid.setAllRowsVisible(true);
		String language = messages.locale().getLanguage();
		grid.addColumn(r -> "fa".equals(language) ? r.definition().name().fa() : r.definition().name().en())
			.setHeader(messages.get("till.reward")).setAutoWidth(true);
		grid.addColumn(r -> RewardTerms.say(r.definition(), messages, formats)).setHeader(messages.get("till.gives"))
			.setAutoWidth(true);
		grid.addColumn(r -> formats.number(r.definition().costPoints())).setHeader(messages.get("till.cost"))
			.setAutoWidth(true);
		grid.addComponentColumn(this::reserveOrShortfall).setAutoWidth(true);
		grid.setItems(state.rewards().stream().filter(CatalogReward::available).toList());
		return new VerticalLayout(new H4(messages.get("till.rewards")), grid);
	}

	/**
	 * A reserve button when the member has the points, else how many they lack; for a charity, how many points to
	 * give and a donate button.
	 */
	Component reserveOrShortfall(CatalogReward reward) {
		if (reward.definition().kind() == ir.vafa.catalog.RewardKind.DONATION) {
			return donation(reward);
		}
		long missing = reward.definition().costPoints() - state.balance().pointsAvailable();
		if (missing > 0) {
			Span shortfall = new Span(messages.get("till.missing", formats.number(missing)));
			shortfall.addClassNames("till-missing", LumoUtility.TextColor.SECONDARY);
			return shortfall;
		}
		Button reserve = new Button(messages.get("till.reserve"), e -> fireEvent(new ReserveEvent(this, reward.code())));
		reserve.setId("till-reserve-" + reward.code());
		reserve.setDisableOnClick(true);
		reserve.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.SMALL);
		return reserve;
	}

	private Component donation(CatalogReward reward) {
		com.vaadin.flow.component.textfield.IntegerField points = new com.vaadin.flow.component.textfield.IntegerField();
		points.setId("till-donate-points-" + reward.code());
		points.setPlaceholder(messages.get("till.donatePoints"));
		points.setMin(1);
		points.setMax((int) Math.min(Integer.MAX_VALUE, Math.max(1, state.balance().pointsAvailable())));
		points.setStepButtonsVisible(false);
		points.setWidth("8rem");
		Button donate = new Button(messages.get("till.donate"), e -> {
			if (points.getValue() != null && points.getValue() > 0) {
				fireEvent(new DonateEvent(this, reward.code(), points.getValue()));
			}
		});
		donate.setId("till-donate-" + reward.code());
		donate.setDisableOnClick(true);
		donate.setEnabled(state.balance().pointsAvailable() > 0);
		donate.addThemeVariants(ButtonVariant.SMALL);
		HorizontalLayout give = new HorizontalLayout(points, donate);
		give.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
		return give;
	}

	/** Points paying part of a recorded purchase: how many, and what they pay at the program's value. */
	private Component payment() {
		com.vaadin.flow.component.textfield.IntegerField points = new com.vaadin.flow.component.textfield.IntegerField();
		points.setId("till-pay-points");
		points.setLabel(messages.get("till.payPoints"));
		points.setMin(1);
		points.setWidth("8rem");
		TextField purchase = new TextField(messages.get("till.payPurchase"));
		purchase.setId("till-pay-purchase");
		purchase.getElement().setAttribute("dir", "ltr");
		Span worth = new Span();
		worth.setId("till-pay-worth");
		points.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.EAGER);
		points.addValueChangeListener(e -> worth.setText(e.getValue() == null ? "" : formats.amount(
				state.pointValue().multiply(java.math.BigDecimal.valueOf(e.getValue()))) + " " + state.currency()));
		Button pay = new Button(messages.get("till.pay"), e -> {
			if (points.getValue() != null && points.getValue() > 0 && !purchase.getValue().isBlank()) {
				fireEvent(new PayEvent(this, points.getValue(), purchase.getValue().strip()));
			}
		});
		pay.setId("till-pay");
		pay.setDisableOnClick(true);
		pay.addThemeVariants(ButtonVariant.PRIMARY);
		HorizontalLayout row = new HorizontalLayout(points, purchase, worth, pay);
		row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
		return new VerticalLayout(new H4(messages.get("till.pay")), row);
	}

	private Component reservations() {
		VerticalLayout list = new VerticalLayout();
		list.setId("till-reservations");
		list.setPadding(false);
		list.add(new H4(messages.get("till.reservations")));
		if (state.reservations().isEmpty()) {
			list.add(new Span(messages.get("till.noReservations")));
		}
		for (Reservation reservation : state.reservations()) {
			list.add(reservationRow(reservation));
		}
		return list;
	}

	private Component reservationRow(Reservation reservation) {
		Span what = new Span(messages.get("till.reservation", rewardName(reservation.rewardCode()),
				formats.number(reservation.points()), messages.get("till.status." + reservation.status()),
				formats.dateTime(reservation.status() == Reservation.Status.HELD ? reservation.expiresAt()
						: reservation.endedAt())));
		what.addClassName("till-reservation");
		HorizontalLayout row = new HorizontalLayout(what);
		row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
		row.setId("reservation-" + reservation.id());
		if (reservation.voucherCode() != null) {
			Span voucher = new Span(messages.get("till.voucher",
					new ir.vafa.rewards.VoucherCode(reservation.voucherCode()).grouped()));
			voucher.setId("till-voucher-" + reservation.id());
			voucher.getElement().setAttribute("dir", "ltr");
			row.add(voucher);
		}
		if (reservation.status() == Reservation.Status.HELD) {
			TextField purchase = new TextField();
			purchase.setPlaceholder(messages.get("till.purchase"));
			purchase.setId("till-purchase-" + reservation.id());
			purchase.getElement().setAttribute("dir", "ltr");
			Button confirm = new Button(messages.get("till.confirm"), e -> fireEvent(
					new ConfirmEvent(this, reservation, purchase.getValue().isBlank() ? null : purchase.getValue().strip())));
			confirm.setId("till-confirm-" + reservation.id());
			confirm.addThemeVariants(ButtonVariant.SUCCESS, ButtonVariant.SMALL);
			Button cancel = new Button(messages.get("till.cancel"), e -> fireEvent(new CancelEvent(this, reservation)));
			cancel.setId("till-cancel-" + reservation.id());
			cancel.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.SMALL);
			row.add(purchase, confirm, cancel);
		}
		return row;
	}

	/** The member's latest rewards: a voucher with its code and state; a card's choice still open, with its options. */
	private Component issued() {
		VerticalLayout list = new VerticalLayout();
		list.setId("till-issued");
		list.setPadding(false);
		list.add(new H4(messages.get("till.issued")));
		for (IssuedReward reward : state.issued()) {
			HorizontalLayout row = new HorizontalLayout();
			row.setId("till-issued-" + reward.id());
			row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
			if (reward.status() == IssuedReward.Status.CHOOSING) {
				row.add(new Span(messages.get("till.choosing", formats.dateTime(reward.chooseBy()))));
				for (String code : reward.choices()) {
					Button choose = new Button(rewardName(code), e -> fireEvent(new ChooseEvent(this, reward.id(), code)));
					choose.setId("till-choose-" + reward.id() + "-" + code);
					choose.setDisableOnClick(true);
					choose.addThemeVariants(ButtonVariant.SMALL);
					row.add(choose);
				}
			}
			else {
				Span what = new Span(messages.get("till.issuedReward", rewardName(reward.rewardCode()),
						messages.get("till.issued." + reward.status())));
				row.add(what);
				if (reward.status() == IssuedReward.Status.ISSUED && reward.voucherCode() != null) {
					Span code = new Span(new ir.vafa.rewards.VoucherCode(reward.voucherCode()).grouped());
					code.setId("till-issued-code-" + reward.id());
					code.getElement().setAttribute("dir", "ltr");
					code.addClassName(LumoUtility.FontWeight.SEMIBOLD);
					row.add(code);
				}
			}
			list.add(row);
		}
		return list;
	}

	/** The reward's name in the form's language, while the catalog has it; its code otherwise. */
	private String rewardName(String code) {
		boolean persian = "fa".equals(messages.locale().getLanguage());
		return state.rewards().stream().filter(r -> r.code().equals(code)).findFirst()
			.map(r -> persian ? r.definition().name().fa() : r.definition().name().en()).orElse(code);
	}

	public Registration addReserveListener(ComponentEventListener<ReserveEvent> listener) {
		return addListener(ReserveEvent.class, listener);
	}

	public Registration addConfirmListener(ComponentEventListener<ConfirmEvent> listener) {
		return addListener(ConfirmEvent.class, listener);
	}

	public Registration addCancelListener(ComponentEventListener<CancelEvent> listener) {
		return addListener(CancelEvent.class, listener);
	}

	public Registration addDonateListener(ComponentEventListener<DonateEvent> listener) {
		return addListener(DonateEvent.class, listener);
	}

	public Registration addPayListener(ComponentEventListener<PayEvent> listener) {
		return addListener(PayEvent.class, listener);
	}

	public Registration addChooseListener(ComponentEventListener<ChooseEvent> listener) {
		return addListener(ChooseEvent.class, listener);
	}

	/** Take {@code code} of the choices the member's reward {@code rewardId} offers. */
	public static final class ChooseEvent extends ComponentEvent<MemberTill> {

		private final java.util.UUID rewardId;
		private final String code;

		ChooseEvent(MemberTill source, java.util.UUID rewardId, String code) {
			super(source, false);
			this.rewardId = rewardId;
			this.code = code;
		}

		public java.util.UUID rewardId() {
			return rewardId;
		}

		public String code() {
			return code;
		}
	}

	/** Pay part of the recorded purchase {@code purchaseExternalId} with {@code points}. */
	public static final class PayEvent extends ComponentEvent<MemberTill> {

		private final long points;
		private final String purchaseExternalId;

		PayEvent(MemberTill source, long points, String purchaseExternalId) {
			super(source, false);
			this.points = points;
			this.purchaseExternalId = purchaseExternalId;
		}

		public long points() {
			return points;
		}

		public String purchaseExternalId() {
			return purchaseExternalId;
		}
	}

	/** Give {@code points} of the member's to the charity of the reward {@code code}. */
	public static final class DonateEvent extends ComponentEvent<MemberTill> {

		private final String code;
		private final long points;

		DonateEvent(MemberTill source, String code, long points) {
			super(source, false);
			this.code = code;
			this.points = points;
		}

		public String code() {
			return code;
		}

		public long points() {
			return points;
		}
	}

	/** Reserve the reward {@code code} for the member. */
	public static final class ReserveEvent extends ComponentEvent<MemberTill> {

		private final String code;

		ReserveEvent(MemberTill source, String code) {
			super(source, false);
			this.code = code;
		}

		public String code() {
			return code;
		}
	}

	/** Confirm the reservation, with the purchase's external id when the cashier typed one. */
	public static final class ConfirmEvent extends ComponentEvent<MemberTill> {

		private final Reservation reservation;
		private final String purchaseExternalId;

		ConfirmEvent(MemberTill source, Reservation reservation, String purchaseExternalId) {
			super(source, false);
			this.reservation = reservation;
			this.purchaseExternalId = purchaseExternalId;
		}

		public Reservation reservation() {
			return reservation;
		}

		public String purchaseExternalId() {
			return purchaseExternalId;
		}
	}

	public static final class CancelEvent extends ComponentEvent<MemberTill> {

		private final Reservation reservation;

		CancelEvent(MemberTill source, Reservation reservation) {
			super(source, false);
			this.reservation = reservation;
		}

		public Reservation reservation() {
			return reservation;
		}
	}
}
