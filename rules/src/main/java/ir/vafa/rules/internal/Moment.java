package ir.vafa.rules.internal;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** When the purchase happened, on the program's local clock. */
public final class Moment {

    private final DayOfWeek day;
    private final DayOfWeek previousDay;
    private final long nanoOfDay;

    private Moment(LocalDateTime local) {
        this.day = local.getDayOfWeek();
        this.previousDay = day.minus(1);
        this.nanoOfDay = local.toLocalTime().toNanoOfDay();
    }

    public static Moment of(Instant at, ZoneId zone) {
        return new Moment(LocalDateTime.ofInstant(at, zone));
    }

    public DayOfWeek getDay() {
        return day;
    }

    /** The day an overnight window that is open now after midnight started on. */
    public DayOfWeek getPreviousDay() {
        return previousDay;
    }

    public long getNanoOfDay() {
        return nanoOfDay;
    }
}
