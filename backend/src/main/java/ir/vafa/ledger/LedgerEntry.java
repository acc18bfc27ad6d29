package ir.vafa.ledger;

import java.time.Instant;
import java.util.UUID;

/**
 * A written ledger line. {@link #explanation()} answers the member's "why did I get this?".
 */
public record LedgerEntry(long id, UUID memberId, EntryKind kind, long points, UUID purchaseId, Integer lineNo,
		UUID returnId, String ruleId, String ruleName, Integer programVersion, String reason, String actor,
		Instant createdAt) {

	public String explanation() {
		return switch (kind) {
			case EARN -> "Earned by rule \"" + ruleName + "\" (program v" + programVersion + ") on line " + lineNo
					+ " of purchase " + purchaseId;
			case REVERSE -> "Taken back: line " + lineNo + " of purchase " + purchaseId + " was returned (rule \""
					+ ruleName + "\", program v" + programVersion + ")";
			case REDEEM -> "Redeemed" + (reason == null ? "" : ": " + reason);
			case ADJUST -> "Adjusted by " + actor + ": " + reason;
		};
	}
}
