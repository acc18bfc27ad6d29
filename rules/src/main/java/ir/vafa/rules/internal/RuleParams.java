package ir.vafa.rules.internal;

import ir.vafa.rules.RuleSpec;
import ir.vafa.rules.TimeWindow;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Set;

/**
 * A rule of a tenant's program, as a fact in the shared rule base. Immutable, since one instance is inserted into
 * many concurrent sessions. Times are nanos of the day so that the DRL compares plain longs.
 */
public abstract class RuleParams {

    private static final long END_OF_DAY = LocalTime.MAX.toNanoOfDay() + 1;

    private final int index;
    private final String ruleId;
    private final WindowKind windowKind;
    private final long fromNano;
    private final long toNano;
    private final boolean everyDay;
    private final Set<DayOfWeek> days;
    private final boolean anyTier;
    private final Set<String> tiers;

    protected RuleParams(int index, RuleSpec spec) {
        this.index = index;
        this.ruleId = spec.id();
        // HashSet, not Set.copyOf: the DRL may ask contains(null), which Set.of-style sets reject.
        this.tiers = java.util.Collections.unmodifiableSet(new java.util.HashSet<>(spec.tiers()));
        this.anyTier = tiers.isEmpty();
        TimeWindow window = spec.window();
        if (window == null) {
            windowKind = WindowKind.ALWAYS;
            fromNano = 0;
            toNano = END_OF_DAY;
            days = Set.of();
        } else {
            fromNano = window.from() == null ? 0 : window.from().toNanoOfDay();
            toNano = window.to() == null ? END_OF_DAY : window.to().toNanoOfDay();
            windowKind = fromNano < toNano ? WindowKind.SAME_DAY : WindowKind.OVERNIGHT;
            days = window.days().isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(window.days()));
        }
        everyDay = days.isEmpty();
    }

    public int getIndex() {
        return index;
    }

    public String getRuleId() {
        return ruleId;
    }

    public WindowKind getWindowKind() {
        return windowKind;
    }

    public long getFromNano() {
        return fromNano;
    }

    public long getToNano() {
        return toNano;
    }

    public boolean isEveryDay() {
        return everyDay;
    }

    public Set<DayOfWeek> getDays() {
        return days;
    }

    /** The rule is open to members of every tier (and of none). */
    public boolean isAnyTier() {
        return anyTier;
    }

    /** The tiers whose members the rule is open to, when not {@link #isAnyTier()}. */
    public Set<String> getTiers() {
        return tiers;
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + index + ":" + ruleId + "]";
    }
}
