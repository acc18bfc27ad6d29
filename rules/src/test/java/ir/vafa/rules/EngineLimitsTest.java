package ir.vafa.rules;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;

import static ir.vafa.rules.Fixtures.pointPer10kRial;
import static ir.vafa.rules.Fixtures.program;
import static ir.vafa.rules.Fixtures.purchase;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EngineLimitsTest {

    private static RuleEngine capped;

    @BeforeAll
    static void engineWithFiveFirings() {
        capped = new RuleEngine(new EngineLimits(10, 20, 5));
    }

    private static PurchaseFacts purchaseOfLines(int lines) {
        Fixtures.Purchase purchase = purchase();
        for (int i = 0; i < lines; i++) {
            purchase.line("sku-" + i, "x", 1, 100_000);
        }
        return purchase.build();
    }

    @Test
    void anEvaluationThatNeedsMoreFiringsThanTheCapIsRefusedWhole() {
        CompiledProgram program = capped.compile(program(pointPer10kRial()));

        // One firing opens the rule, then one per line: 1 + 10 > 5.
        assertThatThrownBy(() -> capped.evaluate(program, purchaseOfLines(10)))
                .isInstanceOf(FiringLimitExceededException.class)
                .extracting(e -> ((FiringLimitExceededException) e).limit()).isEqualTo(5);
    }

    @Test
    void anEvaluationThatNeedsExactlyTheCapCompletes() {
        CompiledProgram program = capped.compile(program(pointPer10kRial()));

        Evaluation result = capped.evaluate(program, purchaseOfLines(4));

        assertThat(result.rulesFired()).isEqualTo(5);
        assertThat(result.totalPoints()).isEqualTo(40);
    }

    @Test
    void aPurchaseWithMoreLinesThanTheLimitIsRejected() {
        CompiledProgram program = capped.compile(program(pointPer10kRial()));

        assertThatThrownBy(() -> capped.evaluate(program, purchaseOfLines(21)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("21 lines");
    }

    @Test
    void theRuleLimitComesFromTheEngine() {
        RuleSpec[] rules = new RuleSpec[11];
        for (int i = 0; i < rules.length; i++) {
            rules[i] = new SpendRule("r" + i, "r" + i, BigDecimal.TEN, 1);
        }

        assertThatThrownBy(() -> capped.compile(program(rules))).isInstanceOf(InvalidProgramException.class)
                .hasMessageContaining("at most 10 rules");
    }

    @Test
    void aPurchaseInAnotherCurrencyIsRejected() {
        CompiledProgram program = Fixtures.engine().compile(program(pointPer10kRial()));
        PurchaseFacts inEuro = new PurchaseFacts("p", Fixtures.WEDNESDAY_NOON_TEHRAN, "s", "pos",
                Currency.getInstance("EUR"), BigDecimal.TEN, List.of(), Fixtures.member());

        assertThatThrownBy(() -> Fixtures.engine().evaluate(program, inEuro))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("EUR");
    }

    @Test
    void repeatedLineNumbersAreRejected() {
        CompiledProgram program = Fixtures.engine().compile(program(pointPer10kRial()));
        PurchaseFacts repeated = purchase().line(new LineFacts(1, "a", "x", 1, BigDecimal.TEN))
                .line(new LineFacts(1, "b", "x", 1, BigDecimal.TEN)).build();

        assertThatThrownBy(() -> Fixtures.engine().evaluate(program, repeated))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("repeats line 1");
    }

    @Test
    void onlyProgramsCompiledByAnEngineCanBeEvaluated() {
        CompiledProgram forged = () -> program(pointPer10kRial());

        assertThatThrownBy(() -> Fixtures.engine().evaluate(forged, purchaseOfLines(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
