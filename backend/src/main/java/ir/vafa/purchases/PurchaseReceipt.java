package ir.vafa.purchases;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * What a purchase earned, line by line and rule by rule. The same submission again answers this same receipt.
 * {@code balance} is the member's balance right after this purchase.
 */
@Schema(example = """
		{
		  "purchaseId": "019ad0c4-5e2a-7c11-9a3e-3f0b6c2d8e41",
		  "externalId": "pardis-vanak-1-20261128-0042",
		  "memberId": "019ad0c1-2b7f-7d40-8c55-71e2a9f4b310",
		  "programVersion": 1,
		  "pointsEarned": 90,
		  "balance": 90,
		  "awards": [
		    {"lineNo": 1, "ruleId": "base", "ruleName": "1 point per 100,000 rials", "points": 30},
		    {"lineNo": 2, "ruleId": "base", "ruleName": "1 point per 100,000 rials", "points": 10},
		    {"lineNo": 1, "ruleId": "morning-coffee", "ruleName": "Coffee earns double 08:00-10:00", "points": 30},
		    {"lineNo": 1, "ruleId": "welcome", "ruleName": "Welcome bonus on the first visit", "points": 15},
		    {"lineNo": 2, "ruleId": "welcome", "ruleName": "Welcome bonus on the first visit", "points": 5}
		  ],
		  "stamps": [{"lineNo": 1, "cardId": "coffee-card", "ruleId": "coffee-card"}],
		  "rewards": []
		}""")
public record PurchaseReceipt(UUID purchaseId, String externalId, UUID memberId, Integer programVersion,
		long pointsEarned, Long balance, List<Award> awards, List<Stamp> stamps, List<Reward> rewards) {

	public record Award(int lineNo, String ruleId, String ruleName, long points) {
	}

	public record Stamp(int lineNo, String cardId, String ruleId) {
	}

	public record Reward(UUID rewardId, String rewardCode, String cardId, String ruleId) {
	}
}
