package ir.vafa.console.catalog;

import ir.vafa.catalog.Money;
import ir.vafa.catalog.RewardDefinition;
import ir.vafa.console.i18n.Formats;
import ir.vafa.console.i18n.Messages;

/**
 * What a reward gives, in a line of the user's language: "10% off clothing, at most 2,000,000 IRR". The till shows it
 * beside a reward and a voucher, so the cashier knows what to take off; the exact amount for an order is the API's
 * quote.
 */
public final class RewardTerms {

	private RewardTerms() {
	}

	public static String say(RewardDefinition reward, Messages messages, Formats formats) {
		boolean persian = "fa".equals(messages.locale().getLanguage());
		if (!hasDetails(reward)) {
			return messages.get("catalog.kind." + reward.kind());
		}
		return switch (reward.kind()) {
			case DISCOUNT -> {
				RewardDefinition.Discount discount = reward.discount();
				String on = discount.categories().isEmpty() ? messages.get("terms.order")
						: String.join(persian ? "، " : ", ", discount.categories());
				if (discount.type() == RewardDefinition.Discount.Type.PERCENT) {
					String off = messages.get("terms.percent", formats.amount(discount.percent()), on);
					yield discount.cap() == null ? off : messages.get("terms.capped", off, money(discount.cap(), messages, formats));
				}
				yield messages.get("terms.amount", money(discount.amount(), messages, formats), on);
			}
			case FREE_PRODUCT -> messages.get("terms.product", reward.sku());
			case FREE_SHIPPING -> messages.get("terms.shipping");
			case EXPERIENCE -> messages.get("terms.experience", formats.dateTime(reward.experience().startsAt()));
			case DONATION -> messages.get("terms.donation", money(reward.donation().perPoint(), messages, formats),
					persian ? reward.donation().charity().fa() : reward.donation().charity().en());
			case GIFT_CARD -> messages.get("terms.giftCard", money(reward.value(), messages, formats));
		};
	}

	/** The API refuses a reward without its kind's details; a row written otherwise is only named. */
	private static boolean hasDetails(RewardDefinition reward) {
		return switch (reward.kind()) {
			case DISCOUNT -> reward.discount() != null && (reward.discount().type() == RewardDefinition.Discount.Type.PERCENT
					? reward.discount().percent() != null : reward.discount().amount() != null);
			case FREE_PRODUCT -> reward.sku() != null;
			case FREE_SHIPPING -> true;
			case EXPERIENCE -> reward.experience() != null;
			case DONATION -> reward.donation() != null;
			case GIFT_CARD -> reward.value() != null;
		};
	}

	/** The amount and its currency, by name where the language has one ({@code ریال}), else its code. */
	private static String money(Money money, Messages messages, Formats formats) {
		String key = "currency." + money.currency();
		return formats.amount(money.amount()) + " " + (messages.has(key) ? messages.get(key) : money.currency());
	}
}
