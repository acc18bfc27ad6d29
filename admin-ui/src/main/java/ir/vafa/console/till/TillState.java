package ir.vafa.console.till;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.List;

import ir.vafa.catalog.CatalogReward;
import ir.vafa.ledger.PointsBalance;
import ir.vafa.members.MemberView;
import ir.vafa.redemptions.Reservation;
import ir.vafa.rewards.IssuedReward;

/**
 * What the till shows of one member: their points, the rewards on offer now, their latest reservations, and what a
 * point pays of a purchase ({@code pointValue}, in the program's {@code currency}; null: points pay for nothing), and
 * the latest rewards they were given ({@code issued}: vouchers, and choices still open).
 */
public record TillState(MemberView member, PointsBalance balance, List<CatalogReward> rewards,
		List<Reservation> reservations, ZoneId zone, BigDecimal pointValue, String currency, List<IssuedReward> issued) {

	public TillState {
		issued = issued == null ? List.of() : List.copyOf(issued);
	}

	public TillState(MemberView member, PointsBalance balance, List<CatalogReward> rewards,
			List<Reservation> reservations, ZoneId zone) {
		this(member, balance, rewards, reservations, zone, null, null, List.of());
	}
}
