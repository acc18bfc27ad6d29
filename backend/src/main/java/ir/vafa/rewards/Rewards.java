package ir.vafa.rewards;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import ir.vafa.platform.WriteBatch;

/**
 * The current tenant's stamp cards and issued rewards. Changes join the caller's transaction (or its write batch),
 * which must hold the member's account lock (see the ledger), so a card is never stamped by two purchases at once.
 */
public interface Rewards {

	/** Stamps on each of the member's cards, for the rules. */
	Map<String, Integer> stampsOnCards(UUID member);

	List<StampCard> cards(UUID member);

	/** Adds the stamp to the batch: the card's count and the event that says why. */
	void stamp(WriteBatch batch, StampEvent stamp, int stampsPerReward);

	/** Adds to the batch the reward, issued under the given id, and the card's fresh start. */
	void issue(WriteBatch batch, UUID id, UUID member, UUID purchase, String cardId, String rewardCode, String ruleId, String ruleName,
			int programVersion);

	/**
	 * Takes a stamp back. When the card is empty because it was completed, the reward it gave is revoked if the
	 * member has not used it yet, and the card goes back to one short of complete.
	 */
	void unstamp(StampEvent stamp);

	List<StampEvent> stampsFor(UUID purchase);

	List<IssuedReward> rewardsFor(UUID member);

	List<IssuedReward> rewardsForPurchase(UUID purchase);
}
