package ir.vafa.rewards;

import java.util.UUID;

/**
 * A member was issued a reward: a stamp filled their card (by a purchase, or a return that put stamps back).
 * {@code voucherCode} is the code the member shows at the till.
 */
public record RewardIssued(UUID tenantId, UUID memberId, UUID rewardId, String rewardCode, String cardId,
		UUID purchaseId, String voucherCode) {
}
