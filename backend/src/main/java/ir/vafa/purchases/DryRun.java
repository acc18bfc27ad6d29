package ir.vafa.purchases;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Tries a purchase against the draft ({@code version} null) or any published version, as a member with the given
 * state or a real member's current one ({@code member.id}); nothing is written.
 *
 * @param purchase as the POS would send it; {@code externalId} may be left out
 */
@io.swagger.v3.oas.annotations.media.Schema(example = """
		{
		  "version": null,
		  "member": {"purchaseCount": 3, "tier": "gold", "stamps": {"coffee-card": 4}},
		  "purchase": {"store": "pardis-vanak-1", "channel": "pos", "occurredAt": "2026-11-28T05:12:00Z",
		    "currency": "IRR", "total": 4000000,
		    "lines": [{"sku": "LATTE-L", "category": "coffee", "quantity": 2, "unitPrice": 1500000},
		              {"sku": "CROISSANT", "category": "pastry", "quantity": 1, "unitPrice": 1000000}]}
		}""")
public record DryRun(Integer version, PurchaseRequest purchase, MemberState member) {

	/**
	 * Either {@code id} (the member's state as it is now) or the state itself; all left out: a new member on their
	 * first purchase.
	 */
	public record MemberState(UUID id, Long purchaseCount, String tier, Map<String, Integer> stamps) {
	}

	/** What the purchase would earn, each effect with its rule and why. */
	public record Result(int version, boolean draft, long pointsEarned, List<Effect> effects, MemberState member) {
	}

	/**
	 * One effect: {@code kind} POINTS (with {@code lineNo} and {@code points}), STAMP (with {@code lineNo} and
	 * {@code cardId}) or REWARD ({@code cardId}, {@code rewardCode}); {@code why} in words.
	 */
	public record Effect(String kind, String ruleId, String ruleName, Integer lineNo, Long points, String cardId,
			String rewardCode, String why) {
	}
}
