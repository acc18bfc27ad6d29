package ir.vafa.rewards;

import java.util.UUID;

/**
 * A member was issued a reward: a stamp filled their card (by a purchase, or a return that put stamps back), or they
 * moved up into a tier that gives one ({@code cardId} and {@code purchaseId} null). {@code voucherCode} is the code
 * the member shows at the till; null while the member is still to choose among a full card's rewards.
 */
public record RewardIssued(UUID tenantId, UUID memberId, UUID rewardId, String rewardCode, String cardId,
		UUID purchaseId, String voucherCode) {
}
