package ir.vafa.console.till;

import java.time.ZoneId;
import java.util.List;

import ir.vafa.catalog.CatalogReward;
import ir.vafa.ledger.PointsBalance;
import ir.vafa.members.MemberView;
import ir.vafa.redemptions.Reservation;

/** What the till shows of one member: their points, the rewards on offer now, and their latest reservations. */
public record TillState(MemberView member, PointsBalance balance, List<CatalogReward> rewards,
		List<Reservation> reservations, ZoneId zone) {
}
