package ir.vafa.rewards;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The current tenant's stamp cards and issued rewards. Changes join the caller's transaction, which must hold
 * the member's account lock (see the ledger), so a card is never stamped by two purchases at once.
 */
public interface Rewards {

	/** Stamps on each of the member's cards, for the rules. */
	Map<String, Integer> stampsOnCards(UUID member);

	List<StampCard> cards(UUID member);

	void stamp(StampEvent stamp, int stampsPerReward);

	/** Issues the reward under the given id and starts the card again. */
	void issue(UUID id, UUID member, UUID purchase, String cardId, String rewardCode, String ruleId, String ruleName,
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
