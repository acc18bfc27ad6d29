package ir.vafa.rules;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * When a rule applies, in the program's time zone. {@code from} is inclusive and {@code to} exclusive; a null
 * {@code from} means midnight and a null {@code to} the end of the day. An empty {@code days} means every day.
 * When {@code from} is after {@code to} the window crosses midnight, and {@code days} names the day it
 * <em>starts</em>: Thursday 22:00–02:00 is open until 02:00 on Friday morning.
 */
public record TimeWindow(LocalTime from, LocalTime to, Set<DayOfWeek> days) {

    public TimeWindow {
        // Null days reads as every day; null entries are kept for the validator to report, not thrown here.
        days = days == null ? Set.of() : Collections.unmodifiableSet(new LinkedHashSet<>(days));
    }

    /** Every day between {@code from} and {@code to}. */
    public static TimeWindow daily(LocalTime from, LocalTime to) {
        return new TimeWindow(from, to, Set.of());
    }

    /** All day on the given days. */
    public static TimeWindow on(DayOfWeek first, DayOfWeek... rest) {
        return new TimeWindow(null, null, EnumSet.of(first, rest));
    }

    public boolean crossesMidnight() {
        return from != null && to != null && from.isAfter(to);
    }
}
