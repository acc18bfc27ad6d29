package ir.vafa.purchases;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * What a return took back. {@code taken}: per returned line and rule, the points and stamps due. Of the points due,
 * {@code pointsTakenBack} were taken (from the lots listed in {@code lots}, the purchase's own first, and as debt
 * under the negative-balance policy) and {@code pointsNotRecovered} were not, as the program's {@code returnPolicy}
 * says; {@code debt} is what the member owes after it. {@code rewardsRevoked} are stamp-card rewards the return
 * took back; {@code rewardsKept} are those whose card lost a stamp after their voucher had been used: the reward
 * stays the member's and the card is left short of that stamp (the program's {@code usedRewardReturn} is
 * {@code LEAVE_CARD_SHORT}); {@code rewardsRecovered} are such rewards whose cost in points the return took back
 * instead ({@code RECOVER_POINTS}), counted in {@code pointsTakenBack}; {@code vouchersRestored} are codes redeemed with this
 * purchase that can be used again, the whole purchase having come back; {@code pointsRefunded} are points that had
 * paid for what came back, given back to the member. {@code tier} says when it moved the member
 * down.
 */
public record ReturnReceipt(UUID returnId, String externalReturnId, String purchaseExternalId, UUID memberId,
		BigDecimal amountReturned, long pointsTakenBack, long pointsNotRecovered, long debt, String returnPolicy,
		int stampsTakenBack, Long balance, List<Taken> taken, List<LotTaken> lots, List<UUID> rewardsRevoked,
		TierChange tier, List<UUID> rewardsKept, List<String> vouchersRestored, long pointsRefunded,
		List<RewardRecovered> rewardsRecovered) {

	public ReturnReceipt {
		// receipts stored before these lists existed read back with none
		rewardsKept = rewardsKept == null ? List.of() : List.copyOf(rewardsKept);
		vouchersRestored = vouchersRestored == null ? List.of() : List.copyOf(vouchersRestored);
		rewardsRecovered = rewardsRecovered == null ? List.of() : List.copyOf(rewardsRecovered);
	}

	/**
	 * A used reward whose card lost a stamp, paid for in points instead: {@code points} its catalog cost, of which
	 * {@code pointsNotRecovered} the member's points did not cover (the return policy let them go).
	 */
	public record RewardRecovered(UUID rewardId, String rewardCode, long points, long pointsNotRecovered) {
	}

	public record Taken(int lineNo, int quantity, String ruleId, long points, int stamps) {
	}

	/** Points taken from one lot; {@code pending} when the lot had not become available yet. */
	public record LotTaken(long lotId, long points, boolean pending, boolean ofThisPurchase) {
	}

	public record TierChange(String from, String to) {
	}
}
