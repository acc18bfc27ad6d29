package ir.vafa.demo;

import java.math.BigDecimal;
import java.util.List;

import ir.vafa.catalog.Money;
import ir.vafa.catalog.RewardDefinition;
import ir.vafa.catalog.RewardKind;
import ir.vafa.catalog.Texts;

/** The demo tenants' rewards catalogs: what their members can spend points on at the till. */
public final class DemoRewards {

	private DemoRewards() {
	}

	/** The café's: the latte its stamp card gives (the café's coffee SKU), also to be had for points. */
	public static List<RewardDefinition> cafe() {
		return List.of(new RewardDefinition("free-coffee", RewardKind.FREE_PRODUCT,
				new Texts("A free coffee", "یک قهوهٔ رایگان"), null, 100, null, "LATTE", null, null, null, null, null,
				null, List.of(), null));
	}

	/** The retailer's: 10% off an order (at most 2,000,000 IRR), free shipping, and points for a charity. */
	public static List<RewardDefinition> retail() {
		return List.of(
				new RewardDefinition("ten-percent-off", RewardKind.DISCOUNT,
						new Texts("10% off your order", "۱۰٪ تخفیف روی کل خرید"),
						new Texts("Up to 2,000,000 IRR off one order.", "تا ۲٬۰۰۰٬۰۰۰ ریال تخفیف روی یک خرید."), 500,
						new RewardDefinition.Discount(RewardDefinition.Discount.Type.PERCENT, BigDecimal.TEN, null,
								new Money(new BigDecimal("2000000"), "IRR"), List.of()),
						null, null, null, null, null, null, null, List.of(), null),
				new RewardDefinition("free-shipping", RewardKind.FREE_SHIPPING,
						new Texts("Free shipping", "ارسال رایگان"), null, 200, null, null, null, null, null, null, null,
						null, List.of(), null),
				new RewardDefinition("mahak", RewardKind.DONATION, new Texts("Give to Mahak", "کمک به محک"),
						new Texts("Each point gives 1,000 IRR to children with cancer.",
								"هر امتیاز ۱٬۰۰۰ ریال کمک به کودکان مبتلا به سرطان است."), 1, null, null, null,
						new RewardDefinition.Donation(new Texts("Mahak children's cancer charity", "مؤسسهٔ خیریهٔ محک"),
								new Money(new BigDecimal("1000"), "IRR")), null, null, null, null, List.of(), null));
	}
}
