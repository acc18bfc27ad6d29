package ir.vafa.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.Set;

import static ir.vafa.rules.Fixtures.evaluate;
import static ir.vafa.rules.Fixtures.irr;
import static ir.vafa.rules.Fixtures.pointPer10kRial;
import static ir.vafa.rules.Fixtures.program;
import static ir.vafa.rules.Fixtures.purchase;
import static org.assertj.core.api.Assertions.assertThat;

class MultiplierRuleTest {

    private static final MultiplierRule DOUBLE_ELECTRONICS =
            MultiplierRule.onCategories("electronics-x2", "Double points on electronics", new BigDecimal("2"), null,
                    "electronics");

    @Test
    void electronicsEarnDoubleAsASeparateEffectNamingTheMultiplier() {
        Evaluation result = evaluate(program(pointPer10kRial(), DOUBLE_ELECTRONICS), purchase()
                .line("tv-55", "electronics", 1, 20_000_000)
                .line("bread", "bakery", 2, 150_000)
                .build());

        assertThat(result.pointsOnLine(1)).isEqualTo(4_000);
        assertThat(result.pointsOnLine(2)).isEqualTo(30);
        assertThat(result.effects()).contains(
                new PointsAwarded(new RuleRef("electronics-x2", "Double points on electronics", 1), 1, 2_000));
        assertThat(result.pointsFrom("electronics-x2")).isEqualTo(2_000);
    }

    @Test
    void aListedSkuMatchesWhateverItsCategory() {
        MultiplierRule onSku = new MultiplierRule("new-line", "New product line x3", Set.of("mug-01"), Set.of(),
                new BigDecimal("3"), null);

        Evaluation result = evaluate(program(pointPer10kRial(), onSku),
                purchase().line("mug-01", "kitchen", 1, 100_000).line("mug-02", "kitchen", 1, 100_000).build());

        assertThat(result.pointsFrom("new-line")).isEqualTo(20);
        assertThat(result.pointsOnLine(1)).isEqualTo(30);
        assertThat(result.pointsOnLine(2)).isEqualTo(10);
    }

    @ParameterizedTest(name = "{0}: 1.5 x 3 points -> {1} extra")
    @CsvSource({"DOWN, 1", "HALF_UP, 2", "UP, 2"})
    void theExtraIsRoundedPerLineWithTheProgramsRounding(PointRounding rounding, long extra) {
        MultiplierRule oneAndAHalf = MultiplierRule.onCategories("x1-5", "x1.5", new BigDecimal("1.5"), null, "coffee");

        Evaluation result = evaluate(program(rounding, pointPer10kRial(), oneAndAHalf),
                purchase().line("latte", "coffee", 1, 30_000).build());

        assertThat(result.pointsFrom("x1-5")).isEqualTo(extra);
    }

    @Test
    void aMultiplierWithoutSpendPointsOnTheLineAddsNothing() {
        Evaluation result = evaluate(program(pointPer10kRial(), DOUBLE_ELECTRONICS),
                purchase().line("cable", "electronics", 1, 5_000).line("tv", "furniture", 1, 50_000).build());

        assertThat(result.pointsFrom("electronics-x2")).isZero();
        assertThat(result.effects()).allSatisfy(e -> assertThat(e.rule().ruleId()).isEqualTo("base"));
    }

    @Test
    void aMultiplierListedBeforeTheSpendRuleStillMultipliesIt() {
        Evaluation result = evaluate(program(DOUBLE_ELECTRONICS, pointPer10kRial()),
                purchase().line("tv", "electronics", 1, 1_000_000).build());

        assertThat(result.totalPoints()).isEqualTo(200);
        assertThat(result.effects()).first().extracting(Effect::rule).extracting(RuleRef::ruleId)
                .isEqualTo("electronics-x2");
    }

    @Test
    void aLineWithoutCategoryIsNotMatchedByCategory() {
        Evaluation result = evaluate(program(pointPer10kRial(), DOUBLE_ELECTRONICS),
                purchase().line(new LineFacts(1, "misc", null, 1, irr(100_000))).build());

        assertThat(result.totalPoints()).isEqualTo(10);
    }
}
