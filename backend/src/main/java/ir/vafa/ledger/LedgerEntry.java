package ir.vafa.ledger;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A written ledger line. {@code lines} says how its points fall to the lines of its purchase (empty when it has
 * no purchase); {@code lots} which lots it created or took from. {@link #explanation()} answers the member's "why
 * did I get this?".
 */
public record LedgerEntry(long id, UUID memberId, EntryKind kind, long points, UUID purchaseId,
		List<LinePoints> lines, UUID returnId, String ruleId, String ruleName, Integer programVersion, String reason,
		String actor, Instant createdAt, List<LotMove> lots) {

	public LedgerEntry {
		lines = List.copyOf(lines);
		lots = lots == null ? List.of() : List.copyOf(lots);
	}

	/** The points of this line that fall to the purchase's line {@code lineNo}. */
	public long pointsOn(int lineNo) {
		return lines.stream().filter(l -> l.lineNo() == lineNo).mapToLong(LinePoints::points).sum();
	}

	public LedgerEntry withLots(List<LotMove> lots) {
		return new LedgerEntry(id, memberId, kind, points, purchaseId, lines, returnId, ruleId, ruleName,
				programVersion, reason, actor, createdAt, lots);
	}

	public String explanation() {
		String which = (lines.size() == 1 ? "line " : "lines ") + LinePoints.numbers(lines, ", ");
		return switch (kind) {
			case EARN -> "Earned by rule \"" + ruleName + "\" (program v" + programVersion + ") on " + which
					+ " of purchase " + purchaseId;
			case REVERSE -> "Taken back: " + which + " of purchase " + purchaseId + " returned (rule \"" + ruleName
					+ "\", program v" + programVersion + ")" + (reason == null ? "" : "; " + reason);
			case REDEEM -> "Redeemed" + (reason == null ? "" : ": " + reason);
			case ADJUST -> "Adjusted by " + actor + ": " + reason;
			case DONATE -> "Donated" + (reason == null ? "" : ": " + reason);
			case REFUND -> "Refunded" + (reason == null ? "" : ": " + reason);
			case EXPIRE -> "Expired: " + lots.size() + (lots.size() == 1 ? " lot" : " lots") + " reached "
					+ (lots.size() == 1 ? "its" : "their") + " expiry";
		};
	}
}
