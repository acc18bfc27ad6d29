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
}
