package ir.vafa.programs;

/** The calendar whose years (and quarters) a program counts in. */
public enum CalendarSystem {
	GREGORIAN,
	/** The Solar Hijri (Jalali) calendar: the year starts at Nowruz, the quarters are its seasons. */
	PERSIAN
}
