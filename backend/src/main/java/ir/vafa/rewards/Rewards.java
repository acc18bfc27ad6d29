package ir.vafa.rewards;

import java.util.List;
import java.util.UUID;

/**
 * The current tenant's stamp cards and issued rewards, as members hold them. Stamps and rewards are written by the
 * purchase path (a participant of this module), which holds the member's account lock.
 */
public interface Rewards {

	List<StampCard> cards(UUID member);

	/** Newest first. */
	List<IssuedReward> rewardsFor(UUID member);

	/**
	 * Takes {@code rewardCode}, one of the choices a full card offered the member: the reward is then {@code ISSUED}
	 * with its voucher. Choosing again what was chosen answers the reward as it is; anything else once it is chosen,
	 * or after its deadline, is a 409.
	 */
	IssuedReward choose(UUID member, UUID reward, String rewardCode, String actor);
}
