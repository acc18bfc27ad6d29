package ir.vafa.catalog;

/** What a reward gives; each kind has its own details in {@link RewardDefinition}. */
public enum RewardKind {
	/** Money off the order or off chosen categories: {@code discount}. */
	DISCOUNT,
	/** One unit of a SKU: {@code sku}. */
	FREE_PRODUCT,
	/** The order's shipping. */
	FREE_SHIPPING,
	/** A seat at an event, a workshop, early access: {@code experience}, seats as {@code stock.total}. */
	EXPERIENCE,
	/** Points become a donation to a charity at the merchant's rate: {@code donation}. */
	DONATION,
	/** An amount to spend or cashback: {@code value}. */
	GIFT_CARD
}
