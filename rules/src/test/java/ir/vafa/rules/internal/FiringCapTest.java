package ir.vafa.rules.internal;

import ir.vafa.rules.EngineLimits;
import ir.vafa.rules.LineFacts;
import ir.vafa.rules.MemberFacts;
import ir.vafa.rules.PointRounding;
import ir.vafa.rules.ProgramSpec;
import ir.vafa.rules.PurchaseFacts;
import ir.vafa.rules.SpendRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cap must stop Drools itself, not merely be checked afterwards. Three spend rules over 50 lines need
 * 3 + 150 firings; Drools' FireAllRules(max) alone overshoots when the firings span several rules.
 */
class FiringCapTest {

    private static final int NEEDED = 3 + 3 * 50;

    private static ExecutableProgram program;
    private static List<Object> facts;

    @BeforeAll
    static void threeSpendRulesAndFiftyLines() {
        ProgramSpec spec = new ProgramSpec("acme", 1, Currency.getInstance("IRR"), ZoneId.of("Asia/Tehran"),
                PointRounding.DOWN, List.of(new SpendRule("a", "a", BigDecimal.TEN, 1),
                new SpendRule("b", "b", BigDecimal.TEN, 1), new SpendRule("c", "c", BigDecimal.TEN, 1)));
        program = StandardProgram.of(spec, SharedRuleBase.compile());
        List<LineFacts> lines = IntStream.rangeClosed(1, 50)
                .mapToObj(n -> new LineFacts(n, "s" + n, "c", 1, BigDecimal.TEN)).toList();
        PurchaseFacts purchase = new PurchaseFacts("p", Instant.parse("2026-11-25T08:30:00Z"), "s", "pos", null,
                BigDecimal.valueOf(500), lines, new MemberFacts("m", 3));
        facts = Evaluator.facts(program, new Evaluator(EngineLimits.defaults()).lines(spec, purchase), purchase);
    }

    private static int matchedLines(Evaluator.Run run) {
        return IntStream.range(0, 3).map(i -> run.matches().linesOf(i).size()).sum();
    }

    @ParameterizedTest(name = "cap {0}")
    @ValueSource(ints = {1, 2, 3, 4, 7, 60, 152})
    void noMoreThanTheCapFiresAndTheRunSaysItWasCut(int cap) {
        Evaluator.Run run = Evaluator.run(program, facts, cap);

        assertThat(run.fired()).isEqualTo(cap);
        assertThat(matchedLines(run)).isEqualTo(Math.max(0, cap - 3));
        assertThat(run.capReached()).isTrue();
    }

    @ParameterizedTest(name = "cap {0}")
    @ValueSource(ints = {NEEDED, NEEDED + 1, 10_000})
    void aCapThatIsEnoughLetsEverythingFire(int cap) {
        Evaluator.Run run = Evaluator.run(program, facts, cap);

        assertThat(run.fired()).isEqualTo(NEEDED);
        assertThat(matchedLines(run)).isEqualTo(150);
        assertThat(run.capReached()).isFalse();
    }
}
