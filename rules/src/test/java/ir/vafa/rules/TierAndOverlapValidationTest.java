package ir.vafa.rules;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import static ir.vafa.rules.Fixtures.IRR;
import static ir.vafa.rules.Fixtures.TEHRAN;
import static ir.vafa.rules.Fixtures.irr;
import static ir.vafa.rules.Fixtures.pointPer10kRial;
import static org.assertj.core.api.Assertions.assertThat;

/** Checks beyond single fields: the tier ladder, rules that can never fire, and rules that pay twice. */
class TierAndOverlapValidationTest {

    private static final List<Tier> LADDER = List.of(new Tier("bronze", "Bronze"), new Tier("silver", "Silver"),
            new Tier("gold", "Gold", new BigDecimal("2")));

    private static ValidationReport check(List<Tier> tiers, RuleSpec... rules) {
        return Fixtures.engine().check(new ProgramSpec("acme", 1, IRR, TEHRAN, PointRounding.DOWN, List.of(rules),
                tiers));
    }

    private static List<String> fields(List<Violation> violations) {
        return violations.stream().map(Violation::field).toList();
    }

    @Test
    void aRuleLimitedToATierOfNoLadderIsAnErrorNamingTheRule() {
        SpendRule platinum = new SpendRule("vip", "VIP", irr(10_000), 1, null, Set.of("platinum"));

        ValidationReport withLadder = check(LADDER, platinum);
        ValidationReport without = check(List.of(), platinum);

        assertThat(fields(withLadder.errors())).containsExactly("rules[0].tiers");
        assertThat(withLadder.errors().getFirst().message()).contains("platinum").contains("never fire");
        assertThat(fields(without.errors())).containsExactly("rules[0].tiers");
    }

    @Test
    void theLadderItselfIsChecked() {
        ValidationReport report = check(List.of(new Tier("gold", "Gold", new BigDecimal("20")), new Tier("gold", ""),
                new Tier("Bad Id", "x", new BigDecimal("0.5"))), pointPer10kRial());

        assertThat(fields(report.errors())).containsExactlyInAnyOrder("tiers[0].pointsMultiplier", "tiers[1].id",
                "tiers[1].name", "tiers[2].id", "tiers[2].pointsMultiplier");
    }

    @Test
    void aWindowFromMidnightToMidnightIsEmpty() {
        SpendRule never = new SpendRule("base", "n", irr(1), 1, new TimeWindow(null, LocalTime.MIDNIGHT, Set.of()));

        assertThat(fields(check(List.of(), never).errors())).containsExactly("rules[0].window");
    }

    @Test
    void twoSpendRulesOpenAtTheSameTimeAreAWarningOnTheLaterNamingTheEarlier() {
        ValidationReport report = check(List.of(), pointPer10kRial(),
                new SpendRule("evening", "Evening", irr(10_000), 1, TimeWindow.daily(LocalTime.of(18, 0), null)));

        assertThat(report.valid()).isTrue();
        assertThat(fields(report.warnings())).containsExactly("rules[1]");
        assertThat(report.warnings().getFirst().message()).contains("rules[0] ('base')").contains("earns both");
    }

    @Test
    void spendRulesForDisjointTimesOrTiersDoNotWarn() {
        SpendRule mornings = new SpendRule("am", "AM", irr(10_000), 1, TimeWindow.daily(LocalTime.of(6, 0),
                LocalTime.of(12, 0)));
        SpendRule evenings = new SpendRule("pm", "PM", irr(10_000), 1, TimeWindow.daily(LocalTime.of(12, 0), null));
        SpendRule gold = new SpendRule("gold", "Gold", irr(10_000), 2, null, Set.of("gold"));
        SpendRule others = new SpendRule("others", "Others", irr(10_000), 1, null, Set.of("bronze", "silver"));

        assertThat(check(LADDER, mornings, evenings).warnings()).isEmpty();
        assertThat(check(LADDER, gold, others).warnings()).isEmpty();
    }

    @Test
    void anOvernightWindowOverlapsTheNextMorning() {
        SpendRule friday = new SpendRule("late", "Late Thursday", irr(10_000), 1,
                new TimeWindow(LocalTime.of(22, 0), LocalTime.of(2, 0), Set.of(DayOfWeek.THURSDAY)));
        SpendRule fridayEarly = new SpendRule("early", "Early Friday", irr(10_000), 1,
                new TimeWindow(LocalTime.of(1, 0), LocalTime.of(3, 0), Set.of(DayOfWeek.FRIDAY)));
        SpendRule saturdayEarly = new SpendRule("sat", "Early Saturday", irr(10_000), 1,
                new TimeWindow(LocalTime.of(1, 0), LocalTime.of(3, 0), Set.of(DayOfWeek.SATURDAY)));

        assertThat(fields(check(List.of(), friday, fridayEarly).warnings())).containsExactly("rules[1]");
        assertThat(check(List.of(), friday, saturdayEarly).warnings()).isEmpty();
    }

    @Test
    void multipliersOnACommonCategoryAddUpAndSaySo() {
        ValidationReport report = check(List.of(), pointPer10kRial(),
                MultiplierRule.onCategories("a", "Coffee x2", new BigDecimal("2"), null, "coffee", "tea"),
                MultiplierRule.onCategories("b", "Tea x2", new BigDecimal("2"), null, "tea"),
                MultiplierRule.onCategories("c", "Cake x2", new BigDecimal("2"), null, "cake"));

        assertThat(fields(report.warnings())).containsExactly("rules[2]");
        assertThat(report.warnings().getFirst().message()).contains("x3");
    }

    @Test
    void aMultiplierWithoutASpendRuleNeverAddsAPoint() {
        ValidationReport report = check(List.of(),
                MultiplierRule.onCategories("a", "Coffee x2", new BigDecimal("2"), null, "coffee"));

        assertThat(fields(report.warnings())).containsExactly("rules[0]");
    }

    @Test
    void aFirstPurchaseBonusClosedToTheLowestTierFiresOnlyForMembersPlacedByHand() {
        ValidationReport report = check(LADDER, pointPer10kRial(),
                new FirstPurchaseBonus("welcome", "Welcome", 20, null, Set.of("gold")));

        assertThat(fields(report.warnings())).containsExactly("rules[1].tiers");
    }

    @Test
    void warningsAreLeftOutWhileThereAreErrors() {
        ValidationReport report = check(List.of(), new SpendRule("a", "", irr(1), 1), new SpendRule("b", "b", irr(1), 1));

        assertThat(report.valid()).isFalse();
        assertThat(report.warnings()).isEmpty();
    }
}
