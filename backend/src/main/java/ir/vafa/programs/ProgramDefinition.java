package ir.vafa.programs;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import ir.vafa.rules.PointRounding;

/**
 * A program as a tenant writes it, and as each version is stored: the document's own types (not the rule engine's),
 * with an explicit {@code schemaVersion} so that stored versions stay readable as the format grows. Everything is
 * checked when the program is validated or published, and every violation is reported at once with its JSON path
 * (422); the shape alone is checked when the body is read (400).
 *
 * @param schemaVersion the document format; {@link #SCHEMA_VERSION} when written now (null in a request means it)
 * @param lifecycle     pending points, expiry and the return policy; null means none and the default policy
 * @param tiers         the tier ladder; null when the program has none
 * @param redemption    paying with points and reserving rewards at the till; null: points pay for nothing, and
 *                      reservations last the node's default
 */
@Schema(example = """
		{
		  "schemaVersion": 2,
		  "name": "Café Pardis club",
		  "currency": "IRR",
		  "timezone": "Asia/Tehran",
		  "rounding": "DOWN",
		  "lifecycle": {"pendingDays": 0, "expiry": {"kind": "ROLLING", "months": 6, "endOfMonth": true},
		    "returnPolicy": "BALANCE_TO_ZERO"},
		  "redemption": {"pointValue": 1000, "reservationMinutes": 15},
		  "tiers": {
		    "qualification": {"metric": "SPEND", "window": "ROLLING", "months": 12},
		    "gracePeriodDays": 30,
		    "levels": [
		      {"id": "regular", "name": {"en": "Regular", "fa": "عادی"}, "threshold": 0},
		      {"id": "gold", "name": {"en": "Gold", "fa": "طلایی"}, "threshold": 50000000, "pointsMultiplier": 2}
		    ]
		  },
		  "rules": [
		    {"kind": "spend", "id": "base", "name": "1 point per 100,000 rials", "spendUnit": 100000,
		     "pointsPerUnit": 1},
		    {"kind": "multiplier", "id": "morning-coffee", "name": "Coffee earns double 08:00-10:00", "skus": [],
		     "categories": ["coffee"], "factor": 2, "window": {"from": "08:00", "to": "10:00", "days": []}},
		    {"kind": "first-purchase-bonus", "id": "welcome", "name": "Welcome bonus on the first visit", "points": 20},
		    {"kind": "stamp", "id": "coffee-card", "name": "A stamp for each coffee visit", "cardId": "coffee-card",
		     "skus": [], "categories": ["coffee"], "stampsPerReward": 6, "rewardCode": "free-latte"},
		    {"kind": "spend", "id": "gold-weekend", "name": "Gold members: 1 more point per 100,000 rials on Fridays",
		     "spendUnit": 100000, "pointsPerUnit": 1, "window": {"days": ["FRIDAY"]}, "tiers": ["gold"]}
		  ]
		}""")
public record ProgramDefinition(Integer schemaVersion, String name, String currency, String timezone,
		PointRounding rounding, Lifecycle lifecycle, TierLadder tiers, List<RuleDefinition> rules,
		TillSettings redemption) {

	/** The format written today. 1: the walking skeleton's (name, currency, timezone, rounding, rules). */
	public static final int SCHEMA_VERSION = 2;

	public ProgramDefinition {
		rules = rules == null ? null : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(rules));
	}

	/** A program with rules only: no pending points, no expiry, the default return policy, no tiers. */
	public ProgramDefinition(String name, String currency, String timezone, PointRounding rounding,
			List<RuleDefinition> rules) {
		this(SCHEMA_VERSION, name, currency, timezone, rounding, null, null, rules, null);
	}

	/** As the format was before {@code redemption}: none. */
	public ProgramDefinition(Integer schemaVersion, String name, String currency, String timezone,
			PointRounding rounding, Lifecycle lifecycle, TierLadder tiers, List<RuleDefinition> rules) {
		this(schemaVersion, name, currency, timezone, rounding, lifecycle, tiers, rules, null);
	}

	public Lifecycle lifecycleOrDefault() {
		return lifecycle == null ? Lifecycle.NONE : lifecycle;
	}

	public ProgramDefinition withLifecycle(Lifecycle lifecycle) {
		return new ProgramDefinition(schemaVersion, name, currency, timezone, rounding, lifecycle, tiers, rules, redemption);
	}

	public ProgramDefinition withTiers(TierLadder tiers) {
		return new ProgramDefinition(schemaVersion, name, currency, timezone, rounding, lifecycle, tiers, rules, redemption);
	}

	public ProgramDefinition withName(String name) {
		return new ProgramDefinition(schemaVersion, name, currency, timezone, rounding, lifecycle, tiers, rules, redemption);
	}

	public ProgramDefinition withRedemption(TillSettings redemption) {
		return new ProgramDefinition(schemaVersion, name, currency, timezone, rounding, lifecycle, tiers, rules,
				redemption);
	}

	public ProgramDefinition withRules(List<RuleDefinition> rules) {
		return new ProgramDefinition(schemaVersion, name, currency, timezone, rounding, lifecycle, tiers, rules, redemption);
	}
}
