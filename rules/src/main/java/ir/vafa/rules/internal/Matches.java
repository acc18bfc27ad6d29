package ir.vafa.rules.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The DRL's only output: which rule matched which line. One per evaluation (set as the {@code matches} global),
 * so it needs no locking. The arithmetic on these matches happens afterwards in {@link Settlement}.
 */
public final class Matches {

    public static final String GLOBAL = "matches";

    private final List<List<Line>> lines;
    private final Line[] stampLines;
    private final boolean[] rewards;
    private TierParams tier;

    public Matches(int ruleCount) {
        lines = new ArrayList<>(ruleCount);
        for (int i = 0; i < ruleCount; i++) {
            lines.add(null);
        }
        stampLines = new Line[ruleCount];
        rewards = new boolean[ruleCount];
    }

    /** {@code rule} applies to {@code line} (spend, multiplier and bonus rules). */
    public void line(RuleParams rule, Line line) {
        List<Line> matched = lines.get(rule.getIndex());
        if (matched == null) {
            matched = new ArrayList<>(4);
            lines.set(rule.getIndex(), matched);
        }
        matched.add(line);
    }

    public void stamp(StampParams rule, Line line) {
        stampLines[rule.getIndex()] = line;
    }

    public void reward(StampParams rule) {
        rewards[rule.getIndex()] = true;
    }

    /** The member's tier multiplies spend points. */
    public void tier(TierParams tier) {
        this.tier = tier;
    }

    TierParams tier() {
        return tier;
    }

    List<Line> linesOf(int index) {
        List<Line> matched = lines.get(index);
        return matched == null ? List.of() : matched;
    }

    Line stampLineOf(int index) {
        return stampLines[index];
    }

    boolean rewarded(int index) {
        return rewards[index];
    }
}
