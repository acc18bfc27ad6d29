package ir.vafa.console.programs.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Set;

import ir.vafa.demo.DemoPrograms;
import ir.vafa.programs.Expiry;
import ir.vafa.programs.Lifecycle;
import ir.vafa.programs.ProgramDefinition;
import ir.vafa.programs.RuleDefinition;
import org.junit.jupiter.api.Test;

/** The working copy gives back the document it was read from, changed only where it was edited. */
class ProgramDraftTest {

	@Test
	void anUntouchedCopyIsTheDocumentItWasReadFrom() {
		for (ProgramDefinition program : new ProgramDefinition[] { DemoPrograms.cafe(), DemoPrograms.retail(),
				DemoPrograms.retailRules() }) {
			assertThat(ProgramDraft.of(program).toDefinition()).isEqualTo(program);
		}
	}

	@Test
	void aStampCardsChoiceIsKeptUntouchedAndItsRewardsInTheirOrder() {
		ProgramDefinition cafe = DemoPrograms.cafe();
		RuleDefinition.Stamp card = (RuleDefinition.Stamp) cafe.rules().get(3);
		RuleDefinition.Stamp choosing = new RuleDefinition.Stamp(card.id(), card.name(), card.cardId(), card.skus(),
				card.categories(), card.stampsPerReward(), card.rewardCode(), card.window(), card.tiers(),
				new ir.vafa.programs.RewardChoice(java.util.List.of("free-tea", "free-pastry"), null));
		ProgramDefinition program = cafe.withRules(java.util.List.of(cafe.rules().get(0), cafe.rules().get(1),
				cafe.rules().get(2), choosing));

		assertThat(ProgramDraft.of(program).toDefinition()).isEqualTo(program);
	}

	@Test
	void aChangedRuleValueChangesOnlyThatRule() {
		ProgramDraft draft = ProgramDraft.of(DemoPrograms.cafe());

		draft.rules().get(3).setStampsPerReward(8);

		ProgramDefinition edited = draft.toDefinition();
		assertThat(edited.rules().get(3)).isInstanceOfSatisfying(RuleDefinition.Stamp.class,
				stamp -> assertThat(stamp.stampsPerReward()).isEqualTo(8));
		assertThat(edited.rules().subList(0, 3)).isEqualTo(DemoPrograms.cafe().rules().subList(0, 3));
		assertThat(edited.lifecycle()).isEqualTo(DemoPrograms.cafe().lifecycle());
	}

	@Test
	void aNewRuleOfEachKindStartsWithItsKindsFields() {
		assertThat(RuleDraft.newRule(RuleKind.SPEND, "spend-1").toDefinition())
			.isEqualTo(new RuleDefinition.Spend("spend-1", "", new BigDecimal("10000"), 1L, null, null));
		assertThat(RuleDraft.newRule(RuleKind.MULTIPLIER, "m").toDefinition())
			.isInstanceOf(RuleDefinition.Multiplier.class);
		assertThat(RuleDraft.newRule(RuleKind.FIRST_PURCHASE, "f").toDefinition())
			.isEqualTo(new RuleDefinition.FirstPurchaseBonus("f", "", 20L, null, null));
		assertThat(RuleDraft.newRule(RuleKind.STAMP, "s").toDefinition())
			.isInstanceOfSatisfying(RuleDefinition.Stamp.class, s -> assertThat(s.cardId()).isEqualTo("s"));
	}

	@Test
	void aWindowComesFromTimesOrDaysAndGoesWhenBothAreEmptied() {
		RuleDraft rule = RuleDraft.newRule(RuleKind.SPEND, "evening");
		rule.setFrom(LocalTime.of(18, 0));
		rule.setDays(Set.of(DayOfWeek.FRIDAY));
		assertThat(rule.toDefinition().window())
			.isEqualTo(new RuleDefinition.Window(LocalTime.of(18, 0), null, Set.of(DayOfWeek.FRIDAY)));

		rule.setFrom(null);
		rule.setDays(Set.of());
		assertThat(rule.toDefinition().window()).isNull();
	}

	@Test
	void theExpiryFollowsItsKindAndDropsTheOtherKindsFields() {
		ProgramDraft draft = ProgramDraft.of(DemoPrograms.cafe());

		draft.lifecycle().setExpiryKind(Expiry.Kind.CALENDAR);
		draft.lifecycle().setPeriod(Expiry.Period.QUARTER);

		assertThat(draft.toDefinition().lifecycle().expiry())
			.isEqualTo(new Expiry(Expiry.Kind.CALENDAR, null, null, Expiry.Period.QUARTER, null));
		draft.lifecycle().setExpiryKind(Expiry.Kind.NONE);
		assertThat(draft.toDefinition().lifecycle().expiry()).isNull();
	}

	@Test
	void aLadderSwitchedOffIsNoLadderAndOneSwitchedOnStartsFromSpendOverTwelveMonths() {
		ProgramDraft retail = ProgramDraft.of(DemoPrograms.retail());
		retail.ladder().setEnabled(false);
		assertThat(retail.toDefinition().tiers()).isNull();
		assertThat(retail.ladder().tierIds()).isEmpty();

		ProgramDraft cafe = ProgramDraft.of(DemoPrograms.cafe());
		assertThat(cafe.toDefinition().tiers()).isNull();
		cafe.ladder().setEnabled(true);
		assertThat(cafe.toDefinition().tiers().qualification().months()).isEqualTo(12);
		assertThat(cafe.ladder().tierIds()).containsExactly("regular");
	}

	@Test
	void aProgramWithoutLifecycleStaysWithoutUntilOneIsSet() {
		ProgramDraft draft = ProgramDraft.of(DemoPrograms.retailRules());
		assertThat(draft.toDefinition().lifecycle()).isNull();

		draft.lifecycle().setPendingDays(7);
		assertThat(draft.toDefinition().lifecycle()).isEqualTo(new Lifecycle(7, null, null));
	}

	@Test
	void whatAPointPaysIsKeptAsReadAndGoesWhenBothTillSettingsAreEmptied() {
		ProgramDraft retail = ProgramDraft.of(DemoPrograms.retail());
		assertThat(retail.getPointValue()).isEqualByComparingTo("1000");
		retail.setPointValue(new java.math.BigDecimal("1000"));
		assertThat(retail.toDefinition()).as("the same value again changes nothing").isEqualTo(DemoPrograms.retail());

		retail.setReservationMinutes(10);
		assertThat(retail.toDefinition().redemption())
			.isEqualTo(new ir.vafa.programs.TillSettings(new java.math.BigDecimal("1000"), 10));
		retail.setPointValue(null);
		retail.setReservationMinutes(null);
		assertThat(retail.toDefinition().redemption()).isNull();
		ProgramDraft cafe = ProgramDraft.of(DemoPrograms.cafe());
		cafe.setReservationMinutes(null);
		assertThat(cafe.toDefinition().redemption()).as("nothing set, nothing added").isNull();
	}
}
