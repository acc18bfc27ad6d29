package ir.vafa.console.till;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.List;

import ir.vafa.catalog.CatalogReward;
import ir.vafa.ledger.PointsBalance;
import ir.vafa.members.MemberView;
import ir.vafa.redemptions.Reservation;

/**
 * What the till shows of one member: their points, the rewards on offer now, their latest reservations, and what a
 * point pays of a purchase ({@code pointValue}, in the program's {@code currency}; null: points pay for nothing).
 */
public record TillState(MemberView member, PointsBalance balance, List<CatalogReward> rewards,
		List<Reservation> reservations, ZoneId zone, BigDecimal pointValue, String currency) {

	public TillState(MemberView member, PointsBalance balance, List<CatalogReward> rewards,
			List<Reservation> reservations, ZoneId zone) {
		this(member, balance, rewards, reservations, zone, null, null);
	}
}
