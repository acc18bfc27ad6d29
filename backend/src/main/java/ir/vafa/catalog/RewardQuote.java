package ir.vafa.catalog;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import ir.vafa.purchases.PurchaseRequest;

/**
 * What a reward takes off an order, in all and line by line, for the till to put into the lines' {@code discount}
 * before it records the purchase (so that the points are earned on what the member pays).
 * <ul>
 * <li>{@code DISCOUNT}: {@code percent} of the lines it covers (its {@code categories}, or all), at most its
 * {@code cap}; or {@code amount}, at most what those lines cost. Spread over the lines in proportion to their cost.
 * <li>{@code FREE_PRODUCT}: one unit of its {@code sku}, the cheapest unit when the SKU is on several lines.
 * <li>{@code GIFT_CARD}: its {@code value}, at most what the order costs (a voucher is used once: what is left of the
 * value is not kept).
 * <li>{@code FREE_SHIPPING}: applies, with no amount: shipping is not among a purchase's lines.
 * <li>{@code EXPERIENCE}, {@code DONATION}: take nothing off an order.
 * </ul>
 * Amounts are rounded down to the currency's smallest unit: ISO 4217's minor unit, except whole rials for IRR
 * (its dinar has not been used for decades). A line's cost is its unit price times quantity less its own discount.
 *
 * @param applies   whether the reward takes something off this order
 * @param amountOff in all, in {@code currency}; null when the reward takes no amount off ({@code FREE_SHIPPING} too)
 * @param lines     the lines it comes off, by {@code lineNo} (1 for the order's first line), with what comes off each
 * @param note      in English, how it was worked out or why it does not apply
 */
public record RewardQuote(String rewardCode, RewardKind kind, boolean applies, BigDecimal amountOff, String currency,
		List<LineOff> lines, String note) {

	private static final Map<String, Integer> WHOLE_UNITS = Map.of("IRR", 0);

	public RewardQuote {
		lines = List.copyOf(lines);
	}

	public record LineOff(int lineNo, String sku, BigDecimal amountOff) {
	}

	/** Thrown when the order's currency is not the reward's. */
	public static final class OtherCurrency extends RuntimeException {

		public OtherCurrency(String message) {
			super(message);
		}
	}

	public static RewardQuote of(RewardDefinition reward, Order order) {
		int scale = scale(order.currency());
		String currency = order.currency();
		return switch (reward.kind()) {
			case DISCOUNT -> discount(reward, order, scale);
			case FREE_PRODUCT -> freeProduct(reward, order, scale);
			case GIFT_CARD -> {
				BigDecimal value = inCurrency(reward.value(), currency, "value");
				List<Integer> all = indexes(order, line -> true);
				BigDecimal base = cost(order, all);
				BigDecimal off = down(value.min(base), scale);
				yield spread(reward, order, all, off, scale,
						"a gift card of " + plain(value) + " " + currency + " against the order's " + plain(base));
			}
			case FREE_SHIPPING -> new RewardQuote(reward.code(), reward.kind(), true, null, currency, List.of(),
					"takes the order's shipping off; shipping is not among the lines");
			case EXPERIENCE, DONATION -> new RewardQuote(reward.code(), reward.kind(), false, null, currency, List.of(),
					"takes nothing off an order");
		};
	}

	private static RewardQuote discount(RewardDefinition reward, Order order, int scale) {
		RewardDefinition.Discount discount = reward.discount();
		String currency = order.currency();
		List<Integer> covered = indexes(order,
				line -> discount.categories().isEmpty() || discount.categories().contains(line.category()));
		BigDecimal base = cost(order, covered);
		String over = discount.categories().isEmpty() ? "the order's " + plain(base)
				: plain(base) + " of " + String.join(", ", discount.categories());
		if (discount.type() == RewardDefinition.Discount.Type.PERCENT) {
			BigDecimal off = down(base.multiply(discount.percent()).movePointLeft(2), scale);
			String how = plain(discount.percent()) + "% of " + over;
			if (discount.cap() != null) {
				BigDecimal cap = inCurrency(discount.cap(), currency, "discount.cap");
				if (off.compareTo(cap) > 0) {
					off = down(cap, scale);
					how += ", capped at " + plain(cap);
				}
			}
			return spread(reward, order, covered, off, scale, how);
		}
		BigDecimal amount = inCurrency(discount.amount(), currency, "discount.amount");
		return spread(reward, order, covered, down(amount.min(base), scale), scale, plain(amount) + " off " + over);
	}

	private static RewardQuote freeProduct(RewardDefinition reward, Order order, int scale) {
		int cheapest = -1;
		BigDecimal unit = null;
		for (int i = 0; i < order.lines().size(); i++) {
			PurchaseRequest.Line line = order.lines().get(i);
			if (line.sku().equals(reward.sku()) && Order.net(line).signum() > 0) {
				BigDecimal each = down(Order.net(line).divide(BigDecimal.valueOf(line.quantity()), scale + 4,
						RoundingMode.DOWN), scale);
				if (unit == null || each.compareTo(unit) < 0) {
					unit = each;
					cheapest = i;
				}
			}
		}
		if (unit == null) {
			return new RewardQuote(reward.code(), reward.kind(), false, BigDecimal.ZERO, order.currency(), List.of(),
					"the order has no " + reward.sku() + " to give free");
		}
		return new RewardQuote(reward.code(), reward.kind(), true, unit, order.currency(),
				List.of(new LineOff(cheapest + 1, reward.sku(), unit)), "one " + reward.sku() + " at " + plain(unit));
	}

	/**
	 * Spreads {@code off} over the lines in proportion to their cost, each share rounded down; the smallest units that
	 * rounding leaves go to the lines whose shares lost the most to it (the largest remainders), never more than a
	 * line costs.
	 */
	private static RewardQuote spread(RewardDefinition reward, Order order, List<Integer> covered, BigDecimal off,
			int scale, String how) {
		BigDecimal base = cost(order, covered);
		if (off.signum() <= 0 || base.signum() <= 0) {
			return new RewardQuote(reward.code(), reward.kind(), false, BigDecimal.ZERO, order.currency(), List.of(),
					covered.isEmpty() ? "no line of the order is one it covers" : "the lines it covers cost nothing");
		}
		BigDecimal[] shares = new BigDecimal[order.lines().size()];
		BigDecimal[] lost = new BigDecimal[order.lines().size()];
		BigDecimal left = off;
		for (int i : covered) {
			BigDecimal exact = off.multiply(Order.net(order.lines().get(i))).divide(base, scale + 6, RoundingMode.DOWN);
			shares[i] = exact.setScale(scale, RoundingMode.DOWN);
			lost[i] = exact.subtract(shares[i]);
			left = left.subtract(shares[i]);
		}
		BigDecimal unit = BigDecimal.ONE.movePointLeft(scale);
		List<Integer> byRemainder = new ArrayList<>(covered);
		byRemainder.sort(Comparator.comparing((Integer i) -> lost[i]).reversed()
			.thenComparing(Comparator.comparing((Integer i) -> Order.net(order.lines().get(i))).reversed()));
		boolean gave = true;
		while (left.signum() > 0 && gave) {
			gave = false;
			for (int i : byRemainder) {
				if (left.signum() > 0 && shares[i].add(unit).compareTo(Order.net(order.lines().get(i))) <= 0) {
					shares[i] = shares[i].add(unit);
					left = left.subtract(unit);
					gave = true;
				}
			}
		}
		// lines whose costs are fractions of the smallest unit can leave a unit no line can take
		off = off.subtract(left);
		List<LineOff> lines = new ArrayList<>();
		for (int i : covered) {
			if (shares[i].signum() > 0) {
				lines.add(new LineOff(i + 1, order.lines().get(i).sku(), shares[i]));
			}
		}
		return new RewardQuote(reward.code(), reward.kind(), true, off, order.currency(), lines, how);
	}

	private static List<Integer> indexes(Order order, java.util.function.Predicate<PurchaseRequest.Line> covers) {
		List<Integer> indexes = new ArrayList<>();
		for (int i = 0; i < order.lines().size(); i++) {
			if (covers.test(order.lines().get(i))) {
				indexes.add(i);
			}
		}
		return indexes;
	}

	private static BigDecimal cost(Order order, List<Integer> lines) {
		return lines.stream().map(i -> Order.net(order.lines().get(i))).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	private static BigDecimal inCurrency(Money money, String currency, String field) {
		if (!money.currency().equals(currency)) {
			throw new OtherCurrency("the reward's " + field + " is in " + money.currency() + ", the order in " + currency);
		}
		return money.amount();
	}

	static int scale(String currency) {
		Integer whole = WHOLE_UNITS.get(currency);
		if (whole != null) {
			return whole;
		}
		try {
			int digits = java.util.Currency.getInstance(currency).getDefaultFractionDigits();
			return digits < 0 ? 2 : digits;
		}
		catch (IllegalArgumentException unknown) {
			return 2;
		}
	}

	private static BigDecimal down(BigDecimal amount, int scale) {
		return amount.setScale(scale, RoundingMode.DOWN);
	}

	private static String plain(BigDecimal amount) {
		return amount.stripTrailingZeros().toPlainString();
	}
}
