package ir.vafa.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.List;
import java.util.Random;

import static ir.vafa.rules.Fixtures.evaluate;
import static ir.vafa.rules.Fixtures.irr;
import static ir.vafa.rules.Fixtures.pointPer10kRial;
import static ir.vafa.rules.Fixtures.program;
import static ir.vafa.rules.Fixtures.purchase;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class SpendRuleTest {

    @Test
    void retailPurchaseOf1234567RialEarns123Points() {
        Evaluation result = evaluate(program(pointPer10kRial()),
                purchase().line("tv-1", "electronics", 1, 1_234_567).build());

        assertThat(result.totalPoints()).isEqualTo(123);
        assertThat(result.effects()).containsExactly(
                new PointsAwarded(new RuleRef("base", "1 point per 10,000 IRR", 1), 1, 123));
    }

    @ParameterizedTest(name = "{0}: 1,234,567 IRR -> {1}, 1,235,000 IRR -> {2}")
    @CsvSource({"DOWN, 123, 123", "HALF_UP, 123, 124", "UP, 124, 124"})
    void theProgramsRoundingDecidesTheLastPoint(PointRounding rounding, long for1234567, long for1235000) {
        ProgramSpec spec = program(rounding, pointPer10kRial());

        assertThat(evaluate(spec, purchase().line("a", "x", 1, 1_234_567).build()).totalPoints()).isEqualTo(for1234567);
        assertThat(evaluate(spec, purchase().line("a", "x", 1, 1_235_000).build()).totalPoints()).isEqualTo(for1235000);
    }

    @Test
    void spendIsRoundedOnceOverThePurchaseNotPerLine() {
        // Three lines of 6,000 IRR: 0 points each if rounded per line, 1 point (18,000 / 10,000) over the purchase.
        Evaluation result = evaluate(program(pointPer10kRial()),
                purchase().line("a", "x", 1, 6_000).line("b", "x", 1, 6_000).line("c", "x", 1, 6_000).build());

        assertThat(result.totalPoints()).isEqualTo(1);
        assertThat(result.points()).singleElement().extracting(PointsAwarded::lineNo).isEqualTo(1);
    }

    @Test
    void pointsAreAttributedToLinesInProportionToTheirNetAmount() {
        // 100 points over 50/30/20 %: exactly 50, 30 and 20.
        Evaluation result = evaluate(program(new SpendRule("base", "base", irr(1_000), 1)),
                purchase().line("a", "x", 1, 50_000).line("b", "x", 1, 30_000).line("c", "x", 1, 20_000).build());

        assertThat(result.points()).extracting(PointsAwarded::lineNo, PointsAwarded::points)
                .containsExactly(tuple(1, 50L), tuple(2, 30L), tuple(3, 20L));
    }

    @Test
    void leftOverPointsGoToTheLargestRemainders() {
        // 9 points over 2,000 / 4,700 / 3,300: exact shares 1.8, 4.23, 2.97. Floors give 1 + 4 + 2 = 7; the two
        // points left go to the two largest remainders, lines 3 (.97) and 1 (.8), not to the first lines in order.
        Evaluation result = evaluate(program(new SpendRule("base", "base", irr(1_000), 9)),
                purchase().line("a", "x", 1, 200).line("b", "x", 1, 470).line("c", "x", 1, 330).build());

        assertThat(List.of(result.pointsOnLine(1), result.pointsOnLine(2), result.pointsOnLine(3)))
                .containsExactly(2L, 4L, 3L);
    }

    @Test
    void aTieBetweenEqualRemaindersGoesToTheLowerLineNumber() {
        // 10 points over 3,500 / 3,000 / 3,500: shares 3.5, 3, 3.5. One point is left and lines 1 and 3 tie.
        Evaluation result = evaluate(program(new SpendRule("base", "base", irr(1_000), 1)),
                purchase().line("a", "x", 1, 3_500).line("b", "x", 1, 3_000).line("c", "x", 1, 3_500).build());

        assertThat(List.of(result.pointsOnLine(1), result.pointsOnLine(2), result.pointsOnLine(3)))
                .containsExactly(4L, 3L, 3L);
    }

    @Test
    void attributedPointsAlwaysAddUpToThePurchaseTotal() {
        Random random = new Random(20261125L);
        RuleEngine engine = Fixtures.engine();
        for (PointRounding rounding : PointRounding.values()) {
            CompiledProgram program = engine.compile(program(rounding,
                    new SpendRule("base", "base", new BigDecimal("7500"), 3)));
            for (int run = 0; run < 300; run++) {
                Fixtures.Purchase purchase = purchase();
                int lines = 1 + random.nextInt(12);
                BigDecimal net = BigDecimal.ZERO;
                for (int n = 1; n <= lines; n++) {
                    BigDecimal price = BigDecimal.valueOf(random.nextInt(2_000_000), random.nextInt(3));
                    BigDecimal discount = random.nextInt(4) == 0 ? price.multiply(new BigDecimal("0.15")) : BigDecimal.ZERO;
                    LineFacts line = new LineFacts(n, "sku-" + n, "c", 1 + random.nextInt(4), price, discount);
                    purchase.line(line);
                    if (line.netAmount().signum() > 0) {
                        net = net.add(line.netAmount());
                    }
                }
                long expected = net.multiply(BigDecimal.valueOf(3))
                        .divide(new BigDecimal("7500"), 0, rounding.mode()).longValueExact();

                Evaluation result = engine.evaluate(program, purchase.build());

                assertThat(result.totalPoints()).as("run %d, %s", run, rounding).isEqualTo(expected);
                assertThat(result.points()).allSatisfy(p -> assertThat(p.points()).isPositive());
            }
        }
    }

    @Test
    void linesWithZeroOrNegativeNetAmountEarnNothing() {
        Evaluation result = evaluate(program(pointPer10kRial()), purchase()
                .line("a", "x", 1, 100_000)
                .line(new LineFacts(2, "gift", "x", 1, irr(50_000), irr(50_000)))
                .line(new LineFacts(3, "return", "x", -1, irr(40_000), BigDecimal.ZERO))
                .build());

        assertThat(result.effects()).extracting(e -> ((PointsAwarded) e).lineNo()).containsExactly(1);
        assertThat(result.totalPoints()).isEqualTo(10);
    }

    @Test
    void twoSpendRulesEachAwardTheirOwnPoints() {
        Evaluation result = evaluate(program(pointPer10kRial(), new SpendRule("extra", "extra", irr(100_000), 5)),
                purchase().line("a", "x", 1, 1_000_000).build());

        assertThat(result.pointsFrom("base")).isEqualTo(100);
        assertThat(result.pointsFrom("extra")).isEqualTo(50);
    }

    @Test
    void aPurchaseTooSmallForAPointEmitsNoEffect() {
        assertThat(evaluate(program(pointPer10kRial()), purchase().line("a", "x", 1, 9_999).build()).effects())
                .isEmpty();
    }
}
