package ir.vafa.notifications;

/** What a member is told about. */
public enum EventType {
	/** Moved to a higher tier of the ladder (by a purchase, or by hand). */
	TIER_UP,
	/** Moved to a lower tier (after the grace period, a return, or by hand). */
	TIER_DOWN,
	/** A reward is theirs to use, with its voucher: a stamp card filled, a tier gave one, or they chose one. */
	REWARD_AVAILABLE,
	/** A reward to choose (a full stamp card or a tier reached that offers a choice): by {@code {date}}, of {@code {choices}}. */
	REWARD_TO_CHOOSE,
	/** A reward reserved at the till was confirmed: its points spent, the reward issued. */
	REWARD_REDEEMED,
	/** A reserved reward was not confirmed in time: its points are back. */
	RESERVATION_EXPIRED,
	/** Points that expire within the tenant's warning days ({@code expiryWarningDays}). */
	POINTS_EXPIRING
}
