package ir.vafa.rewards;

import java.time.Instant;
import java.util.UUID;

/**
 * A reward a member was issued, and its voucher. It was issued by a full stamp card (the card, the cycle it
 * completed, the rule and program version, the purchase or return) or by a reservation confirmed at the till
 * ({@code reservationId}). {@code redeemed*} say when, by whom and with which purchase the voucher was used.
 */
public record IssuedReward(UUID id, UUID memberId, String rewardCode, String voucherCode, Status status,
		String cardId, Integer cardCycle, UUID purchaseId, String ruleId, String ruleName, Integer programVersion,
		UUID reservationId, Instant issuedAt, Instant redeemedAt, String redeemedBy, String redeemedPurchase) {

	/** ISSUED: the voucher can be used; REDEEMED: it was; REVOKED: a return took back the stamp that earned it. */
	public enum Status {
		ISSUED, REDEEMED, REVOKED
	}
}
