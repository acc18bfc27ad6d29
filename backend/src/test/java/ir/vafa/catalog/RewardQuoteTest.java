package ir.vafa.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;

import ir.vafa.catalog.RewardDefinition.Discount;
import ir.vafa.catalog.RewardQuote.LineOff;
import ir.vafa.purchases.PurchaseRequest;
import org.junit.jupiter.api.Test;

/** What each kind of reward takes off an order, and how it is spread over the lines. */
class RewardQuoteTest {

	private static final Order CAFE = new Order("IRR", List.of(
			line("LATTE", "coffee", 2, "1500000", null),
			line("CHEESECAKE", "pastry", 1, "1100000", "100000"),
			line("ESPRESSO", "coffee", 1, "900000", null)));

	@Test
	void aPercentDiscountTakesItsShareOfTheWholeOrderSpreadOverTheLinesByCost() {
		RewardQuote quote = RewardQuote.of(percent("10", null), CAFE);

		assertThat(quote.applies()).isTrue();
		assertThat(quote.amountOff()).isEqualByComparingTo("490000");
		assertThat(quote.currency()).isEqualTo("IRR");
		assertThat(quote.lines()).containsExactly(off(1, "LATTE", "300000"), off(2, "CHEESECAKE", "100000"),
				off(3, "ESPRESSO", "90000"));
		assertThat(quote.note()).isEqualTo("10% of the order's 4900000");
	}

	@Test
	void aPercentDiscountStopsAtItsCap() {
		RewardQuote quote = RewardQuote.of(percent("10", money("200000")), CAFE);

		assertThat(quote.amountOff()).isEqualByComparingTo("200000");
		assertThat(quote.lines()).extracting(LineOff::amountOff).map(BigDecimal::toPlainString)
			.containsExactly("122449", "40816", "36735");
		assertThat(quote.note()).endsWith("capped at 200000");
	}

	@Test
	void aDiscountOnChosenCategoriesCoversOnlyTheirLines() {
		RewardDefinition coffeeOnly = reward(RewardKind.DISCOUNT,
				new Discount(Discount.Type.PERCENT, new BigDecimal("20"), null, null, List.of("coffee")));

		RewardQuote quote = RewardQuote.of(coffeeOnly, CAFE);

		assertThat(quote.amountOff()).isEqualByComparingTo("780000");
		assertThat(quote.lines()).containsExactly(off(1, "LATTE", "600000"), off(3, "ESPRESSO", "180000"));
	}

	@Test
	void aDiscountWhoseCategoriesAreNotInTheOrderDoesNotApply() {
		RewardDefinition books = reward(RewardKind.DISCOUNT,
				new Discount(Discount.Type.PERCENT, new BigDecimal("20"), null, null, List.of("books")));

		RewardQuote quote = RewardQuote.of(books, CAFE);

		assertThat(quote.applies()).isFalse();
		assertThat(quote.amountOff()).isZero();
		assertThat(quote.lines()).isEmpty();
	}

	@Test
	void anAmountOffIsAtMostWhatTheLinesItCoversCost() {
		RewardDefinition big = reward(RewardKind.DISCOUNT,
				new Discount(Discount.Type.AMOUNT, null, money("5000000"), null, List.of("pastry")));

		RewardQuote quote = RewardQuote.of(big, CAFE);

		assertThat(quote.amountOff()).isEqualByComparingTo("1000000");
		assertThat(quote.lines()).containsExactly(off(2, "CHEESECAKE", "1000000"));
	}

	@Test
	void roundingIsDownToWholeRialsAndWhatItLeavesGoesToTheCostliestLines() {
		Order thirds = new Order("IRR", List.of(line("A", null, 1, "1000", null), line("B", null, 1, "1000", null),
				line("C", null, 1, "1000", null)));

		RewardQuote quote = RewardQuote.of(percent("3.35", null), thirds);

		assertThat(quote.amountOff()).isEqualByComparingTo("100");
		assertThat(quote.lines()).extracting(LineOff::amountOff).map(BigDecimal::toPlainString)
			.containsExactly("34", "33", "33");
	}

	@Test
	void otherCurrenciesKeepTheirMinorUnit() {
		Order euros = new Order("EUR", List.of(line("BOOK", null, 1, "9.99", null)));
		RewardDefinition tenPercent = reward(RewardKind.DISCOUNT,
				new Discount(Discount.Type.PERCENT, BigDecimal.TEN, null, null, List.of()));

		assertThat(RewardQuote.of(tenPercent, euros).amountOff()).isEqualByComparingTo("0.99");
	}

	@Test
	void aFreeProductIsOneUnitOfItsSkuAtTheCheapestPriceInTheOrder() {
		Order twoLattes = new Order("IRR", List.of(line("LATTE", "coffee", 2, "1500000", "100000"),
				line("LATTE", "coffee", 1, "1600000", null)));
		RewardDefinition freeLatte = freeProduct("LATTE");

		RewardQuote quote = RewardQuote.of(freeLatte, twoLattes);

		assertThat(quote.amountOff()).isEqualByComparingTo("1450000");
		assertThat(quote.lines()).containsExactly(off(1, "LATTE", "1450000"));
	}

	@Test
	void aFreeProductNotInTheOrderDoesNotApply() {
		RewardQuote quote = RewardQuote.of(freeProduct("MOCHA"), CAFE);

		assertThat(quote.applies()).isFalse();
		assertThat(quote.note()).isEqualTo("the order has no MOCHA to give free");
	}

	@Test
	void aGiftCardPaysUpToWhatTheOrderCosts() {
		RewardDefinition card = giftCard(money("10000000"));

		RewardQuote quote = RewardQuote.of(card, CAFE);

		assertThat(quote.amountOff()).isEqualByComparingTo("4900000");
		assertThat(quote.lines()).extracting(LineOff::amountOff).map(BigDecimal::toPlainString)
			.containsExactly("3000000", "1000000", "900000");
	}

	@Test
	void freeShippingAppliesWithoutAnAmountAndExperiencesTakeNothingOff() {
		RewardQuote shipping = RewardQuote.of(reward(RewardKind.FREE_SHIPPING, null), CAFE);
		RewardQuote workshop = RewardQuote.of(reward(RewardKind.EXPERIENCE, null), CAFE);

		assertThat(shipping.applies()).isTrue();
		assertThat(shipping.amountOff()).isNull();
		assertThat(workshop.applies()).isFalse();
		assertThat(workshop.amountOff()).isNull();
	}

	@Test
	void anOrderInAnotherCurrencyThanTheRewardsAmountsIsRefused() {
		Order euros = new Order("EUR", List.of(line("BOOK", null, 1, "9.99", null)));

		assertThatThrownBy(() -> RewardQuote.of(percent("10", money("200000")), euros))
			.isInstanceOf(RewardQuote.OtherCurrency.class)
			.hasMessage("the reward's discount.cap is in IRR, the order in EUR");
	}

	private static RewardDefinition percent(String percent, Money cap) {
		return reward(RewardKind.DISCOUNT, new Discount(Discount.Type.PERCENT, new BigDecimal(percent), null, cap, null));
	}

	private static RewardDefinition reward(RewardKind kind, Discount discount) {
		return new RewardDefinition("r", kind, new Texts("r", "r"), null, 100, discount, null, null, null, null, null,
				null, null, null, null);
	}

	private static RewardDefinition freeProduct(String sku) {
		return new RewardDefinition("r", RewardKind.FREE_PRODUCT, new Texts("r", "r"), null, 100, null, sku, null, null,
				null, null, null, null, null, null);
	}

	private static RewardDefinition giftCard(Money value) {
		return new RewardDefinition("r", RewardKind.GIFT_CARD, new Texts("r", "r"), null, 100, null, null, null, null,
				value, null, null, null, null, null);
	}

	private static Money money(String amount) {
		return new Money(new BigDecimal(amount), "IRR");
	}

	private static PurchaseRequest.Line line(String sku, String category, int quantity, String unitPrice, String discount) {
		return new PurchaseRequest.Line(sku, category, quantity, new BigDecimal(unitPrice), discount == null ? null : new BigDecimal(discount));
	}

	private static LineOff off(int lineNo, String sku, String amount) {
		return new LineOff(lineNo, sku, new BigDecimal(amount));
	}
}
