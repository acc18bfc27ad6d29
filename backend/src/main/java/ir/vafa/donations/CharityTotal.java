package ir.vafa.donations;

import java.time.LocalDate;

import ir.vafa.catalog.Money;
import ir.vafa.catalog.Texts;

/**
 * One charity's donations in one period: from {@code periodStart} (the period's first day in the program's time
 * zone, Gregorian, and {@code periodStartJalali} the same day as 1405/09/01; both null for ALL), how many points,
 * what they are worth, from how many members (each counted once in the period), in how many donations.
 */
public record CharityTotal(String rewardCode, Texts charity, LocalDate periodStart, String periodStartJalali,
		long points, Money amount, long donors, long donations) {
}
