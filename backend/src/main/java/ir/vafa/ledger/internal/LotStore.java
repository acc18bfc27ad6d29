package ir.vafa.ledger.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import ir.vafa.ledger.LotMove;
import ir.vafa.ledger.PointLot;
import ir.vafa.tenancy.CurrentTenant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * Lots, their allocations and debts in plain SQL. Every change to a member's lots happens under the lock on their
 * account (see {@link LedgerService#lockAccount}), so lots need no locks of their own.
 */
@Repository
class LotStore {

	private final JdbcClient jdbc;
	private final JsonMapper json;

	LotStore(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	List<Draws.Lot> live(UUID member) {
		return jdbc.sql("""
				SELECT id, purchase_id, remaining, available_at, expires_at FROM point_lot
				WHERE tenant_id = ? AND member_id = ? AND remaining > 0""")
			.params(CurrentTenant.id(), member)
			.query((rs, n) -> new Draws.Lot(rs.getLong(1), rs.getObject(2, UUID.class), rs.getLong(3),
					rs.getTimestamp(4).toInstant(), instant(rs, 5)))
			.list();
	}

	/**
	 * The live lots that can be spent {@code at} (available, not expired): what a hold or a spending draws on, read
	 * without the pending ones, which a member who buys often has many more of.
	 */
	List<Draws.Lot> spendable(UUID member, Instant at) {
		Timestamp now = Timestamp.from(at);
		return jdbc.sql("""
				SELECT id, purchase_id, remaining, available_at, expires_at FROM point_lot
				WHERE tenant_id = ? AND member_id = ? AND remaining > 0 AND available_at <= ?
				  AND (expires_at IS NULL OR expires_at > ?)""")
			.params(CurrentTenant.id(), member, now, now)
			.query((rs, n) -> new Draws.Lot(rs.getLong(1), rs.getObject(2, UUID.class), rs.getLong(3),
					rs.getTimestamp(4).toInstant(), instant(rs, 5)))
			.list();
	}

	/** The points of the member's lots still pending {@code at}. */
	long pending(UUID member, Instant at) {
		Timestamp now = Timestamp.from(at);
		return jdbc.sql("""
				SELECT coalesce(sum(remaining), 0) FROM point_lot
				WHERE tenant_id = ? AND member_id = ? AND remaining > 0 AND available_at > ?
				  AND (expires_at IS NULL OR expires_at > ?)""")
			.params(CurrentTenant.id(), member, now, now)
			.query(Long.class)
			.single();
	}

	List<PointLot> lots(UUID member, boolean live, Instant now) {
		return jdbc.sql("SELECT * FROM point_lot WHERE tenant_id = ? AND member_id = ?"
				+ (live ? " AND remaining > 0" : "") + " ORDER BY id DESC")
			.params(CurrentTenant.id(), member)
			.query((rs, n) -> lot(rs, now))
			.list();
	}

	/** The lots that these ledger lines (a purchase's earnings) created. */
	List<PointLot> lotsOf(UUID member, Collection<Long> lineIds, Instant now) {
		if (lineIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("SELECT * FROM point_lot WHERE tenant_id = ? AND member_id = ? AND id = ANY(?) ORDER BY id")
			.params(CurrentTenant.id(), member, lineIds.toArray(Long[]::new))
			.query((rs, n) -> lot(rs, now))
			.list();
	}

	void insertLot(UUID member, long id, UUID purchase, long points, long remaining, Instant earnedAt,
			Instant availableAt, Instant expiresAt, Instant now) {
		jdbc.sql("""
				INSERT INTO point_lot (tenant_id, member_id, id, purchase_id, points, remaining, earned_at, available_at,
				  expires_at, released)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(CurrentTenant.id(), member, id, purchase, points, remaining, Timestamp.from(earnedAt),
					Timestamp.from(availableAt), expiresAt == null ? null : Timestamp.from(expiresAt),
					!availableAt.isAfter(now))
			.update();
	}

	/** Takes the draws from their lots for the ledger line {@code lineId}: the lots shrink, the allocations say so. */
	void take(UUID member, long lineId, List<Draws.Draw> draws, Instant at) {
		if (draws.isEmpty()) {
			return;
		}
		UUID tenant = CurrentTenant.id();
		String rows = json.writeValueAsString(draws.stream().map(d -> Map.of("id", d.lotId(), "points", d.points()))
			.toList());
		int changed = jdbc.sql("""
				UPDATE point_lot AS l SET remaining = l.remaining - d.points
				FROM jsonb_to_recordset(CAST(? AS jsonb)) AS d (id bigint, points bigint)
				WHERE l.tenant_id = ? AND l.member_id = ? AND l.id = d.id""")
			.params(rows, tenant, member)
			.update();
		if (changed != draws.size()) {
			throw new IllegalStateException("Lots " + draws + " of member " + member + " changed under a draw");
		}
		allocate(member, lineId, draws.stream().map(d -> new LotMove(d.lotId(), d.points())).toList(), at);
	}

	/** Allocation rows: {@code moves} from lots (positive points) to the ledger line {@code lineId}. */
	void allocate(UUID member, long lineId, List<LotMove> moves, Instant at) {
		jdbc.sql("""
				INSERT INTO lot_allocation (tenant_id, member_id, lot_id, line_id, points, created_at)
				SELECT ?, ?, a.lot_id, ?, a.points, ? FROM jsonb_to_recordset(CAST(? AS jsonb)) AS a (lot_id bigint, points bigint)""")
			.params(CurrentTenant.id(), member, lineId, Timestamp.from(at), json.writeValueAsString(moves.stream()
				.map(m -> Map.of("lot_id", m.lotId(), "points", m.points())).toList()))
			.update();
	}

	/** What each of these ledger lines took from lots, or created (its own lot), by line id. */
	Map<Long, List<LotMove>> moves(UUID member, List<Long> lineIds) {
		Map<Long, List<LotMove>> moves = new LinkedHashMap<>();
		if (lineIds.isEmpty()) {
			return moves;
		}
		Long[] ids = lineIds.toArray(Long[]::new);
		UUID tenant = CurrentTenant.id();
		jdbc.sql("""
				SELECT id AS line_id, id AS lot_id, points FROM point_lot WHERE tenant_id = ? AND member_id = ? AND id = ANY(?)
				UNION ALL
				SELECT line_id, lot_id, -points FROM lot_allocation WHERE tenant_id = ? AND line_id = ANY(?)
				ORDER BY line_id, lot_id""")
			.params(tenant, member, ids, tenant, ids)
			.query((rs, n) -> {
				moves.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new LotMove(rs.getLong(2), rs.getLong(3)));
				return null;
			})
			.list();
		return moves;
	}

	record Debt(long lineId, long outstanding) {
	}

	List<Debt> debts(UUID member) {
		return jdbc.sql("""
				SELECT line_id, outstanding FROM point_debt WHERE tenant_id = ? AND member_id = ? AND outstanding > 0
				ORDER BY line_id""")
			.params(CurrentTenant.id(), member)
			.query((rs, n) -> new Debt(rs.getLong(1), rs.getLong(2)))
			.list();
	}

	void addDebt(UUID member, long lineId, long points, Instant at) {
		jdbc.sql("""
				INSERT INTO point_debt (tenant_id, member_id, line_id, points, outstanding, created_at)
				VALUES (?, ?, ?, ?, ?, ?)""")
			.params(CurrentTenant.id(), member, lineId, points, points, Timestamp.from(at))
			.update();
	}

	/** SQL of {@link #payDebt}, for write batches. */
	static final String PAY_DEBT = """
			UPDATE point_debt SET outstanding = outstanding - ?
			WHERE tenant_id = ? AND member_id = ? AND line_id = ? AND outstanding >= ?""";

	void payDebt(UUID member, long debtLine, long points) {
		int changed = jdbc.sql(PAY_DEBT).params(points, CurrentTenant.id(), member, debtLine, points).update();
		if (changed != 1) {
			throw new IllegalStateException("Debt " + debtLine + " of member " + member + " is less than " + points);
		}
	}

	/** A lot as the API shows it, its status as of {@code now}. */
	private static PointLot lot(ResultSet rs, Instant now) throws SQLException {
		long remaining = rs.getLong("remaining");
		Instant availableAt = rs.getTimestamp("available_at").toInstant();
		Instant expiresAt = instant(rs, rs.findColumn("expires_at"));
		return new PointLot(rs.getLong("id"), rs.getObject("purchase_id", UUID.class), rs.getLong("points"), remaining,
				rs.getTimestamp("earned_at").toInstant(), availableAt, expiresAt,
				PointLot.status(remaining, availableAt, expiresAt, now));
	}

	private static Instant instant(ResultSet rs, int column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return t == null ? null : t.toInstant();
	}
}
