package ir.vafa.donations;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import ir.vafa.catalog.Money;
import ir.vafa.catalog.Texts;
import ir.vafa.ledger.LotMove;

/**
 * Points a member gave to a charity: the DONATE line {@code ledgerLineId} took them from {@code lots}; {@code amount}
 * is what they are worth to the charity (points × the reward's amount per point, rounded down to the currency's
 * smallest unit), and {@code charity} its name, both as they were at the time.
 */
public record PointsDonation(UUID id, UUID memberId, String rewardCode, Texts charity, long points, Money amount,
		long ledgerLineId, List<LotMove> lots, Instant donatedAt, String donatedBy) {

	public PointsDonation {
		lots = lots == null ? List.of() : List.copyOf(lots);
	}
}
