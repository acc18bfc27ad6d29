package ir.vafa.rules;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static ir.vafa.rules.Fixtures.irr;
import static ir.vafa.rules.Fixtures.purchase;
import static org.assertj.core.api.Assertions.assertThat;

class ConcurrentEvaluationTest {

    private static final int THREADS = 6;
    private static final int PURCHASES = 300;

    private static PurchaseFacts purchaseNo(int n) {
        Fixtures.Purchase purchase = purchase()
                .at(Instant.parse("2026-11-25T03:00:00Z").plusSeconds(n * 97L % 86_400))
                .by(new MemberFacts("m-" + n, n % 3, BigDecimal.ZERO, Map.of("coffee", n % 5)));
        for (int line = 0; line <= n % 6; line++) {
            purchase.line("sku-" + line, line % 2 == 0 ? "coffee" : "bakery", 1 + line, 17_000 + n * 1_013L + line);
        }
        return purchase.build();
    }

    @Test
    void evaluatingOneProgramFromManyThreadsGivesTheSameResultsAsOneThread() throws Exception {
        RuleEngine engine = Fixtures.engine();
        CompiledProgram cafe = engine.compile(Fixtures.program(PointRounding.HALF_UP,
                new SpendRule("spend", "spend", irr(10_000), 3),
                MultiplierRule.onCategories("morning", "morning", new BigDecimal("2.5"),
                        TimeWindow.daily(LocalTime.of(8, 0), LocalTime.of(10, 0)), "coffee"),
                new FirstPurchaseBonus("welcome", "welcome", 25),
                StampRule.onCategories("card", "card", "coffee", 5, "free-coffee", "coffee")));
        List<PurchaseFacts> purchases = IntStream.range(0, PURCHASES).mapToObj(ConcurrentEvaluationTest::purchaseNo)
                .toList();
        List<Evaluation> expected = purchases.stream().map(p -> engine.evaluate(cafe, p)).toList();

        List<Future<List<Evaluation>>> runs = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(THREADS)) {
            for (int thread = 0; thread < THREADS; thread++) {
                runs.add(pool.submit(() -> purchases.stream().map(p -> engine.evaluate(cafe, p)).toList()));
            }
            for (Future<List<Evaluation>> run : runs) {
                assertThat(run.get()).isEqualTo(expected);
            }
        }
        // The comparison means something only if the purchases earned a variety of effects.
        assertThat(expected).anySatisfy(e -> assertThat(e.pointsFrom("morning")).isPositive());
        assertThat(expected).anySatisfy(e -> assertThat(e.rewards()).isNotEmpty());
        assertThat(expected).anySatisfy(e -> assertThat(e.pointsFrom("welcome")).isPositive());
    }
}
