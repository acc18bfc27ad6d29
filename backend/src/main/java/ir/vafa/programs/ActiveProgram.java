package ir.vafa.programs;

import java.time.ZoneId;
import java.util.Currency;
import java.util.HashMap;
import java.util.Map;

import ir.vafa.rules.CompiledProgram;
import ir.vafa.rules.RuleSpec;
import ir.vafa.rules.StampRule;

/**
 * The compiled current version of a tenant's program, ready to evaluate purchases against. What every purchase
 * asks of its stamp rules is worked out once, here, when the version is compiled.
 */
public record ActiveProgram(int version, Currency currency, ZoneId zone, CompiledProgram compiled,
		Map<String, Integer> stampsPerRewardByRule) {

	public ActiveProgram {
		stampsPerRewardByRule = Map.copyOf(stampsPerRewardByRule);
	}

	public ActiveProgram(int version, Currency currency, ZoneId zone, CompiledProgram compiled) {
		this(version, currency, zone, compiled, stampRulesOf(compiled));
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
