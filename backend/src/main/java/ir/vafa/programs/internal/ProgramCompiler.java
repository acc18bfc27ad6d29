package ir.vafa.programs.internal;

import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import ir.vafa.platform.ApiProblem;
import ir.vafa.platform.ApiProblem.FieldError;
import ir.vafa.programs.ActiveProgram;
import ir.vafa.programs.ProgramDefinition;
import ir.vafa.programs.ProgramValidation;
import ir.vafa.programs.RuleDefinition;
import ir.vafa.programs.TierLadder;
import ir.vafa.rules.FirstPurchaseBonus;
import ir.vafa.rules.MultiplierRule;
import ir.vafa.rules.ProgramSpec;
import ir.vafa.rules.RuleEngine;
import ir.vafa.rules.RuleSpec;
import ir.vafa.rules.SpendRule;
import ir.vafa.rules.StampRule;
import ir.vafa.rules.Tier;
import ir.vafa.rules.TimeWindow;
import ir.vafa.rules.ValidationReport;
import ir.vafa.rules.Violation;
import org.springframework.stereotype.Component;

/**
 * Turns a program document into what the rule engine runs: checks it (the document's own checks, then the engine's
 * on the rules), and compiles a valid one. Compiling the standard kinds builds parameter facts for the shared rule
 * base, no Drools compile; still, it happens only when a version is published or a node learns of it.
 */
@Component
class ProgramCompiler {

	private final RuleEngine engine;

	ProgramCompiler(RuleEngine engine) {
		this.engine = engine;
	}

	ProgramValidation validate(UUID tenant, ProgramDefinition definition) {
		List<FieldError> errors = new ArrayList<>(ProgramChecks.of(definition));
		if (!errors.isEmpty()) {
			return new ProgramValidation(errors, List.of());
		}
		ValidationReport report = engine.check(spec(tenant, 1, definition));
		report.errors().forEach(v -> errors.add(fieldError(v)));
		return new ProgramValidation(errors, report.warnings().stream().map(ProgramCompiler::fieldError).toList());
	}

	/** A valid definition compiled as {@code version}; refuses an invalid one with 422 naming every field. */
	ActiveProgram compile(UUID tenant, int version, ProgramDefinition definition) {
		ProgramValidation validation = validate(tenant, definition);
		if (!validation.valid()) {
			throw ApiProblem.invalid(validation.errors());
		}
		ProgramSpec spec = spec(tenant, version, definition);
		return new ActiveProgram(version, spec.currency(), spec.zone(), engine.compile(spec), definition);
	}

	static ProgramSpec spec(UUID tenant, int version, ProgramDefinition d) {
		Currency currency = ProgramChecks.currencyOf(d.currency());
		List<RuleSpec> rules = d.rules() == null ? List.of() : d.rules().stream().map(ProgramCompiler::rule).toList();
		List<Tier> tiers = new ArrayList<>();
		TierLadder ladder = d.tiers();
		if (ladder != null && ladder.levels() != null) {
			ladder.levels().forEach(level -> tiers.add(level == null ? null
					: new Tier(level.id(), level.name() == null ? null : level.name().en(), level.pointsMultiplier())));
		}
		return new ProgramSpec(tenant.toString(), version, currency, ProgramChecks.zoneOf(d.timezone()), d.rounding(),
				rules, tiers);
	}

	private static RuleSpec rule(RuleDefinition rule) {
		if (rule == null) {
			return null;
		}
		TimeWindow window = window(rule.window());
		Set<String> tiers = set(rule.tiers());
		return switch (rule) {
			case RuleDefinition.Spend r -> new SpendRule(r.id(), r.name(), r.spendUnit(), r.pointsPerUnit(), window,
					tiers);
			case RuleDefinition.Multiplier r -> new MultiplierRule(r.id(), r.name(), set(r.skus()), set(r.categories()),
					r.factor(), window, tiers);
			case RuleDefinition.FirstPurchaseBonus r -> new FirstPurchaseBonus(r.id(), r.name(), r.points(), window,
					tiers);
			case RuleDefinition.Stamp r -> new StampRule(r.id(), r.name(), r.cardId(), set(r.skus()),
					set(r.categories()), r.stampsPerReward(), r.rewardCode(), window, tiers);
		};
	}

	private static TimeWindow window(RuleDefinition.Window w) {
		return w == null ? null : new TimeWindow(w.from(), w.to(), w.days());
	}

	private static Set<String> set(Set<String> values) {
		return values == null ? Set.of() : values;
	}

	/** The engine's paths, in the document's terms: its {@code tiers[i]} are the ladder's {@code tiers.levels[i]}. */
	private static FieldError fieldError(Violation v) {
		String field = v.field();
		if (field.startsWith("tiers[")) {
			field = "tiers.levels" + field.substring("tiers".length());
		}
		else if (field.equals("zone")) {
			field = "timezone";
		}
		return new FieldError(field, v.message());
	}
}
