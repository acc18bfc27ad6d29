package ir.vafa.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.LocalTime;

import static ir.vafa.rules.Fixtures.evaluate;
import static ir.vafa.rules.Fixtures.irr;
import static ir.vafa.rules.Fixtures.program;
import static ir.vafa.rules.Fixtures.purchase;
import static org.assertj.core.api.Assertions.assertThat;

/** Seed 003: a café with a coffee stamp card and double points on coffee in the morning (Asia/Tehran). */
class CafeStoryTest {

    private static final StampRule COFFEE_CARD = StampRule.onCategories("coffee-card", "Coffee card", "coffee", 5,
            "free-coffee", "coffee");
    private static final SpendRule SPEND = new SpendRule("spend", "1 point per 10,000 IRR", irr(10_000), 1);
    private static final MultiplierRule MORNING_COFFEE = MultiplierRule.onCategories("morning-coffee",
            "Double points on coffee 08:00-10:00", new BigDecimal("2"),
            TimeWindow.daily(LocalTime.of(8, 0), LocalTime.of(10, 0)), "coffee");
    private static final ProgramSpec CAFE = program(SPEND, MORNING_COFFEE, COFFEE_CARD);

    @Test
    void aVisitWithThreeCoffeesEarnsOneStampOnTheFirstCoffeeLine() {
        Evaluation result = evaluate(CAFE, purchase()
                .line("croissant", "bakery", 1, 90_000)
                .line("latte", "coffee", 1, 120_000)
                .line("espresso", "coffee", 2, 80_000)
                .build());

        assertThat(result.stamps()).containsExactly(
                new StampAdded(new RuleRef("coffee-card", "Coffee card", 1), "coffee", 2));
        assertThat(result.rewards()).isEmpty();
    }

    @Test
    void aVisitWithoutCoffeeEarnsNoStamp() {
        assertThat(evaluate(CAFE, purchase().line("croissant", "bakery", 1, 90_000).build()).stamps()).isEmpty();
    }

    @Test
    void theFifthStampIssuesTheFreeCoffee() {
        Evaluation result = evaluate(CAFE, purchase().withStamps("coffee", 4).line("latte", "coffee", 1, 120_000).build());

        assertThat(result.stamps()).hasSize(1);
        assertThat(result.rewards()).containsExactly(
                new RewardIssued(new RuleRef("coffee-card", "Coffee card", 1), "coffee", "free-coffee"));
    }

    @ParameterizedTest(name = "{0} stamps on the card before the visit")
    @CsvSource({"0", "1", "3"})
    void earlierStampsDoNotIssueTheReward(int stampsBefore) {
        Evaluation result = evaluate(CAFE,
                purchase().withStamps("coffee", stampsBefore).line("latte", "coffee", 1, 120_000).build());

        assertThat(result.stamps()).hasSize(1);
        assertThat(result.rewards()).isEmpty();
    }

    @Test
    void stampsOnAnotherCardDoNotCount() {
        Evaluation result = evaluate(CAFE, purchase().withStamps("tea", 4).line("latte", "coffee", 1, 120_000).build());

        assertThat(result.rewards()).isEmpty();
    }

    // Tehran is UTC+03:30 all year, so 08:00 local is 04:30 UTC.
    @ParameterizedTest(name = "{0} UTC = {1} Tehran -> coffee earns {2} points")
    @CsvSource({
            "2026-11-25T04:29:00Z, 07:59, 12",
            "2026-11-25T04:30:00Z, 08:00, 24",
            "2026-11-25T05:45:00Z, 09:15, 24",
            "2026-11-25T06:29:59Z, 09:59:59, 24",
            "2026-11-25T06:30:00Z, 10:00, 12"})
    void coffeeEarnsDoubleFromEightToTenTehranTime(String utc, String tehran, long points) {
        Evaluation result = evaluate(CAFE, purchase().at(utc).line("latte", "coffee", 1, 120_000).build());

        assertThat(result.totalPoints()).isEqualTo(points);
    }

    @Test
    void doublePointsAreForCoffeeOnly() {
        Evaluation result = evaluate(CAFE, purchase().at("2026-11-25T05:00:00Z")
                .line("latte", "coffee", 1, 120_000).line("croissant", "bakery", 1, 90_000).build());

        assertThat(result.pointsOnLine(1)).isEqualTo(24);
        assertThat(result.pointsOnLine(2)).isEqualTo(9);
    }
}
