package ir.vafa.redemptions;

import java.util.UUID;

/**
 * A member's reservation of a catalog reward was confirmed: its points spent, the reward theirs, as the voucher
 * {@code voucherCode} (already redeemed when {@code purchaseExternalId} is set).
 */
public record RewardRedeemed(UUID tenantId, UUID memberId, UUID reservationId, String rewardCode, int points,
		String purchaseExternalId, String voucherCode) {
}
