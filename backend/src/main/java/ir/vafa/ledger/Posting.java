package ir.vafa.ledger;

import java.util.List;
import java.util.UUID;

/**
 * A ledger line about to be written. Points are signed: negative for REDEEM and REVERSE. A purchase's rule
 * writes one line, with {@code lines} saying how its points fall to the purchase's lines (they sum to
 * {@code points}); lines without a purchase have none.
 */
public record Posting(UUID memberId, EntryKind kind, long points, UUID purchaseId, List<LinePoints> lines,
		UUID returnId, String ruleId, String ruleName, Integer programVersion, String reason, String actor) {

	public Posting {
		lines = List.copyOf(lines);
		if (!lines.isEmpty() && LinePoints.sum(lines) != points) {
			throw new IllegalArgumentException("The lines' points " + lines + " do not sum to " + points);
		}
	}

	/** What one rule earned on a purchase, line by line. */
	public static Posting earn(UUID member, UUID purchase, String ruleId, String ruleName, int version,
			List<LinePoints> lines) {
		return new Posting(member, EntryKind.EARN, LinePoints.sum(lines), purchase, lines, null, ruleId, ruleName,
				version, null, null);
	}

	/** What a return takes back of one rule's earning, line by line; {@code taken} is negative. */
	public static Posting reverse(UUID member, UUID purchase, UUID returnId, String ruleId, String ruleName,
			int version, List<LinePoints> taken) {
		return new Posting(member, EntryKind.REVERSE, LinePoints.sum(taken), purchase, taken, returnId, ruleId,
				ruleName, version, null, null);
	}
}
