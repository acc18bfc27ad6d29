package ir.vafa.ledger.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import ir.vafa.tenancy.CurrentTenant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The points held of each member ({@code points_hold}); callers hold the member's account lock. */
@Component
class HoldStore {

	record Hold(UUID id, long points, Instant expiresAt) {

		boolean active(Instant now) {
			return now.isBefore(expiresAt);
		}
	}

	private final JdbcClient jdbc;

	HoldStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** What the member's holds that are still running hold, but for {@code except} (null: all of them). */
	long held(UUID member, Instant now, UUID except) {
		return jdbc.sql("""
				SELECT coalesce(sum(points), 0) FROM points_hold
				WHERE tenant_id = ? AND member_id = ? AND expires_at > ? AND id IS DISTINCT FROM ?""")
			.params(CurrentTenant.id(), member, Timestamp.from(now), except)
			.query(Long.class)
			.single();
	}

	Optional<Hold> find(UUID member, UUID id) {
		return jdbc.sql("SELECT id, points, expires_at FROM points_hold WHERE tenant_id = ? AND member_id = ? AND id = ?")
			.params(CurrentTenant.id(), member, id)
			.query((rs, n) -> new Hold(rs.getObject(1, UUID.class), rs.getLong(2), rs.getTimestamp(3).toInstant()))
			.optional();
	}

	void insert(UUID member, UUID id, long points, Instant expiresAt, String reason, Instant now) {
		jdbc.sql("""
				INSERT INTO points_hold (tenant_id, id, member_id, points, expires_at, reason, created_at)
				VALUES (?, ?, ?, ?, ?, ?, ?)""")
			.params(CurrentTenant.id(), id, member, points, Timestamp.from(expiresAt), reason, Timestamp.from(now))
			.update();
	}

	boolean delete(UUID member, UUID id) {
		return jdbc.sql("DELETE FROM points_hold WHERE tenant_id = ? AND member_id = ? AND id = ?")
			.params(CurrentTenant.id(), member, id)
			.update() == 1;
	}
}
