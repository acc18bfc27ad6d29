package ir.vafa.donations;

import java.io.Writer;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The current tenant's donations to charities. */
public interface Donations {

	/** How totals are grouped in time, in the program's time zone; ALL: one total per charity. */
	enum Period {
		DAY, WEEK, MONTH, YEAR, ALL
	}

	/**
	 * Gives the member's available points to the reward's charity (a DONATION reward of the catalog, offered now, open
	 * to the member's tier). The same key again answers the first donation.
	 */
	PointsDonation donate(UUID member, NewDonation donation, String idempotencyKey, String actor);

	/** Newest first. */
	List<PointsDonation> forMember(UUID member, int limit);

	/** Which calendar's weeks, months and years totals follow: Jalali weeks start on Saturday, Gregorian on Monday. */
	enum Calendar {
		JALALI, GREGORIAN
	}

	/**
	 * Per charity and period, over the days {@code from} to {@code to} inclusive (either open) in the program's time
	 * zone: by charity (reward code), then period.
	 */
	List<CharityTotal> totals(LocalDate from, LocalDate to, Period period, Calendar calendar);

	/**
	 * Writes the donations of those days (to one charity when {@code reward} is given) as CSV, oldest first, with a
	 * header line: what a merchant sends the charity to settle.
	 */
	void export(LocalDate from, LocalDate to, String reward, Writer out);
}
