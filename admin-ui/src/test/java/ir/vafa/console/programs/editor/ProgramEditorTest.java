package ir.vafa.console.programs.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.textfield.TextField;
import ir.vafa.console.i18n.Language;
import ir.vafa.console.i18n.Messages;
import ir.vafa.demo.DemoPrograms;
import ir.vafa.platform.ApiProblem.FieldError;
import ir.vafa.programs.ProgramDefinition;
import ir.vafa.programs.ProgramValidation;
import ir.vafa.programs.RuleDefinition;
import ir.vafa.programs.UsedRewardReturn;
import org.junit.jupiter.api.Test;

/** The editor's forms on their own: no Spring, no browser. Checks say what is wrong in the user's language. */
class ProgramEditorTest {

	private final List<ProgramDefinition> saved = new ArrayList<>();
	private final List<ProgramDefinition> toPublish = new ArrayList<>();

	private ProgramEditor editor(Language language, ProgramDefinition program) {
		ProgramEditor editor = new ProgramEditor(Messages.of(language), true);
		editor.addSaveDraftListener(e -> saved.add(e.definition()));
		editor.addPublishRequestedListener(e -> toPublish.add(e.definition()));
		editor.edit(ProgramDraft.of(program), "test", false);
		return editor;
	}

	private static RuleForm rule(ProgramEditor editor, int index) {
		return editor.rules.forms().get(index);
	}

	@Test
	void aProgramOpenedAndSavedUntouchedIsTheSameDocument() {
		for (ProgramDefinition program : List.of(DemoPrograms.cafe(), DemoPrograms.retail(), DemoPrograms.retailRules())) {
			editor(Language.PERSIAN, program).save.click();
		}

		assertThat(saved).containsExactly(DemoPrograms.cafe(), DemoPrograms.retail(), DemoPrograms.retailRules());
	}

	@Test
	void anEditedRuleIsSavedAsTheDraftsDocument() {
		ProgramEditor editor = editor(Language.ENGLISH, DemoPrograms.cafe());

		rule(editor, 0).pointsPerUnit.setValue("2");
		editor.save.click();

		assertThat(saved).singleElement().satisfies(d -> assertThat(d.rules().getFirst())
			.isEqualTo(new RuleDefinition.Spend("base", "1 point per 10,000 rials", new BigDecimal("10000"), 2L, null, null)));
	}

	@Test
	void aStampCardOffersAChoiceTypedInPersianAndEmptyingItOffersNone() {
		ProgramEditor editor = editor(Language.PERSIAN, DemoPrograms.cafe());
		RuleForm card = rule(editor, 3);

		card.choiceRewards.setValue("free-pastry، free-tea");
		card.choiceDays.setValue("۷");
		editor.save.click();
		card.choiceRewards.setValue("");
		card.choiceDays.setValue("");
		editor.save.click();

		assertThat(saved).hasSize(2);
		assertThat(((RuleDefinition.Stamp) saved.get(0).rules().get(3)).choice())
			.isEqualTo(new ir.vafa.programs.RewardChoice(List.of("free-pastry", "free-tea"), 7));
		assertThat(saved.get(1)).as("no choice: the document it was").isEqualTo(DemoPrograms.cafe());
	}

	@Test
	void aChoiceOfTooManyRewardsOrDaysIsRefusedOnItsField() {
		ProgramEditor editor = editor(Language.ENGLISH, DemoPrograms.cafe());
		RuleForm card = rule(editor, 3);

		card.choiceRewards.setValue("a, b, c, d, e, f");
		card.choiceDays.setValue("400");
		editor.save.click();

		assertThat(saved).isEmpty();
		assertThat(card.choiceRewards.getErrorMessage()).isEqualTo("At most 5 rewards to choose from");
		assertThat(card.choiceDays.isInvalid()).isTrue();
	}

	@Test
	void aStampCardOfOneStampIsRefusedOnTheFieldInPersianAndNothingIsSaved() {
		ProgramEditor editor = editor(Language.PERSIAN, DemoPrograms.cafe());
		TextField stamps = rule(editor, 3).stampsPerReward;

		stamps.setValue("۱");
		editor.save.click();

		assertThat(saved).isEmpty();
		assertThat(stamps.isInvalid()).isTrue();
		assertThat(stamps.getErrorMessage()).isEqualTo("باید بین ۲ و ۱۰۰ باشد");

		stamps.setValue("۶");
		editor.save.click();
		assertThat(saved).singleElement().satisfies(d -> assertThat(((RuleDefinition.Stamp) d.rules().get(3))
			.stampsPerReward()).isEqualTo(6));
	}

	@Test
	void anEmptiedRequiredFieldAndAWordForANumberAreRefusedInPersian() {
		ProgramEditor editor = editor(Language.PERSIAN, DemoPrograms.cafe());

		rule(editor, 1).name.setValue("");
		rule(editor, 0).spendUnit.setValue("ده");
		editor.publish.click();

		assertThat(toPublish).isEmpty();
		assertThat(rule(editor, 1).name.getErrorMessage()).isEqualTo("الزامی است");
		assertThat(rule(editor, 0).spendUnit.getErrorMessage()).isEqualTo("یک عدد بنویسید، مثلاً ۱۵۰۰");
	}

	@Test
	void pendingDaysRunFromZeroTo365() {
		ProgramEditor editor = editor(Language.ENGLISH, DemoPrograms.retail());

		editor.lifecycle.pendingDays.setValue("400");
		editor.save.click();

		assertThat(saved).isEmpty();
		assertThat(editor.lifecycle.pendingDays.getErrorMessage()).isEqualTo("Must be between 0 and 365");
		editor.lifecycle.pendingDays.setValue("0");
		editor.save.click();
		assertThat(saved).singleElement().satisfies(d -> assertThat(d.lifecycle().pendingDays()).isZero());
	}

	@Test
	void whatAReturnDoesToAUsedStampRewardShowsTheDefaultAndIsStoredOnlyOnceChosen() {
		ProgramEditor editor = editor(Language.PERSIAN, DemoPrograms.cafe());

		assertThat(editor.lifecycle.usedRewardReturn.getValue()).isEqualTo(UsedRewardReturn.LEAVE_CARD_SHORT);
		assertThat(editor.lifecycle.usedRewardReturn.getLabel()).isEqualTo("وقتی مرجوعی مهرِ کارتی را پس بگیرد که جایزه‌اش استفاده شده");
		editor.save.click();
		assertThat(saved).singleElement().satisfies(d -> assertThat(d.lifecycle()).isEqualTo(DemoPrograms.cafe().lifecycle()));

		editor.lifecycle.usedRewardReturn.setValue(UsedRewardReturn.RECOVER_POINTS);
		editor.save.click();
		assertThat(saved).last().satisfies(d -> assertThat(d.lifecycle().usedRewardReturn())
			.isEqualTo(UsedRewardReturn.RECOVER_POINTS));
	}

	@Test
	void aFactorMustBeAboveOneAndAtMostAHundred() {
		ProgramEditor editor = editor(Language.ENGLISH, DemoPrograms.cafe());
		TextField factor = rule(editor, 1).factor;

		factor.setValue("1");
		editor.save.click();
		assertThat(factor.getErrorMessage()).isEqualTo("Must be more than 1 and at most 100");
		factor.setValue("101");
		editor.save.click();
		assertThat(factor.isInvalid()).isTrue();
		factor.setValue("1.5");
		editor.save.click();

		assertThat(saved).singleElement().satisfies(d -> assertThat(((RuleDefinition.Multiplier) d.rules().get(1))
			.factor()).isEqualByComparingTo("1.5"));
	}

	@Test
	void thresholdsStartAtZeroAndRiseTierByTier() {
		ProgramEditor editor = editor(Language.PERSIAN, DemoPrograms.retail());
		LadderForm ladder = editor.ladder;
		List<LevelRow> rows = ladder.getChildren().flatMap(c -> c.getChildren()).filter(LevelRow.class::isInstance)
			.map(LevelRow.class::cast).toList();

		rows.get(0).threshold.setValue("۵");
		rows.get(2).threshold.setValue("۱۰۰۰");
		editor.save.click();

		assertThat(saved).isEmpty();
		assertThat(rows.get(0).threshold.getErrorMessage()).isEqualTo("پایین‌ترین سطح از ۰ آغاز می‌شود: همهٔ اعضا در آن‌اند");
		assertThat(rows.get(2).threshold.getErrorMessage()).isEqualTo("باید بیش از سطح پیشین (۲۰٬۰۰۰٬۰۰۰) باشد");
		assertThat(rows.get(1).threshold.isInvalid()).isFalse();
	}

	@Test
	void aTierGivesTheRewardTypedAndEmptyingItGivesNone() {
		ProgramEditor editor = editor(Language.ENGLISH, DemoPrograms.retail());
		List<LevelRow> rows = editor.ladder.getChildren().flatMap(c -> c.getChildren())
			.filter(LevelRow.class::isInstance).map(LevelRow.class::cast).toList();

		rows.get(2).reward.setValue(" tote ");
		editor.save.click();
		rows.get(2).reward.setValue("");
		editor.save.click();

		assertThat(saved).hasSize(2);
		assertThat(saved.get(0).tiers().levels().get(2).rewardCode()).isEqualTo("tote");
		assertThat(saved.get(1)).as("no reward: the document it was").isEqualTo(DemoPrograms.retail());
	}

	@Test
	void aTierMayOfferAChoiceOfRewardsForSomeDays() {
		ProgramEditor editor = editor(Language.PERSIAN, DemoPrograms.retail());
		List<LevelRow> rows = editor.ladder.getChildren().flatMap(c -> c.getChildren())
			.filter(LevelRow.class::isInstance).map(LevelRow.class::cast).toList();

		rows.get(2).reward.setValue("tote");
		rows.get(2).choiceRewards.setValue("spa-day, tea-set");
		rows.get(2).choiceDays.setValue("۴۰۰");
		editor.save.click();
		assertThat(saved).isEmpty();
		assertThat(rows.get(2).choiceDays.getErrorMessage()).isEqualTo("باید بین ۱ و ۳۶۵ باشد");

		rows.get(2).choiceDays.setValue("۱۰");
		editor.save.click();
		assertThat(saved).singleElement().satisfies(d -> assertThat(d.tiers().levels().get(2).choice())
			.isEqualTo(new ir.vafa.programs.RewardChoice(List.of("spa-day", "tea-set"), 10)));
		assertThat(LevelDraft.of(saved.getFirst().tiers().levels().get(2)).choice().getRewards())
			.as("read back as written").containsExactly("spa-day", "tea-set");
	}

	@Test
	void aWindowWhoseStartIsItsEndIsRefusedOnItsEnd() {
		ProgramEditor editor = editor(Language.ENGLISH, DemoPrograms.cafe());
		RuleForm coffee = rule(editor, 1);

		coffee.to.setValue(LocalTime.of(8, 0));
		editor.save.click();

		assertThat(saved).isEmpty();
		assertThat(coffee.to.getErrorMessage()).startsWith("Until is the same as from");
		coffee.to.setValue(LocalTime.of(11, 0));
		editor.save.click();
		assertThat(saved).singleElement().satisfies(d -> assertThat(d.rules().get(1).window().to())
			.isEqualTo(LocalTime.of(11, 0)));
	}

	@Test
	void twoRulesWithOneIdAreRefused() {
		ProgramEditor editor = editor(Language.ENGLISH, DemoPrograms.cafe());

		rule(editor, 2).id.setValue("base");
		editor.save.click();

		assertThat(saved).isEmpty();
		assertThat(rule(editor, 2).id.getErrorMessage()).isEqualTo("Another rule has the id “base”");
	}

	@Test
	void addedAndRemovedRulesKeepIdsAndPathsInOrder() {
		ProgramEditor editor = editor(Language.ENGLISH, DemoPrograms.retailRules());

		editor.rules.getChildren().flatMap(c -> c.getChildren())
			.filter(c -> c.getId().orElse("").equals("rule-add-firstPurchase"))
			.findFirst().map(com.vaadin.flow.component.button.Button.class::cast).orElseThrow().click();
		rule(editor, 2).name.setValue("Welcome");
		rule(editor, 0).remove.click();
		editor.save.click();

		assertThat(saved).singleElement().satisfies(d -> assertThat(d.rules()).extracting(RuleDefinition::id)
			.containsExactly("electronics-double", "first-purchase-1"));
		assertThat(rule(editor, 1).getId()).hasValue("rule-1");
		assertThat(rule(editor, 1).points.getId()).hasValue("rule-1-points");
	}

	@Test
	void theServersErrorsLandOnTheirFieldsAndTheRestAreListed() {
		ProgramEditor editor = editor(Language.ENGLISH, DemoPrograms.retail());

		editor.showValidation(new ProgramValidation(List.of(
				new FieldError("rules[0].spendUnit", "must be more than 0"),
				new FieldError("tiers.levels[1].threshold", "must be above the threshold of the tier before it"),
				new FieldError("schemaVersion", "must be 2")), List.of(new FieldError("rules[1]", "can pay twice"))));

		assertThat(rule(editor, 0).spendUnit.isInvalid()).isTrue();
		assertThat(rule(editor, 0).spendUnit.getErrorMessage()).isEqualTo("must be more than 0");
		assertThat(editor.getChildren().filter(c -> c.getId().orElse("").equals("editor-findings")).findFirst()
			.orElseThrow().getElement().getTextRecursively())
			.contains("schemaVersion", "must be 2", "rules[1]", "can pay twice");
	}

	@Test
	void readOnlyTheEditorShowsTheProgramWithoutItsButtons() {
		ProgramEditor readOnly = new ProgramEditor(Messages.of(Language.ENGLISH), false);
		readOnly.edit(ProgramDraft.of(DemoPrograms.cafe()), "version 1", true);

		assertThat(readOnly.save.isVisible()).isFalse();
		assertThat(readOnly.publish.isVisible()).isFalse();
		assertThat(readOnly.discard.isVisible()).isFalse();
		assertThat(rule(readOnly, 0).spendUnit.isReadOnly()).isTrue();
		assertThat(rule(readOnly, 0).remove.isVisible()).isFalse();
	}
}
