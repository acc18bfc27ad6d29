package ir.vafa.rewards.internal;

import java.util.List;
import java.util.UUID;

import ir.vafa.rewards.IssuedReward;
import ir.vafa.rewards.Rewards;
import ir.vafa.rewards.StampCard;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A member's stamp cards and rewards. An unknown member simply has none. */
@RestController
@RequestMapping("/api/members/{memberId}")
class RewardController {

	private final Rewards rewards;

	RewardController(Rewards rewards) {
		this.rewards = rewards;
	}

	@GetMapping("/cards")
	List<StampCard> cards(@PathVariable UUID memberId) {
		return rewards.cards(memberId);
	}

	@GetMapping("/rewards")
	List<IssuedReward> rewards(@PathVariable UUID memberId) {
		return rewards.rewardsFor(memberId);
	}
}
