package ir.vafa.rules;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static ir.vafa.rules.Fixtures.irr;
import static ir.vafa.rules.Fixtures.purchase;
import static org.assertj.core.api.Assertions.assertThat;

/** 10,000 tenants with distinct programs on one engine: compiling is validation plus small objects, no Drools. */
class MultiTenantScaleTest {

    private static final int TENANTS = 10_000;

    private static long spendUnit(int t) {
        return 1_000 + t;
    }

    private static int factor(int t) {
        return 2 + t % 3;
    }

    private static int stampsPerReward(int t) {
        return 2 + t % 9;
    }

    /** Tenant t: its own spend unit, category, factor, bonus, card and card size; odd tenants' multiplier is Wednesday-only. */
    private static ProgramSpec programOf(int t) {
        TimeWindow window = t % 2 == 0 ? null
                : new TimeWindow(LocalTime.of(9, 0), LocalTime.of(21, 0), Set.of(DayOfWeek.WEDNESDAY));
        return new ProgramSpec("tenant-" + t, 1 + t % 7, Fixtures.IRR, Fixtures.TEHRAN, PointRounding.DOWN, List.of(
                new SpendRule("spend", "spend", irr(spendUnit(t)), 1),
                new MultiplierRule("multi", "multi", Set.of(), Set.of("cat-" + t % 50), BigDecimal.valueOf(factor(t)),
                        window),
                new FirstPurchaseBonus("welcome", "welcome", 1 + t % 100),
                new StampRule("stamps", "stamps", "card-" + t, Set.of(), Set.of("cat-" + t % 50), stampsPerReward(t),
                        "reward-" + t, null)));
    }

    /** 20 spend units of the tenant's category and 10 of something else, by a new member. */
    private static PurchaseFacts firstVisit(int t, String utc, int stampsOnCard) {
        return purchase().at(utc)
                .by(new MemberFacts("m", 0, BigDecimal.ZERO, Map.of("card-" + t, stampsOnCard)))
                .line("item", "cat-" + t % 50, 20, spendUnit(t))
                .line("other", "cat-none", 10, spendUnit(t))
                .build();
    }

    @Test
    void tenThousandDistinctProgramsCompileAndEachEvaluatesWithItsOwnParameters() {
        RuleEngine engine = Fixtures.engine();
        long started = System.nanoTime();
        List<CompiledProgram> programs = new ArrayList<>(TENANTS);
        for (int t = 0; t < TENANTS; t++) {
            programs.add(engine.compile(programOf(t)));
        }
        System.out.printf("compiled %d programs in %d ms%n", TENANTS, (System.nanoTime() - started) / 1_000_000);

        for (int t = 0; t < TENANTS; t += 37) {
            int stampsOnCard = t % stampsPerReward(t);
            Evaluation wednesday = engine.evaluate(programs.get(t), firstVisit(t, "2026-11-25T08:30:00Z", stampsOnCard));

            assertThat(wednesday.pointsFrom("spend")).as("tenant %d", t).isEqualTo(30);
            assertThat(wednesday.pointsFrom("multi")).as("tenant %d", t).isEqualTo((factor(t) - 1) * 20L);
            assertThat(wednesday.pointsFrom("welcome")).as("tenant %d", t).isEqualTo(1 + t % 100);
            assertThat(wednesday.stamps()).singleElement().extracting(StampAdded::cardId).isEqualTo("card-" + t);
            assertThat(wednesday.rewards()).as("tenant %d", t)
                    .hasSize(stampsOnCard + 1 == stampsPerReward(t) ? 1 : 0);
            int version = 1 + t % 7;
            assertThat(wednesday.effects()).allSatisfy(e -> assertThat(e.rule().programVersion()).isEqualTo(version));

            Evaluation thursday = engine.evaluate(programs.get(t), firstVisit(t, "2026-11-26T08:30:00Z", 0));
            assertThat(thursday.pointsFrom("multi")).as("tenant %d on Thursday", t)
                    .isEqualTo(t % 2 == 0 ? (factor(t) - 1) * 20L : 0);
        }
    }
}
