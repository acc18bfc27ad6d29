package ir.vafa.rules.internal;

import ir.vafa.rules.Effect;
import ir.vafa.rules.Evaluation;
import ir.vafa.rules.FirstPurchaseBonus;
import ir.vafa.rules.MultiplierRule;
import ir.vafa.rules.PointsAwarded;
import ir.vafa.rules.ProgramSpec;
import ir.vafa.rules.RewardIssued;
import ir.vafa.rules.RuleRef;
import ir.vafa.rules.RuleSpec;
import ir.vafa.rules.SpendRule;
import ir.vafa.rules.StampAdded;
import ir.vafa.rules.StampRule;
import ir.vafa.rules.Tier;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the DRL's matches into effects. Arithmetic lives here because it is clearer in Java: spend points are
 * rounded once per purchase and attributed by largest remainder; multipliers work on the attributed points.
 */
final class Settlement {

    private Settlement() {
    }

    static Evaluation settle(ExecutableProgram program, Matches matches, int fired) {
        ProgramSpec spec = program.spec();
        RoundingMode rounding = spec.rounding().mode();
        List<RuleSpec> rules = spec.rules();

        // Spend first: multipliers need every line's spend points, whatever the rule order.
        long[][] spendShares = new long[rules.size()][];
        Map<Integer, Long> spendOnLine = new HashMap<>();
        for (int i = 0; i < rules.size(); i++) {
            if (rules.get(i) instanceof SpendRule rule) {
                List<Line> lines = sorted(matches.linesOf(i));
                long points = sumOf(lines).multiply(BigDecimal.valueOf(rule.pointsPerUnit()))
                        .divide(rule.spendUnit(), 0, rounding).longValueExact();
                spendShares[i] = LargestRemainder.allocate(points, weightsOf(lines));
                for (int k = 0; k < lines.size(); k++) {
                    spendOnLine.merge(lines.get(k).getLineNo(), spendShares[i][k], Long::sum);
                }
            }
        }

        List<Effect> effects = new ArrayList<>();
        for (int i = 0; i < rules.size(); i++) {
            RuleRef ref = program.ref(i);
            List<Line> lines = sorted(matches.linesOf(i));
            switch (rules.get(i)) {
                case SpendRule ignored -> award(effects, ref, lines, spendShares[i]);
                case MultiplierRule rule -> {
                    BigDecimal extra = rule.factor().subtract(BigDecimal.ONE);
                    for (Line line : lines) {
                        long base = spendOnLine.getOrDefault(line.getLineNo(), 0L);
                        long points = extra.multiply(BigDecimal.valueOf(base)).setScale(0, rounding).longValueExact();
                        award(effects, ref, line.getLineNo(), points);
                    }
                }
                case FirstPurchaseBonus rule ->
                        award(effects, ref, lines, LargestRemainder.allocate(rule.points(), weightsOf(lines)));
                case StampRule rule -> {
                    Line stamped = matches.stampLineOf(i);
                    if (stamped != null) {
                        effects.add(new StampAdded(ref, rule.cardId(), stamped.getLineNo()));
                        if (matches.rewarded(i)) {
                            effects.add(new RewardIssued(ref, rule.cardId(), rule.rewardCode()));
                        }
                    }
                }
            }
        }
        TierParams tier = matches.tier();
        if (tier != null) {
            // The tier's multiplier works on each line's spend points, as a multiplier rule does, and writes a
            // ledger line of its own naming the tier.
            Tier level = spec.tiers().get(tier.getIndex());
            RuleRef ref = new RuleRef(level.ruleId(), level.name(), spec.version());
            BigDecimal extra = level.pointsMultiplier().subtract(BigDecimal.ONE);
            spendOnLine.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(line -> award(effects, ref,
                    line.getKey(), extra.multiply(BigDecimal.valueOf(line.getValue())).setScale(0, rounding)
                            .longValueExact()));
        }
        return new Evaluation(effects, fired);
    }

    private static void award(List<Effect> effects, RuleRef ref, List<Line> lines, long[] shares) {
        for (int k = 0; k < lines.size(); k++) {
            award(effects, ref, lines.get(k).getLineNo(), shares[k]);
        }
    }

    private static void award(List<Effect> effects, RuleRef ref, int lineNo, long points) {
        if (points != 0) {
            effects.add(new PointsAwarded(ref, lineNo, points));
        }
    }

    private static List<Line> sorted(List<Line> lines) {
        // Activation order is Drools' business; effects and tie-breaks follow line numbers.
        List<Line> copy = new ArrayList<>(lines);
        copy.sort(Comparator.comparingInt(Line::getLineNo));
        return copy;
    }

    private static BigDecimal sumOf(List<Line> lines) {
        return lines.stream().map(Line::getNetAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static BigDecimal[] weightsOf(List<Line> lines) {
        return lines.stream().map(Line::getNetAmount).toArray(BigDecimal[]::new);
    }
}
