package ir.vafa.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;

import static ir.vafa.rules.Fixtures.evaluate;
import static ir.vafa.rules.Fixtures.pointPer10kRial;
import static ir.vafa.rules.Fixtures.program;
import static ir.vafa.rules.Fixtures.purchase;
import static org.assertj.core.api.Assertions.assertThat;

class MembershipTest {

    private static final FirstPurchaseBonus WELCOME = new FirstPurchaseBonus("welcome", "Welcome bonus", 50);

    @Test
    void aMembersFirstPurchaseEarnsTheBonusSpreadOverItsLines() {
        Evaluation result = evaluate(program(WELCOME), purchase().by(new MemberFacts("m-new", 0))
                .line("a", "x", 1, 300_000).line("b", "x", 1, 100_000).build());

        assertThat(result.pointsFrom("welcome")).isEqualTo(50);
        assertThat(result.pointsOnLine(1)).isEqualTo(38); // 37.5, the larger remainder ties to the lower line
        assertThat(result.pointsOnLine(2)).isEqualTo(12);
    }

    @ParameterizedTest(name = "purchase count {0}")
    @ValueSource(longs = {1, 2, 100})
    void laterPurchasesEarnNoBonus(long purchaseCount) {
        Evaluation result = evaluate(program(WELCOME, pointPer10kRial()),
                purchase().by(new MemberFacts("m-1", purchaseCount)).line("a", "x", 1, 300_000).build());

        assertThat(result.pointsFrom("welcome")).isZero();
        assertThat(result.totalPoints()).isEqualTo(30);
    }

    @Test
    void anAnonymousPurchaseEarnsNothingAtAll() {
        ProgramSpec everything = program(pointPer10kRial(), WELCOME,
                MultiplierRule.onCategories("x2", "x2", new BigDecimal("2"), null, "coffee"),
                StampRule.onCategories("card", "card", "coffee", 2, "free", "coffee"));

        Evaluation result = evaluate(everything, purchase().anonymous().line("latte", "coffee", 1, 120_000).build());

        assertThat(result.effects()).isEmpty();
        assertThat(result.totalPoints()).isZero();
    }
}
