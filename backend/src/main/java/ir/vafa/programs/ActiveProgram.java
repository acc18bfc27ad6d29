package ir.vafa.programs;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;
import java.util.HashMap;
import java.util.Map;

import ir.vafa.rules.CompiledProgram;
import ir.vafa.rules.RuleSpec;
import ir.vafa.rules.StampRule;

/**
 * A compiled version of a tenant's program, ready to evaluate purchases against, with what the modules that apply
 * its effects need of it (lifecycle, tiers). What every purchase asks of its stamp rules is worked out once, here,
 * when the version is compiled.
 */
public record ActiveProgram(int version, Currency currency, ZoneId zone, CompiledProgram compiled,
		ProgramDefinition definition, Map<String, Integer> stampsPerRewardByRule) {

	public ActiveProgram {
		stampsPerRewardByRule = Map.copyOf(stampsPerRewardByRule);
	}

	public ActiveProgram(int version, Currency currency, ZoneId zone, CompiledProgram compiled,
			ProgramDefinition definition) {
		this(version, currency, zone, compiled, definition, stampRulesOf(compiled));
	}

	public boolean hasStampCards() {
		return !stampsPerRewardByRule.isEmpty();
	}

	/** Stamps that complete a card of the stamp rule {@code ruleId}. */
	public int stampsPerReward(String ruleId) {
		Integer stamps = stampsPerRewardByRule.get(ruleId);
		if (stamps == null) {
			throw new IllegalStateException("No stamp rule " + ruleId + " in program v" + version);
		}
		return stamps;
	}

	/** The choice a full card of the stamp rule {@code ruleId} offers, if it offers one. */
	public java.util.Optional<RewardChoice> choiceOf(String ruleId) {
		return definition.rules() == null ? java.util.Optional.empty() : definition.rules().stream()
			.filter(RuleDefinition.Stamp.class::isInstance)
			.map(RuleDefinition.Stamp.class::cast)
			.filter(s -> ruleId.equals(s.id()) && s.choice() != null)
			.map(RuleDefinition.Stamp::choice)
			.findFirst();
	}

	public Lifecycle lifecycle() {
		return definition.lifecycleOrDefault();
	}

	/** Paying with points and reserving rewards at the till: never null (nothing set: none). */
	public TillSettings redemption() {
		return definition.redemption() == null ? new TillSettings(null, null) : definition.redemption();
	}

	/** The tier ladder, or null when the program has none. */
	public TierLadder tiers() {
		TierLadder tiers = definition.tiers();
		return tiers == null || tiers.levels() == null || tiers.levels().isEmpty() ? null : tiers;
	}

	public Instant availableAt(Instant occurredAt) {
		return lifecycle().availableAt(occurredAt, zone);
	}

	/** Null when points never expire. */
	public Instant expiresAt(Instant occurredAt) {
		return lifecycle().expiryOrNever().expiresAt(occurredAt, zone);
	}

	private static Map<String, Integer> stampRulesOf(CompiledProgram compiled) {
		Map<String, Integer> stamps = new HashMap<>();
		for (RuleSpec rule : compiled.spec().rules()) {
			if (rule instanceof StampRule stamp) {
				stamps.put(stamp.id(), stamp.stampsPerReward());
			}
		}
		return stamps;
	}
}
