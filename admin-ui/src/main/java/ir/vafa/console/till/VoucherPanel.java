package ir.vafa.console.till;

import java.time.ZoneId;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.theme.lumo.LumoUtility;
import ir.vafa.console.i18n.Formats;
import ir.vafa.console.i18n.Messages;
import ir.vafa.rewards.Voucher;

/**
 * A voucher at the till: the cashier types (or scans) its code and checks it, which shows the reward, whose it is
 * and whether it can be used; a usable one gets a redeem button. Checking never redeems. It changes nothing itself:
 * it fires {@link CheckEvent} and {@link RedeemEvent}.
 */
public class VoucherPanel extends VerticalLayout {

	private final Messages messages;
	private final Formats formats;
	private final TextField code = new TextField();
	private final Div details = new Div();

	public VoucherPanel(Messages messages, ZoneId zone) {
		this.messages = messages;
		this.formats = new Formats(messages.locale(), zone);
		setPadding(false);
		code.setId("voucher-code");
		code.setLabel(messages.get("voucher.code"));
		code.setPlaceholder("7KQ2-M9XD-4TRW-B");
		code.getElement().setAttribute("dir", "ltr");
		code.setClearButtonVisible(true);
		Button check = new Button(messages.get("voucher.check"), e -> fireEvent(new CheckEvent(this, code.getValue())));
		check.setId("voucher-check");
		HorizontalLayout bar = new HorizontalLayout(code, check);
		bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
		details.setId("voucher-details");
		add(new H4(messages.get("voucher.title")), bar, details);
	}

	/** What the lookup found; {@code terms}, what its reward gives, when the catalog still has it. */
	public void show(Voucher voucher, String terms) {
		details.removeAll();
		boolean persian = "fa".equals(messages.locale().getLanguage());
		String reward = voucher.rewardName() == null ? voucher.rewardCode()
				: persian ? voucher.rewardName().fa() : voucher.rewardName().en();
		String whose = voucher.memberName() != null ? voucher.memberName()
				: voucher.cardNumber() != null ? voucher.cardNumber() : "";
		Span what = new Span(messages.get("voucher.what", reward, whose, formats.dateTime(voucher.issuedAt())));
		what.setId("voucher-what");
		Span status = new Span(switch (voucher.status()) {
			case REDEEMED -> messages.get("voucher.redeemedAt", formats.dateTime(voucher.redeemedAt()));
			case EXPIRED -> messages.get("voucher.expiredAt", formats.dateTime(voucher.expiresAt()));
			case ISSUED -> voucher.expiresAt() == null ? messages.get("voucher.status.ISSUED")
					: messages.get("voucher.until", formats.dateTime(voucher.expiresAt()));
			default -> messages.get("voucher.status." + voucher.status());
		});
		status.setId("voucher-status");
		status.getElement().getThemeList().add(voucher.redeemable() ? "badge success" : "badge error");
		Span shown = new Span(voucher.displayCode());
		shown.getElement().setAttribute("dir", "ltr");
		shown.addClassName(LumoUtility.FontWeight.SEMIBOLD);
		HorizontalLayout line = new HorizontalLayout(shown, what, status);
		line.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
		details.add(line);
		if (terms != null) {
			Span gives = new Span(terms);
			gives.setId("voucher-terms");
			details.add(new Div(gives));
		}
		if (voucher.redeemable()) {
			TextField purchase = new TextField();
			purchase.setId("voucher-purchase");
			purchase.setPlaceholder(messages.get("till.purchase"));
			purchase.getElement().setAttribute("dir", "ltr");
			Button redeem = new Button(messages.get("voucher.redeem"), e -> fireEvent(new RedeemEvent(this,
					voucher.code(), purchase.getValue().isBlank() ? null : purchase.getValue().strip())));
			redeem.setId("voucher-redeem");
			redeem.setDisableOnClick(true);
			redeem.addThemeVariants(ButtonVariant.SUCCESS);
			HorizontalLayout use = new HorizontalLayout(purchase, redeem);
			use.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
			details.add(use);
		}
	}

	/** The lookup was refused: not a code, unknown, or too many misses. */
	public void showRefusal(String message) {
		details.removeAll();
		Span refused = new Span(message);
		refused.setId("voucher-refused");
		refused.getElement().getThemeList().add("badge error");
		details.add(refused);
	}

	public Registration addCheckListener(ComponentEventListener<CheckEvent> listener) {
		return addListener(CheckEvent.class, listener);
	}

	public Registration addRedeemListener(ComponentEventListener<RedeemEvent> listener) {
		return addListener(RedeemEvent.class, listener);
	}

	/** Look the typed code up. */
	public static final class CheckEvent extends ComponentEvent<VoucherPanel> {

		private final String code;

		CheckEvent(VoucherPanel source, String code) {
			super(source, false);
			this.code = code;
		}

		public String code() {
			return code;
		}
	}

	/** Redeem the voucher {@code code}, with the purchase's external id when the cashier typed one. */
	public static final class RedeemEvent extends ComponentEvent<VoucherPanel> {

		private final String code;
		private final String purchaseExternalId;

		RedeemEvent(VoucherPanel source, String code, String purchaseExternalId) {
			super(source, false);
			this.code = code;
			this.purchaseExternalId = purchaseExternalId;
		}

		public String code() {
			return code;
		}

		public String purchaseExternalId() {
			return purchaseExternalId;
		}
	}
}
