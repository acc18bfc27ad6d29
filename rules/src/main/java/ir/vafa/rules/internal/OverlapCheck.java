package ir.vafa.rules.internal;

import ir.vafa.rules.FirstPurchaseBonus;
import ir.vafa.rules.MultiplierRule;
import ir.vafa.rules.RuleSpec;
import ir.vafa.rules.SpendRule;
import ir.vafa.rules.Tier;
import ir.vafa.rules.TimeWindow;
import ir.vafa.rules.Violation;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Finds rules that pay twice for one purchase: two spend rules, two first-purchase bonuses, or two multipliers on a
 * common SKU or category, open at a common moment of the week to a common tier. The engine runs them all (they may
 * be meant), so these are warnings, each on the later rule and naming the earlier. Also warns about rules that can
 * fire only in unlikely cases (a multiplier without any spend rule; a first-purchase bonus closed to the lowest
 * tier, where every new member starts).
 */
final class OverlapCheck {

    private static final int DAY = 24 * 60 * 60;
    private static final int WEEK = 7 * DAY;

    private final List<RuleSpec> rules;
    private final List<Tier> tiers;
    private final List<Violation> warnings;

    OverlapCheck(List<RuleSpec> rules, List<Tier> tiers, List<Violation> warnings) {
        this.rules = rules;
        this.tiers = tiers;
        this.warnings = warnings;
    }

    void run() {
        boolean anySpend = rules.stream().anyMatch(SpendRule.class::isInstance);
        for (int j = 0; j < rules.size(); j++) {
            RuleSpec later = rules.get(j);
            for (int i = 0; i < j; i++) {
                RuleSpec earlier = rules.get(i);
                if (payTwice(earlier, later) && sameTierPossible(earlier.tiers(), later.tiers())
                        && overlap(week(earlier.window()), week(later.window()))) {
                    warnings.add(new Violation("rules[" + j + "]", describe(earlier, later, i)));
                }
            }
            if (later instanceof MultiplierRule && !anySpend) {
                warnings.add(new Violation("rules[" + j + "]",
                        "multiplies spend points, but no spend rule gives any, so it never adds a point"));
            }
            if (later instanceof FirstPurchaseBonus && !tiers.isEmpty() && !later.tiers().isEmpty()
                    && !later.tiers().contains(tiers.getFirst().id())) {
                warnings.add(new Violation("rules[" + j + "].tiers", "new members start in '" + tiers.getFirst().id()
                        + "', so this first-purchase bonus fires only for members given another tier by hand"));
            }
        }
    }

    private static boolean payTwice(RuleSpec a, RuleSpec b) {
        return switch (a) {
            case SpendRule ignored -> b instanceof SpendRule;
            case FirstPurchaseBonus ignored -> b instanceof FirstPurchaseBonus;
            case MultiplierRule m -> b instanceof MultiplierRule n
                    && (intersect(m.skus(), n.skus()) || intersect(m.categories(), n.categories()));
            default -> false;
        };
    }

    private static String describe(RuleSpec earlier, RuleSpec later, int i) {
        String other = "rules[" + i + "] ('" + earlier.id() + "')";
        return switch (later) {
            case SpendRule ignored -> "gives spend points at the same time as " + other
                    + ": a purchase then earns both";
            case FirstPurchaseBonus ignored -> "is a first-purchase bonus at the same time as " + other
                    + ": a first purchase then earns both";
            case MultiplierRule ignored -> "multiplies some of the same lines as " + other
                    + " at the same time: the extras add up (x2 and x2 give x3)";
            default -> "overlaps " + other;
        };
    }

    private static boolean sameTierPossible(Set<String> a, Set<String> b) {
        return a.isEmpty() || b.isEmpty() || intersect(a, b);
    }

    private static boolean intersect(Set<String> a, Set<String> b) {
        return a.stream().anyMatch(b::contains);
    }

    /** The window as intervals of seconds in a week starting Monday 00:00, [start, end). */
    static List<int[]> week(TimeWindow window) {
        List<int[]> intervals = new ArrayList<>();
        if (window == null) {
            intervals.add(new int[] { 0, WEEK });
            return intervals;
        }
        int from = window.from() == null ? 0 : window.from().toSecondOfDay();
        int to = window.to() == null ? DAY : window.to().toSecondOfDay();
        Set<DayOfWeek> days = window.days().isEmpty() ? EnumSet.allOf(DayOfWeek.class) : window.days();
        for (DayOfWeek day : days) {
            int start = (day.getValue() - 1) * DAY;
            if (from < to) {
                intervals.add(new int[] { start + from, start + to });
            } else {
                intervals.add(new int[] { start + from, start + DAY });
                int next = (start + DAY) % WEEK;
                intervals.add(new int[] { next, next + to });
            }
        }
        return intervals;
    }

    static boolean overlap(List<int[]> a, List<int[]> b) {
        for (int[] x : a) {
            for (int[] y : b) {
                if (x[0] < y[1] && y[0] < x[1]) {
                    return true;
                }
            }
        }
        return false;
    }
}
