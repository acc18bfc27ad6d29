package ir.vafa.rewards;

import java.util.UUID;

/**
 * A member's reward that offered a choice was chosen (by staff, by the member on their page, or by the deadline:
 * {@code chosenBy} {@code system}) and now has its voucher.
 */
public record RewardChosen(UUID tenantId, UUID memberId, UUID rewardId, String rewardCode, String voucherCode,
		String chosenBy) {
}
