package ir.vafa.rules;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rough µs per evaluation of a 20-rule program on the shared rule base. Not a test and not JMH: run it by hand,
 * on a quiet machine, and read medians.
 *
 * <pre>
 * ./mvnw -B -ntp -pl rules test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp rules/target/classes:rules/target/test-classes:$(cat rules/target/cp.txt) ir.vafa.rules.EvaluationBenchmark
 * </pre>
 */
public final class EvaluationBenchmark {

    private static final int ROUNDS = 7;
    private static final int EVALUATIONS_PER_ROUND = 20_000;

    private EvaluationBenchmark() {
    }

    public static void main(String[] args) {
        long started = System.nanoTime();
        RuleEngine engine = new RuleEngine(EngineLimits.defaults());
        System.out.printf("shared rule base compiled in %d ms%n", (System.nanoTime() - started) / 1_000_000);

        CompiledProgram program = engine.compile(twentyRules());
        List<PurchaseFacts> purchases = purchases();

        long checksum = 0;
        for (int i = 0; i < EVALUATIONS_PER_ROUND; i++) { // warm-up
            checksum += engine.evaluate(program, purchases.get(i % purchases.size())).totalPoints();
        }
        double[] micros = new double[ROUNDS];
        int fired = 0;
        for (int round = 0; round < ROUNDS; round++) {
            long t0 = System.nanoTime();
            for (int i = 0; i < EVALUATIONS_PER_ROUND; i++) {
                Evaluation evaluation = engine.evaluate(program, purchases.get(i % purchases.size()));
                checksum += evaluation.totalPoints();
                fired = evaluation.rulesFired();
            }
            micros[round] = (System.nanoTime() - t0) / 1_000.0 / EVALUATIONS_PER_ROUND;
        }
        Arrays.sort(micros);
        System.out.printf("20 rules, 6 lines: median %.1f µs/evaluation (min %.1f, max %.1f) over %d rounds of %d;"
                        + " last evaluation fired %d rules; checksum %d%n",
                micros[ROUNDS / 2], micros[0], micros[ROUNDS - 1], ROUNDS, EVALUATIONS_PER_ROUND, fired, checksum);
    }

    /** A busy café-and-shop program: 4 spend, 8 multiplier, 2 bonus and 6 stamp rules, half of them windowed. */
    static ProgramSpec twentyRules() {
        List<RuleSpec> rules = new ArrayList<>();
        TimeWindow morning = TimeWindow.daily(LocalTime.of(8, 0), LocalTime.of(10, 0));
        TimeWindow weekend = TimeWindow.on(DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
        TimeWindow night = TimeWindow.daily(LocalTime.of(22, 0), LocalTime.of(2, 0));
        rules.add(new SpendRule("spend", "1 per 10,000", new BigDecimal("10000"), 1));
        rules.add(new SpendRule("spend-weekend", "weekend extra", new BigDecimal("50000"), 1, weekend));
        rules.add(new SpendRule("spend-night", "night owls", new BigDecimal("20000"), 1, night));
        rules.add(new SpendRule("spend-morning", "early birds", new BigDecimal("20000"), 1, morning));
        for (int i = 0; i < 8; i++) {
            rules.add(new MultiplierRule("multi-" + i, "multiplier " + i, Set.of("sku-" + i),
                    Set.of("cat-" + i % 4), BigDecimal.valueOf(2 + i % 3), i % 2 == 0 ? null : morning));
        }
        rules.add(new FirstPurchaseBonus("welcome", "welcome", 100));
        rules.add(new FirstPurchaseBonus("welcome-weekend", "weekend welcome", 50, weekend));
        for (int i = 0; i < 6; i++) {
            rules.add(new StampRule("stamp-" + i, "card " + i, "card-" + i, Set.of(), Set.of("cat-" + i % 4), 5,
                    "reward-" + i, i % 2 == 0 ? null : weekend));
        }
        return new ProgramSpec("bench", 1, Currency.getInstance("IRR"), ZoneId.of("Asia/Tehran"),
                PointRounding.DOWN, rules);
    }

    static List<PurchaseFacts> purchases() {
        List<PurchaseFacts> purchases = new ArrayList<>();
        for (int p = 0; p < 64; p++) {
            List<LineFacts> lines = new ArrayList<>();
            for (int n = 1; n <= 6; n++) {
                lines.add(new LineFacts(n, "sku-" + (p + n) % 10, "cat-" + (p * n) % 6, 1 + n % 3,
                        BigDecimal.valueOf(35_000 + 1_000L * p * n)));
            }
            MemberFacts member = new MemberFacts("m-" + p, p % 4, BigDecimal.ZERO, Map.of("card-" + p % 6, p % 5));
            purchases.add(new PurchaseFacts("p-" + p, Instant.parse("2026-11-25T00:00:00Z").plusSeconds(p * 1_350L),
                    "store", "pos", Currency.getInstance("IRR"), null, lines, member));
        }
        return purchases;
    }
}
