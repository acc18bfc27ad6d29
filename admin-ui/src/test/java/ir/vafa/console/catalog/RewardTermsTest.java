package ir.vafa.console.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import ir.vafa.catalog.Money;
import ir.vafa.catalog.RewardDefinition;
import ir.vafa.catalog.RewardDefinition.Discount;
import ir.vafa.catalog.RewardKind;
import ir.vafa.catalog.Texts;
import ir.vafa.console.i18n.Formats;
import ir.vafa.console.i18n.Language;
import ir.vafa.console.i18n.Messages;
import org.junit.jupiter.api.Test;

/** What a reward gives, as the till says it beside the reward and the voucher. */
class RewardTermsTest {

	private static final ZoneId TEHRAN = ZoneId.of("Asia/Tehran");

	@Test
	void aCappedPercentDiscountOnCategoriesInEnglishAndPersian() {
		RewardDefinition reward = reward(RewardKind.DISCOUNT, new Discount(Discount.Type.PERCENT, BigDecimal.TEN, null,
				new Money(new BigDecimal("2000000"), "IRR"), List.of("clothing", "shoes")), null, null);

		assertThat(say(reward, Language.ENGLISH)).isEqualTo("10% off clothing, shoes, at most 2,000,000 IRR");
		assertThat(say(reward, Language.PERSIAN)).isEqualTo("۱۰٪ تخفیف روی clothing، shoes، حداکثر ۲٬۰۰۰٬۰۰۰ ریال");
	}

	@Test
	void anAmountOffTheOrderAFreeProductAndAGiftCard() {
		RewardDefinition amount = reward(RewardKind.DISCOUNT, new Discount(Discount.Type.AMOUNT, null,
				new Money(new BigDecimal("500000"), "IRR"), null, null), null, null);
		RewardDefinition latte = reward(RewardKind.FREE_PRODUCT, null, "LATTE", null);
		RewardDefinition card = reward(RewardKind.GIFT_CARD, null, null, new Money(new BigDecimal("1000000"), "IRR"));

		assertThat(say(amount, Language.ENGLISH)).isEqualTo("500,000 IRR off the order");
		assertThat(say(amount, Language.PERSIAN)).isEqualTo("۵۰۰٬۰۰۰ ریال تخفیف روی کل خرید");
		assertThat(say(latte, Language.ENGLISH)).isEqualTo("one LATTE free");
		assertThat(say(card, Language.ENGLISH)).isEqualTo("1,000,000 IRR to spend");
		assertThat(say(reward(RewardKind.FREE_SHIPPING, null, null, null), Language.PERSIAN)).isEqualTo("ارسال رایگان");
	}

	@Test
	void anExperienceSaysWhenInTheUsersCalendar() {
		RewardDefinition workshop = new RewardDefinition("w", RewardKind.EXPERIENCE, new Texts("w", "w"), null, 100,
				null, null, new RewardDefinition.Experience(Instant.parse("2026-12-20T14:30:00Z"), null, null), null,
				null, null, null, null, null, null);

		assertThat(say(workshop, Language.PERSIAN)).startsWith("یک جا برای ۱۴۰۵/۰۹/۲۹");
	}

	private static String say(RewardDefinition reward, Language language) {
		Messages messages = Messages.of(language);
		return RewardTerms.say(reward, messages, new Formats(messages.locale(), TEHRAN));
	}

	private static RewardDefinition reward(RewardKind kind, Discount discount, String sku, Money value) {
		return new RewardDefinition("r", kind, new Texts("r", "r"), null, 100, discount, sku, null, null, value, null,
				null, null, null, null);
	}
}
