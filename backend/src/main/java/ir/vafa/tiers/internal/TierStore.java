package ir.vafa.tiers.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import ir.vafa.tiers.TierHistoryEntry;
import ir.vafa.tenancy.CurrentTenant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Members' tiers, their history and the daily activity their qualifying values are summed from. */
@Repository
class TierStore {

	/** A member's row; absent means the lowest tier, never placed, never in grace. */
	record State(String tierId, Instant since, UUID reachedByPurchase, Instant manualUntil, String manualReason,
			String manualBy, Instant graceUntil) {

		static final State NONE = new State(null, null, null, null, null, null, null);

		boolean placedAt(Instant now) {
			return manualUntil != null && manualUntil.isAfter(now);
		}
	}

	static final String UPSERT_ACTIVITY = """
			INSERT INTO member_activity_day (tenant_id, member_id, day, spend, points, visits) VALUES (?, ?, ?, ?, ?, ?)
			ON CONFLICT (tenant_id, member_id, day) DO UPDATE SET spend = member_activity_day.spend + EXCLUDED.spend,
			  points = member_activity_day.points + EXCLUDED.points, visits = member_activity_day.visits + EXCLUDED.visits""";

	static final String SET_TIER = """
			INSERT INTO member_tier (tenant_id, member_id, tier_id, since, reached_by_purchase, manual_until,
			  manual_reason, manual_by, grace_until)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
			ON CONFLICT (tenant_id, member_id) DO UPDATE SET tier_id = EXCLUDED.tier_id, since = EXCLUDED.since,
			  reached_by_purchase = EXCLUDED.reached_by_purchase, manual_until = EXCLUDED.manual_until,
			  manual_reason = EXCLUDED.manual_reason, manual_by = EXCLUDED.manual_by, grace_until = EXCLUDED.grace_until""";

	static final String HISTORY = """
			INSERT INTO tier_history (tenant_id, member_id, from_tier, to_tier, reason, qualifying_value, purchase_id,
			  program_version, actor, note, at)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

	private final JdbcClient jdbc;

	TierStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The state and the window's value, in one statement (for the purchase path's read batch too). */
	static String stateAndValue(String column) {
		return """
				SELECT t.tier_id, t.since, t.reached_by_purchase, t.manual_until, t.manual_reason, t.manual_by,
				  t.grace_until,
				  (SELECT coalesce(sum(d.%s), 0) FROM member_activity_day d
				   WHERE d.tenant_id = ? AND d.member_id = ? AND d.day >= ? AND d.day <= ?)
				FROM (VALUES (1)) AS one LEFT JOIN member_tier t ON t.tenant_id = ? AND t.member_id = ?""".formatted(column);
	}

	static Object[] stateAndValueParams(UUID member, LocalDate from, LocalDate to) {
		UUID tenant = CurrentTenant.id();
		return new Object[] { tenant, member, java.sql.Date.valueOf(from), java.sql.Date.valueOf(to), tenant, member };
	}

	record Standing(State state, BigDecimal value) {
	}

	static Standing standing(ResultSet rs, int row) throws SQLException {
		State state = rs.getString(1) == null ? State.NONE
				: new State(rs.getString(1), instant(rs, 2), rs.getObject(3, UUID.class), instant(rs, 4),
						rs.getString(5), rs.getString(6), instant(rs, 7));
		return new Standing(state, rs.getBigDecimal(8));
	}

	/** The member's lock (their account's) must be held when the answer decides a change. */
	Standing standing(UUID member, String column, LocalDate from, LocalDate to) {
		return jdbc.sql(stateAndValue(column))
			.params(stateAndValueParams(member, from, to))
			.query(TierStore::standing)
			.single();
	}

	/** The member's activity by day over a range, oldest first: what leaves a rolling window when. */
	List<Object[]> days(UUID member, String column, LocalDate from, LocalDate to) {
		return jdbc.sql("SELECT day, " + column + " FROM member_activity_day WHERE tenant_id = ? AND member_id = ?"
				+ " AND day >= ? AND day <= ? ORDER BY day")
			.params(CurrentTenant.id(), member, java.sql.Date.valueOf(from), java.sql.Date.valueOf(to))
			.query((rs, n) -> new Object[] { rs.getDate(1).toLocalDate(), rs.getBigDecimal(2) })
			.list();
	}

	void addActivity(UUID member, LocalDate day, BigDecimal spend, long points, int visits) {
		jdbc.sql(UPSERT_ACTIVITY).params(CurrentTenant.id(), member, java.sql.Date.valueOf(day), spend, points, visits)
			.update();
	}

	void set(UUID member, String tierId, Instant since, UUID reachedBy, Instant manualUntil, String manualReason,
			String manualBy, Instant graceUntil) {
		jdbc.sql(SET_TIER)
			.params(CurrentTenant.id(), member, tierId, Timestamp.from(since), reachedBy, ts(manualUntil), manualReason,
					manualBy, ts(graceUntil))
			.update();
	}

	void history(UUID member, String from, String to, TierHistoryEntry.Reason reason, BigDecimal value, UUID purchase,
			Integer version, String actor, String note, Instant at) {
		jdbc.sql(HISTORY)
			.params(CurrentTenant.id(), member, from, to, reason.name(), value, purchase, version, actor, note,
					Timestamp.from(at))
			.update();
	}

	List<TierHistoryEntry> history(UUID member, int limit) {
		return jdbc.sql("SELECT * FROM tier_history WHERE tenant_id = ? AND member_id = ? ORDER BY id DESC LIMIT ?")
			.params(CurrentTenant.id(), member, limit)
			.query((rs, n) -> new TierHistoryEntry(rs.getLong("id"), rs.getString("from_tier"), rs.getString("to_tier"),
					TierHistoryEntry.Reason.valueOf(rs.getString("reason")), rs.getBigDecimal("qualifying_value"),
					rs.getObject("purchase_id", UUID.class), (Integer) rs.getObject("program_version"),
					rs.getString("actor"), rs.getString("note"), rs.getTimestamp("at").toInstant()))
			.list();
	}

	Optional<String> upgradedFrom(UUID purchase) {
		return jdbc.sql("""
				SELECT from_tier FROM tier_history WHERE tenant_id = ? AND purchase_id = ? AND reason = 'UPGRADE'
				ORDER BY id LIMIT 1""")
			.params(CurrentTenant.id(), purchase)
			.query((rs, n) -> rs.getString(1))
			.optional();
	}

	/** Members with a tier row: everyone the requalification job may move. */
	List<UUID> membersWithTiers(int limit, UUID after) {
		return jdbc.sql("""
				SELECT member_id FROM member_tier WHERE tenant_id = ? AND member_id > ? ORDER BY member_id LIMIT ?""")
			.params(CurrentTenant.id(), after == null ? new UUID(0, 0) : after, limit)
			.query((rs, n) -> rs.getObject(1, UUID.class))
			.list();
	}

	private static Timestamp ts(Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}

	private static Instant instant(ResultSet rs, int column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return t == null ? null : t.toInstant();
	}
}
