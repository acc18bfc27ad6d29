package ir.vafa.tiers.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import ir.vafa.platform.PersianCalendar;
import ir.vafa.programs.CalendarSystem;
import ir.vafa.programs.TierLadder;
import ir.vafa.programs.TierLadder.Level;
import ir.vafa.programs.TierLadder.Qualification;

/** A program's tier ladder as the tiers module reads it: levels by value, and the windows values are counted over. */
record Ladder(TierLadder ladder) {

	List<Level> levels() {
		return ladder.levels();
	}

	Level lowest() {
		return levels().getFirst();
	}

	Optional<Level> find(String id) {
		return levels().stream().filter(l -> l.id().equals(id)).findFirst();
	}

	/** The member's tier, or the lowest when they have none (or one the ladder no longer has). */
	Level levelOf(String id) {
		return id == null ? lowest() : find(id).orElse(lowest());
	}

	int rank(Level level) {
		return levels().indexOf(level);
	}

	/** The highest tier whose threshold {@code value} reaches. */
	Level qualifyingFor(BigDecimal value) {
		Level best = lowest();
		for (Level level : levels()) {
			if (value.compareTo(level.threshold()) >= 0) {
				best = level;
			}
		}
		return best;
	}

	Optional<Level> above(Level level) {
		int i = rank(level);
		return i + 1 < levels().size() ? Optional.of(levels().get(i + 1)) : Optional.empty();
	}

	Qualification qualification() {
		return ladder.qualification();
	}

	boolean rolling() {
		return qualification().window() == Qualification.Window.ROLLING;
	}

	/** The first day of the window that counts on {@code today}: the last N months, or the current year. */
	LocalDate windowStart(LocalDate today) {
		if (rolling()) {
			return today.minusMonths(qualification().months()).plusDays(1);
		}
		return yearStart(today);
	}

	LocalDate yearStart(LocalDate day) {
		return qualification().calendarOrGregorian() == CalendarSystem.PERSIAN ? PersianCalendar.startOfYear(day)
				: day.withDayOfYear(1);
	}

	/** The first day of the next year of the ladder's calendar. */
	LocalDate nextYearStart(LocalDate day) {
		return qualification().calendarOrGregorian() == CalendarSystem.PERSIAN ? PersianCalendar.startOfNextYear(day)
				: LocalDate.of(day.getYear() + 1, 1, 1);
	}

	/** The activity column the metric sums. */
	String column() {
		return switch (qualification().metric()) {
			case SPEND -> "spend";
			case POINTS -> "points";
			case VISITS -> "visits";
		};
	}

	static BigDecimal orZero(BigDecimal value) {
		return value == null ? BigDecimal.ZERO : value;
	}
}
