package ir.vafa.purchases;

import java.util.List;
import java.util.UUID;

/**
 * What a purchase earned, line by line and rule by rule. The same submission again answers this same receipt.
 * {@code balance} is the member's balance right after this purchase.
 */
public record PurchaseReceipt(UUID purchaseId, String externalId, UUID memberId, Integer programVersion,
		long pointsEarned, Long balance, List<Award> awards, List<Stamp> stamps, List<Reward> rewards) {

	public record Award(int lineNo, String ruleId, String ruleName, long points) {
	}

	public record Stamp(int lineNo, String cardId, String ruleId) {
	}

	public record Reward(UUID rewardId, String rewardCode, String cardId, String ruleId) {
	}
}
