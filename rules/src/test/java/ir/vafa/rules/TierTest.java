package ir.vafa.rules;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import static ir.vafa.rules.Fixtures.IRR;
import static ir.vafa.rules.Fixtures.TEHRAN;
import static ir.vafa.rules.Fixtures.evaluate;
import static ir.vafa.rules.Fixtures.irr;
import static ir.vafa.rules.Fixtures.member;
import static ir.vafa.rules.Fixtures.pointPer10kRial;
import static ir.vafa.rules.Fixtures.purchase;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Tiers as the rules see them: a multiplier on spend points, and rules open to some tiers only. */
class TierTest {

    private static final List<Tier> LADDER = List.of(new Tier("bronze", "Bronze"),
            new Tier("silver", "Silver", new BigDecimal("1.5")), new Tier("gold", "Gold", new BigDecimal("2")));

    private static ProgramSpec laddered(RuleSpec... rules) {
        return new ProgramSpec("acme", 3, IRR, TEHRAN, PointRounding.DOWN, List.of(rules), LADDER);
    }

    @Test
    void goldEarnsDoubleOnSpendPointsAsALedgerLineOfItsOwnNamingTheTier() {
        Evaluation result = evaluate(laddered(pointPer10kRial()),
                purchase().by(member().inTier("gold")).line("tv", "electronics", 1, 1_234_567).build());

        assertThat(result.points()).extracting(p -> p.rule().ruleId(), p -> p.rule().ruleName(), PointsAwarded::points)
                .containsExactly(tuple("base", "1 point per 10,000 IRR", 123L), tuple("tier:gold", "Gold", 123L));
        assertThat(result.points()).allSatisfy(p -> assertThat(p.rule().programVersion()).isEqualTo(3));
    }

    @Test
    void silversHalfIsRoundedPerLineWithTheProgramsRounding() {
        // 123 base points: 100 on the first line, 23 on the second; x1.5 adds 50 and 11 (11.5 rounded down).
        Evaluation result = evaluate(laddered(pointPer10kRial()), purchase().by(member().inTier("silver"))
                .line("phone", "electronics", 1, 1_000_000).line("socks", "apparel", 1, 234_567).build());

        assertThat(result.points()).filteredOn(p -> p.rule().ruleId().equals("tier:silver"))
                .extracting(PointsAwarded::lineNo, PointsAwarded::points).containsExactly(tuple(1, 50L), tuple(2, 11L));
    }

    @Test
    void theMultiplierLeavesMultiplierRulesAndBonusesAlone() {
        Evaluation result = evaluate(laddered(pointPer10kRial(),
                        MultiplierRule.onCategories("double", "Electronics double", new BigDecimal("2"), null, "electronics"),
                        new FirstPurchaseBonus("welcome", "Welcome", 20)),
                purchase().by(new MemberFacts("m", 0).inTier("gold")).line("tv", "electronics", 1, 1_000_000).build());

        assertThat(result.pointsFrom("base")).isEqualTo(100);
        assertThat(result.pointsFrom("double")).isEqualTo(100);
        assertThat(result.pointsFrom("welcome")).isEqualTo(20);
        assertThat(result.pointsFrom("tier:gold")).isEqualTo(100);
    }

    @Test
    void aTierWithoutAMultiplierAddsNothing() {
        Evaluation result = evaluate(laddered(pointPer10kRial()),
                purchase().by(member().inTier("bronze")).line("tv", "x", 1, 1_000_000).build());

        assertThat(result.points()).extracting(p -> p.rule().ruleId()).containsExactly("base");
    }

    @Test
    void aRuleLimitedToTiersFiresOnlyForTheirMembers() {
        SpendRule goldOnly = new SpendRule("gold-extra", "Gold extra", irr(100_000), 1, null, Set.of("gold", "silver"));
        ProgramSpec spec = laddered(pointPer10kRial(), goldOnly);

        assertThat(evaluate(spec, purchase().by(member().inTier("bronze")).line("a", "x", 1, 1_000_000).build())
                .pointsFrom("gold-extra")).isZero();
        assertThat(evaluate(spec, purchase().by(member().inTier("silver")).line("a", "x", 1, 1_000_000).build())
                .pointsFrom("gold-extra")).isEqualTo(10);
    }

    @Test
    void aLimitedWindowedRuleNeedsBothItsWindowAndItsTier() {
        TimeWindow lunch = TimeWindow.daily(java.time.LocalTime.of(11, 0), java.time.LocalTime.of(14, 0));
        ProgramSpec spec = laddered(new StampRule("card", "Gold lunch card", "card", Set.of(), Set.of("food"), 5, "free",
                lunch, Set.of("gold")));

        // Fixtures' purchases are at noon in Tehran: inside the window.
        assertThat(evaluate(spec, purchase().by(member().inTier("gold")).line("a", "food", 1, 10).build()).stamps())
                .hasSize(1);
        assertThat(evaluate(spec, purchase().by(member().inTier("silver")).line("a", "food", 1, 10).build()).stamps())
                .isEmpty();
        assertThat(evaluate(spec, purchase().by(member().inTier("gold")).at("2026-11-25T12:30:00Z")
                .line("a", "food", 1, 10).build()).stamps()).isEmpty();
    }
}
