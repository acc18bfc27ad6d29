package ir.vafa.rewards;

import java.util.UUID;

/** A stamp given (+1) or taken back (-1) for a purchase line. */
public record StampEvent(UUID memberId, String cardId, int delta, UUID purchaseId, int lineNo, UUID returnId,
		String ruleId, String ruleName, int programVersion) {
}
