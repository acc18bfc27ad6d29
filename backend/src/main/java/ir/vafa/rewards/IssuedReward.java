package ir.vafa.rewards;

import java.time.Instant;
import java.util.UUID;

/** A reward a member was issued; {@code cardCycle} is the cycle of the card it completed. */
public record IssuedReward(UUID id, UUID memberId, String rewardCode, String cardId, Integer cardCycle, Status status,
		UUID purchaseId, String ruleId, String ruleName, int programVersion, Instant issuedAt) {

	public enum Status {
		ISSUED, REDEEMED, REVOKED
	}
}
