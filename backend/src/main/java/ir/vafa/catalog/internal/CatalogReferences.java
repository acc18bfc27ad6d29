package ir.vafa.catalog.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import ir.vafa.catalog.Catalog;
import ir.vafa.catalog.CatalogReward;
import ir.vafa.catalog.RewardKind;
import ir.vafa.platform.ApiProblem.FieldError;
import ir.vafa.programs.ProgramDefinition;
import ir.vafa.programs.ProgramReferences;
import ir.vafa.programs.RuleDefinition;
import ir.vafa.programs.TierLadder;
import org.springframework.stereotype.Component;

/**
 * A stamp card (and a tier one moves up into) issues a reward of the catalog: the program names it by its code, and it must be there (a bare code
 * nothing honours is refused). An archived one is a warning: members keep earning it, though it is no longer
 * offered for points.
 */
@Component
class CatalogReferences implements ProgramReferences {

	private final Catalog catalog;

	CatalogReferences(Catalog catalog) {
		this.catalog = catalog;
	}

	@Override
	public Found check(ProgramDefinition definition) {
		List<FieldError> errors = new ArrayList<>();
		List<FieldError> warnings = new ArrayList<>();
		List<RuleDefinition> rules = definition.rules() == null ? List.of() : definition.rules();
		for (int i = 0; i < rules.size(); i++) {
			if (!(rules.get(i) instanceof RuleDefinition.Stamp stamp) || stamp.rewardCode() == null) {
				continue;
			}
			refer("rules[" + i + "].rewardCode", stamp.rewardCode(), errors, warnings);
			offered("rules[" + i + "].choice.rewards", stamp.choice(), errors, warnings);
		}
		List<TierLadder.Level> levels = definition.tiers() == null || definition.tiers().levels() == null ? List.of()
				: definition.tiers().levels();
		for (int i = 0; i < levels.size(); i++) {
			if (levels.get(i) != null && levels.get(i).rewardCode() != null) {
				refer("tiers.levels[" + i + "].rewardCode", levels.get(i).rewardCode(), errors, warnings);
				offered("tiers.levels[" + i + "].choice.rewards", levels.get(i).choice(), errors, warnings);
			}
		}
		return new Found(errors, warnings);
	}

	private void offered(String field, ir.vafa.programs.RewardChoice choice, List<FieldError> errors,
			List<FieldError> warnings) {
		List<String> offered = choice == null ? List.of() : choice.rewards();
		for (int j = 0; j < offered.size(); j++) {
			if (offered.get(j) != null) {
				refer(field + "[" + j + "]", offered.get(j), errors, warnings);
			}
		}
	}

	private void refer(String field, String code, List<FieldError> errors, List<FieldError> warnings) {
		Optional<CatalogReward> reward = catalog.get(code);
		if (reward.isEmpty()) {
			errors.add(new FieldError(field, "the catalog has no reward " + code + ": add it to the catalog first"));
		}
		else if (reward.get().definition().kind() == RewardKind.DONATION) {
			errors.add(new FieldError(field, "a donation cannot be a stamp card's or a tier's reward"));
		}
		else if (reward.get().archived()) {
			warnings.add(new FieldError(field, "the reward " + code
					+ " is archived: members still earn it, but it is no longer offered for points"));
		}
	}
}
