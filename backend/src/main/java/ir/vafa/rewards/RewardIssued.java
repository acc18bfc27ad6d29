package ir.vafa.rewards;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A member was issued a reward: a stamp filled their card (by a purchase, or a return that put stamps back), or they
 * moved up into a tier that gives one ({@code cardId} and {@code purchaseId} null). {@code voucherCode} is the code
 * the member shows at the till; null while the member is still to choose among a full card's rewards: then
 * {@code choices} are the reward codes offered (else empty) and {@code chooseBy} the deadline, after which
 * {@link RewardChosen} follows with the voucher.
 */
public record RewardIssued(UUID tenantId, UUID memberId, UUID rewardId, String rewardCode, String cardId,
		UUID purchaseId, String voucherCode, List<String> choices, Instant chooseBy) {

	public RewardIssued {
		choices = choices == null ? List.of() : List.copyOf(choices);
	}

	/** A reward that offers no choice: its voucher at once. */
	public RewardIssued(UUID tenantId, UUID memberId, UUID rewardId, String rewardCode, String cardId,
			UUID purchaseId, String voucherCode) {
		this(tenantId, memberId, rewardId, rewardCode, cardId, purchaseId, voucherCode, List.of(), null);
	}

	public boolean awaitsChoice() {
		return voucherCode == null && !choices.isEmpty();
	}
}
