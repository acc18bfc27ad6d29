package ir.vafa.ledger;

import java.time.Instant;
import java.util.UUID;

import ir.vafa.programs.ReturnPolicy;

/**
 * Points a return takes back beyond what its purchase earned: the catalog cost of a reward the returned units had
 * filled a card for, and which was used already. Taken as the program's {@code policy} takes a return's points
 * (the purchase's own lots first), as one REVERSE line of the rule that gave the stamp.
 *
 * @param lineNo the purchase's line whose return it is
 * @param reason what the line says, after the rule
 */
public record ReturnTakeBack(UUID memberId, UUID purchaseId, UUID returnId, int lineNo, long points, String ruleId,
		String ruleName, int programVersion, String reason, ReturnPolicy policy, Instant at) {

	public ReturnTakeBack {
		if (points <= 0) {
			throw new IllegalArgumentException("a take-back is positive: " + points);
		}
	}

	/**
	 * What it took: {@code recovered} from lots (and as debt, under the negative-balance policy), {@code notRecovered}
	 * the rest; the member's debt and balance after it.
	 */
	public record Result(Long lineId, long recovered, long notRecovered, long debtAfter, long balanceAfter,
			java.util.List<LotTaken> lots) {
	}

	/** Points taken from one lot; {@code ofThisPurchase} when the returned purchase earned it. */
	public record LotTaken(long lotId, long points, boolean pending, boolean ofThisPurchase) {
	}
}
