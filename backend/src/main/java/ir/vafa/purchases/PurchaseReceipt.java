package ir.vafa.purchases;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import ir.vafa.programs.TierLadder;

/**
 * What a purchase earned, line by line and rule by rule. The same submission again answers this same receipt.
 * {@code balance} is the member's balance right after this purchase. Of the {@code pointsEarned},
 * {@code pointsPending} cannot be spent before {@code availableAt} (the program's return window); they expire at
 * {@code expiresAt} (null: never). {@code tier} is the member's tier right after the purchase (null when the program
 * has no ladder), with the tier they came from when this purchase moved them up.
 */
@Schema(example = """
		{
		  "purchaseId": "019ad0c4-5e2a-7c11-9a3e-3f0b6c2d8e41",
		  "externalId": "pardis-vanak-1-20261128-0042",
		  "memberId": "019ad0c1-2b7f-7d40-8c55-71e2a9f4b310",
		  "programVersion": 1,
		  "pointsEarned": 90,
		  "balance": 90,
		  "pointsPending": 0,
		  "availableAt": null,
		  "expiresAt": "2027-05-31T20:30:00Z",
		  "awards": [
		    {"lineNo": 1, "ruleId": "base", "ruleName": "1 point per 100,000 rials", "points": 30},
		    {"lineNo": 2, "ruleId": "base", "ruleName": "1 point per 100,000 rials", "points": 10},
		    {"lineNo": 1, "ruleId": "morning-coffee", "ruleName": "Coffee earns double 08:00-10:00", "points": 30},
		    {"lineNo": 1, "ruleId": "welcome", "ruleName": "Welcome bonus on the first visit", "points": 15},
		    {"lineNo": 2, "ruleId": "welcome", "ruleName": "Welcome bonus on the first visit", "points": 5}
		  ],
		  "stamps": [{"lineNo": 1, "cardId": "coffee-card", "ruleId": "coffee-card"}],
		  "rewards": [],
		  "tier": {"id": "regular", "name": {"en": "Regular", "fa": "عادی"}, "upgradedFrom": null}
		}""")
public record PurchaseReceipt(UUID purchaseId, String externalId, UUID memberId, Integer programVersion,
		long pointsEarned, Long balance, long pointsPending, Instant availableAt, Instant expiresAt, List<Award> awards,
		List<Stamp> stamps, List<Reward> rewards, TierOnReceipt tier) {

	public record Award(int lineNo, String ruleId, String ruleName, long points) {
	}

	public record Stamp(int lineNo, String cardId, String ruleId) {
	}

	/**
	 * A reward a full card issued, and its voucher's code; a card that offers a choice lists its {@code choices}
	 * (the first is {@code rewardCode}, given at {@code chooseBy} when nobody chose) and has no voucher until one is
	 * chosen.
	 */
	public record Reward(UUID rewardId, String rewardCode, String voucherCode, String cardId, String ruleId,
			List<String> choices, Instant chooseBy) {

		public Reward {
			choices = choices == null ? List.of() : List.copyOf(choices);
		}
	}

	/** {@code upgradedFrom} is set when this purchase moved the member up. */
	public record TierOnReceipt(String id, TierLadder.Names name, String upgradedFrom) {
	}

	/** A receipt of an anonymous purchase, or one recorded while the tenant had no program: nothing earned. */
	public static PurchaseReceipt nothing(UUID purchaseId, String externalId, UUID memberId, Integer version) {
		return new PurchaseReceipt(purchaseId, externalId, memberId, version, 0, null, 0, null, null, List.of(),
				List.of(), List.of(), null);
	}
}
