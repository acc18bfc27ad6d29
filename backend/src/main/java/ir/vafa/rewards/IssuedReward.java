package ir.vafa.rewards;

import java.time.Instant;
import java.util.UUID;

public record IssuedReward(UUID id, UUID memberId, String rewardCode, String cardId, Status status, UUID purchaseId,
		String ruleId, String ruleName, int programVersion, Instant issuedAt) {

	public enum Status {
		ISSUED, REDEEMED, REVOKED
	}
}
