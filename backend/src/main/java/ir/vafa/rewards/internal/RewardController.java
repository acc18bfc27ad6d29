package ir.vafa.rewards.internal;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import ir.vafa.members.Members;
import ir.vafa.platform.ApiProblem;
import ir.vafa.platform.Refusal;
import ir.vafa.rewards.IssuedReward;
import ir.vafa.rewards.RewardSelection;
import ir.vafa.rewards.Rewards;
import ir.vafa.rewards.StampCard;
import jakarta.validation.Valid;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A member's stamp cards and rewards. */
@RestController
@RequestMapping("/api/members/{memberId}")
@Tag(name = "rewards", description = "A member's stamp cards and the rewards full cards issued")
class RewardController {

	private final Rewards rewards;
	private final Members members;

	RewardController(Rewards rewards, Members members) {
		this.rewards = rewards;
		this.members = members;
	}

	@GetMapping("/cards")
	@Operation(operationId = "getStampCards", summary = "Read a member's stamp cards",
			description = "The stamps on each card now, of the stamps that fill it.")
	@ApiResponse(responseCode = "200", description = "The member's cards, by card id", useReturnTypeSchema = true)
	@Refusal.NotFound("No member of the tenant has this id")
	List<StampCard> cards(@PathVariable UUID memberId) {
		known(memberId);
		return rewards.cards(memberId);
	}

	@GetMapping("/rewards")
	@Operation(operationId = "getRewards", summary = "Read the rewards issued to a member",
			description = "Newest first.")
	@ApiResponse(responseCode = "200", description = "The member's rewards", useReturnTypeSchema = true)
	@Refusal.NotFound("No member of the tenant has this id")
	List<IssuedReward> rewards(@PathVariable UUID memberId) {
		known(memberId);
		return rewards.rewardsFor(memberId);
	}

	@PostMapping("/rewards/{rewardId}/choice")
	@Operation(operationId = "chooseReward", summary = "Choose the reward a full card offers",
			description = """
					A stamp card that offers a choice issues its reward `CHOOSING`, with `choices` and a deadline \
					`chooseBy`: this takes one of them, and the reward is then `ISSUED` with its `voucherCode`. \
					Choosing again what was chosen answers the reward as it is (a retry is safe); nobody choosing by \
					`chooseBy` gets the first of `choices` (the deadline job, every minute).""")
	@ApiResponse(responseCode = "200", description = "The reward, `ISSUED`, with its voucher", useReturnTypeSchema = true)
	@Refusal.NotFound("No member of the tenant has this id, or the member no reward of this id")
	@Refusal.Conflict("The reward was chosen already (another one), offers no choice, was revoked, or its time to "
			+ "choose ended (`errors` names `reward`)")
	@Refusal.Unprocessable("`reward` is missing or not one of the reward's `choices`")
	IssuedReward choose(@PathVariable UUID memberId, @PathVariable UUID rewardId,
			@Valid @RequestBody RewardSelection selection, Authentication caller) {
		known(memberId);
		return rewards.choose(memberId, rewardId, selection.reward(), caller.getName());
	}

	/** An unknown member (or another tenant's) is a 404, as on the ledger's endpoints. */
	private void known(UUID memberId) {
		if (members.get(memberId).isEmpty()) {
			throw ApiProblem.notFound("No member " + memberId);
		}
	}
}
