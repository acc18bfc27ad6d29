package ir.vafa.rewards;

import java.util.UUID;

/**
 * The current tenant's vouchers: every issued reward has one. A code of another tenant is unknown here, as one that
 * was never issued.
 */
public interface Vouchers {

	/** Looks the voucher up; never redeems it. */
	Voucher validate(VoucherCode code);

	/**
	 * Redeems the voucher once: a second redemption is refused (409), but one with the first's idempotency key, which
	 * answers the voucher as the first left it. Two tills at once: one succeeds.
	 */
	Voucher redeem(VoucherCode code, VoucherRedemption redemption, String idempotencyKey, String actor);

	/**
	 * Issues the reward a reservation was confirmed for, in the caller's transaction: redeemed at once when it was
	 * confirmed with a purchase (the till applied it), else a voucher to use later. Once per reservation.
	 */
	IssuedReward issueForReservation(UUID member, String rewardCode, UUID reservation, String purchaseExternalId,
			String actor);
}
