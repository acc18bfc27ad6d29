package ir.vafa.ledger;

import java.util.UUID;

/** A ledger line about to be written. Points are signed: negative for REDEEM and REVERSE. */
public record Posting(UUID memberId, EntryKind kind, long points, UUID purchaseId, Integer lineNo, UUID returnId,
		String ruleId, String ruleName, Integer programVersion, String reason, String actor) {

	public static Posting earn(UUID member, UUID purchase, int lineNo, String ruleId, String ruleName, int version,
			long points) {
		return new Posting(member, EntryKind.EARN, points, purchase, lineNo, null, ruleId, ruleName, version, null, null);
	}

	public static Posting reverse(UUID member, UUID purchase, int lineNo, UUID returnId, String ruleId,
			String ruleName, int version, long points) {
		return new Posting(member, EntryKind.REVERSE, -points, purchase, lineNo, returnId, ruleId, ruleName, version,
				null, null);
	}
}
