package ir.vafa.rewards.internal;

import java.util.List;
import java.util.UUID;

import ir.vafa.members.Members;
import ir.vafa.platform.ApiProblem;
import ir.vafa.rewards.IssuedReward;
import ir.vafa.rewards.Rewards;
import ir.vafa.rewards.StampCard;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A member's stamp cards and rewards. */
@RestController
@RequestMapping("/api/members/{memberId}")
class RewardController {

	private final Rewards rewards;
	private final Members members;

	RewardController(Rewards rewards, Members members) {
		this.rewards = rewards;
		this.members = members;
	}

	@GetMapping("/cards")
	List<StampCard> cards(@PathVariable UUID memberId) {
		known(memberId);
		return rewards.cards(memberId);
	}

	@GetMapping("/rewards")
	List<IssuedReward> rewards(@PathVariable UUID memberId) {
		known(memberId);
		return rewards.rewardsFor(memberId);
	}

	/** An unknown member (or another tenant's) is a 404, as on the ledger's endpoints. */
	private void known(UUID memberId) {
		if (members.get(memberId).isEmpty()) {
			throw ApiProblem.notFound("No member " + memberId);
		}
	}
}
