package ir.vafa.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import static ir.vafa.rules.Fixtures.evaluate;
import static ir.vafa.rules.Fixtures.irr;
import static ir.vafa.rules.Fixtures.program;
import static ir.vafa.rules.Fixtures.purchase;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Windows are read on the program's clock (Asia/Tehran, UTC+03:30). 25 Nov 2026 is a Wednesday, 26 a Thursday,
 * 27 a Friday.
 */
class TimeWindowTest {

    private static boolean earnsUnder(TimeWindow window, String utc) {
        SpendRule rule = new SpendRule("windowed", "windowed", irr(10_000), 1, window);
        return evaluate(program(rule), purchase().at(utc).line("a", "x", 1, 100_000).build()).totalPoints() > 0;
    }

    @ParameterizedTest(name = "{0} UTC ({1} in Tehran): {2}")
    @CsvSource({
            "2026-11-26T20:29:00Z, Thu 23:59, false",
            "2026-11-26T20:30:00Z, Fri 00:00, true",
            "2026-11-27T12:00:00Z, Fri 15:30, true",
            "2026-11-27T20:29:59Z, Fri 23:59:59, true",
            "2026-11-27T20:30:00Z, Sat 00:00, false"})
    void aDayOfWeekWindowFollowsTheLocalDayNotTheUtcDay(String utc, String local, boolean earns) {
        assertThat(earnsUnder(TimeWindow.on(DayOfWeek.FRIDAY), utc)).isEqualTo(earns);
    }

    @ParameterizedTest(name = "{0} UTC ({1} in Tehran): {2}")
    @CsvSource({
            "2026-11-26T18:29:00Z, Thu 21:59, false",
            "2026-11-26T18:30:00Z, Thu 22:00, true",
            "2026-11-26T21:00:00Z, Fri 00:30, true",
            "2026-11-26T22:29:00Z, Fri 01:59, true",
            "2026-11-26T22:30:00Z, Fri 02:00, false",
            "2026-11-27T18:30:00Z, Fri 22:00, false",
            "2026-11-25T21:00:00Z, Thu 00:30, false"})
    void aWindowCrossingMidnightBelongsToTheDayItStarts(String utc, String local, boolean earns) {
        TimeWindow thursdayNight = new TimeWindow(LocalTime.of(22, 0), LocalTime.of(2, 0), Set.of(DayOfWeek.THURSDAY));

        assertThat(earnsUnder(thursdayNight, utc)).isEqualTo(earns);
    }

    @ParameterizedTest(name = "{0} UTC ({1} in Tehran): {2}")
    @CsvSource({
            "2026-11-25T19:00:00Z, Wed 22:30, true",
            "2026-11-25T23:00:00Z, Thu 02:30, true",
            "2026-11-26T03:00:00Z, Thu 06:30, false"})
    void anEveryDayNightWindowIsOpenEveryNight(String utc, String local, boolean earns) {
        assertThat(earnsUnder(TimeWindow.daily(LocalTime.of(22, 0), LocalTime.of(6, 0)), utc)).isEqualTo(earns);
    }

    @ParameterizedTest(name = "{0} UTC ({1} in Tehran): {2}")
    @CsvSource({
            "2026-11-25T14:29:00Z, 17:59, false",
            "2026-11-25T14:30:00Z, 18:00, true",
            "2026-11-25T20:29:00Z, 23:59, true"})
    void aWindowWithoutEndRunsToMidnight(String utc, String local, boolean earns) {
        assertThat(earnsUnder(new TimeWindow(LocalTime.of(18, 0), null, Set.of()), utc)).isEqualTo(earns);
    }

    @Test
    void aWindowWithoutStartOrEndIsAllDayOnItsDays() {
        TimeWindow weekend = new TimeWindow(null, null, Set.of(DayOfWeek.THURSDAY, DayOfWeek.FRIDAY));

        assertThat(earnsUnder(weekend, "2026-11-25T08:30:00Z")).isFalse();
        assertThat(earnsUnder(weekend, "2026-11-26T08:30:00Z")).isTrue();
        assertThat(earnsUnder(weekend, "2026-11-27T08:30:00Z")).isTrue();
    }

    @Test
    void theProgramsZoneDecidesTheClock() {
        SpendRule morning = new SpendRule("morning", "morning", irr(10_000), 1,
                TimeWindow.daily(LocalTime.of(8, 0), LocalTime.of(10, 0)));
        ProgramSpec inUtc = new ProgramSpec("acme", 1, Fixtures.IRR, ZoneOffset.UTC, PointRounding.DOWN,
                List.of(morning));
        PurchaseFacts atNineUtc = purchase().at("2026-11-25T09:00:00Z").line("a", "x", 1, 100_000).build();

        assertThat(evaluate(inUtc, atNineUtc).totalPoints()).isEqualTo(10);
        assertThat(evaluate(program(morning), atNineUtc).totalPoints()).isZero(); // 12:30 in Tehran
    }
}
