package ir.vafa.redemptions;

import java.util.UUID;

/** A member's reservation of a catalog reward was confirmed: its points spent, the reward theirs. */
public record RewardRedeemed(UUID tenantId, UUID memberId, UUID reservationId, String rewardCode, int points,
		String purchaseExternalId) {
}
