package ir.vafa.rules;

import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static ir.vafa.rules.Fixtures.irr;
import static ir.vafa.rules.Fixtures.pointPer10kRial;
import static ir.vafa.rules.Fixtures.program;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class ProgramValidationTest {

    private static List<String> violatedFields(ProgramSpec spec) {
        try {
            Fixtures.engine().compile(spec);
            return List.of();
        } catch (InvalidProgramException e) {
            return e.violations().stream().map(Violation::field).toList();
        }
    }

    @Test
    void everyViolationIsReportedAtOnceWithItsFieldPath() {
        ProgramSpec spec = new ProgramSpec("acme", 1, null, null, PointRounding.DOWN, List.of(
                new SpendRule("base", "", BigDecimal.ZERO, 0),
                new MultiplierRule("Bad Id", "ok", Set.of(), Set.of(), BigDecimal.ONE, null),
                new FirstPurchaseBonus("base", "dup", 0),
                new StampRule("card", "card", "coffee", Set.of(), Set.of("coffee"), 1, "", null)));

        assertThatThrownBy(() -> Fixtures.engine().compile(spec))
                .isInstanceOf(InvalidProgramException.class)
                .hasMessageContaining("rules[0].spendUnit")
                .extracting(e -> ((InvalidProgramException) e).violations().stream().map(Violation::field).toList())
                .asInstanceOf(InstanceOfAssertFactories.list(String.class))
                .containsExactlyInAnyOrder(
                        "currency", "zone",
                        "rules[0].name", "rules[0].spendUnit", "rules[0].pointsPerUnit",
                        "rules[1].id", "rules[1].skus", "rules[1].factor",
                        "rules[2].id", "rules[2].points",
                        "rules[3].stampsPerReward", "rules[3].rewardCode");
    }

    static Stream<Arguments> singleViolations() {
        String longText = "x".repeat(101);
        Set<String> tooMany = new HashSet<>();
        IntStream.range(0, 1001).forEach(i -> tooMany.add("sku-" + i));
        Set<String> withBlank = new HashSet<>(Set.of("ok", " "));
        return Stream.of(
                arguments("rule id too long", new SpendRule("a".repeat(65), "n", irr(1), 1), "rules[0].id"),
                arguments("rule id with capitals", new SpendRule("Base", "n", irr(1), 1), "rules[0].id"),
                arguments("name over 100", new SpendRule("base", longText, irr(1), 1), "rules[0].name"),
                arguments("negative spend unit", new SpendRule("base", "n", irr(-1), 1), "rules[0].spendUnit"),
                arguments("points per unit too high", new SpendRule("base", "n", irr(1), 1_000_001),
                        "rules[0].pointsPerUnit"),
                arguments("factor above 100", MultiplierRule.onCategories("m", "n", new BigDecimal("100.5"), null,
                        "c"), "rules[0].factor"),
                arguments("factor below 1", MultiplierRule.onCategories("m", "n", new BigDecimal("0.5"), null, "c"),
                        "rules[0].factor"),
                arguments("sku too long", new MultiplierRule("m", "n", Set.of("s".repeat(65)), Set.of(),
                        new BigDecimal("2"), null), "rules[0].skus"),
                arguments("too many skus", new MultiplierRule("m", "n", tooMany, Set.of(), new BigDecimal("2"), null),
                        "rules[0].skus"),
                arguments("blank category", new StampRule("s", "n", "card", Set.of(), withBlank, 5, "r", null),
                        "rules[0].categories"),
                arguments("stamp rule without items", new StampRule("s", "n", "card", Set.of(), Set.of(), 5, "r", null),
                        "rules[0].skus"),
                arguments("stamps per reward above 100", StampRule.onCategories("s", "n", "card", 101, "r", "c"),
                        "rules[0].stampsPerReward"),
                arguments("bonus above a million", new FirstPurchaseBonus("b", "n", 1_000_001), "rules[0].points"),
                arguments("empty window", new SpendRule("base", "n", irr(1), 1,
                        TimeWindow.daily(LocalTime.NOON, LocalTime.NOON)), "rules[0].window"),
                arguments("null day", new SpendRule("base", "n", irr(1), 1, new TimeWindow(null, null,
                        Collections.singleton(null))), "rules[0].window.days"));
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @MethodSource("singleViolations")
    void aBadRuleIsReportedAtItsField(String what, RuleSpec rule, String field) {
        assertThat(violatedFields(program(rule))).containsExactly(field);
    }

    @Test
    void twoStampRulesCannotFillOneCard() {
        assertThat(violatedFields(program(
                StampRule.onCategories("a", "a", "coffee", 5, "r", "coffee"),
                StampRule.onCategories("b", "b", "coffee", 5, "r", "tea")))).containsExactly("rules[1].cardId");
    }

    @Test
    void aProgramMayHaveAtMostMaxRulesRules() {
        List<RuleSpec> rules = new ArrayList<>();
        for (int i = 0; i <= EngineLimits.defaults().maxRules(); i++) {
            rules.add(new SpendRule("r" + i, "rule " + i, irr(10_000), 1));
        }
        ProgramSpec tooBig = new ProgramSpec("acme", 1, Fixtures.IRR, Fixtures.TEHRAN, PointRounding.DOWN, rules);
        ProgramSpec justRight = new ProgramSpec("acme", 1, Fixtures.IRR, Fixtures.TEHRAN, PointRounding.DOWN,
                rules.subList(0, EngineLimits.defaults().maxRules()));

        assertThat(violatedFields(tooBig)).containsExactly("rules");
        assertThat(violatedFields(justRight)).isEmpty();
    }

    @Test
    void programFieldsAreChecked() {
        ProgramSpec spec = new ProgramSpec(" ", 0, Fixtures.IRR, Fixtures.TEHRAN, null,
                Collections.singletonList(null));

        assertThat(violatedFields(spec)).containsExactly("tenantKey", "version", "rounding", "rules[0]");
    }

    @Test
    void aValidProgramCompilesAndKeepsItsSpec() {
        ProgramSpec spec = program(pointPer10kRial());

        assertThat(Fixtures.engine().compile(spec).spec()).isEqualTo(spec);
    }
}
