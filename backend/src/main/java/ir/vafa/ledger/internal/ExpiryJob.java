package ir.vafa.ledger.internal;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import ir.vafa.jobs.TenantJob;
import ir.vafa.ledger.PointsExpired;
import ir.vafa.tenancy.TenantDirectory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Expires the lots whose time has come: for each member, one EXPIRE ledger line for all their lots due, each lot
 * named by an allocation. It works in batches of members, each batch one transaction: the members' accounts are
 * locked first (members busy with a purchase are skipped, and picked in the next run), then, in a statement that
 * sees everything committed before those locks, the lots are emptied, the lines and allocations written and the
 * balances moved. A run that dies halfway leaves whole batches done and the rest as they were; a second run at the
 * same time skips the members the first holds. So each lot expires exactly once.
 */
@Component
class ExpiryJob extends TenantJob {

	private static final String LOCK_MEMBERS = """
			SELECT a.member_id FROM member_account a
			WHERE a.tenant_id = ? AND a.member_id IN (
			  SELECT l.member_id FROM point_lot l
			  WHERE l.tenant_id = ? AND l.remaining > 0 AND l.expires_at <= ?
			  ORDER BY l.expires_at LIMIT ?)
			ORDER BY a.member_id FOR UPDATE SKIP LOCKED""";

	private static final String EXPIRE = """
			WITH due AS (
			  SELECT member_id, id, remaining FROM point_lot
			  WHERE tenant_id = ? AND member_id = ANY(?) AND remaining > 0 AND expires_at <= ?),
			emptied AS (
			  UPDATE point_lot l SET remaining = 0 FROM due d
			  WHERE l.tenant_id = ? AND l.member_id = d.member_id AND l.id = d.id
			  RETURNING d.member_id, d.id, d.remaining),
			per_member AS (SELECT member_id, sum(remaining) AS points FROM emptied GROUP BY member_id),
			lines AS (
			  INSERT INTO ledger_line (tenant_id, created_at, member_id, kind, points, reason)
			  SELECT ?, ?, member_id, 'EXPIRE', -points, 'The lots reached their expiry' FROM per_member
			  RETURNING id, member_id, points),
			allocations AS (
			  INSERT INTO lot_allocation (tenant_id, member_id, lot_id, line_id, points, created_at)
			  SELECT ?, e.member_id, e.id, l.id, e.remaining, ? FROM emptied e JOIN lines l ON l.member_id = e.member_id),
			accounts AS (
			  UPDATE member_account a SET points_balance = a.points_balance + l.points FROM lines l
			  WHERE a.tenant_id = ? AND a.member_id = l.member_id)
			SELECT l.member_id, l.id, -l.points AS points, (SELECT count(*) FROM emptied e WHERE e.member_id = l.member_id)
			FROM lines l""";

	private final JdbcClient jdbc;
	private final ApplicationEventPublisher events;
	private final TransactionTemplate transaction;
	private final int batchLots;

	ExpiryJob(JdbcClient jdbc, TenantDirectory tenants, ApplicationEventPublisher events,
			PlatformTransactionManager transactions, @Value("${vafa.jobs.points-expiry.every:PT1H}") Duration every,
			@Value("${vafa.jobs.points-expiry.batch-lots:5000}") int batchLots) {
		super("points-expiry", "Expires lots whose expiry has come: one ledger line per member, naming its lots", every,
				tenants);
		this.jdbc = jdbc;
		this.events = events;
		this.transaction = new TransactionTemplate(transactions);
		this.batchLots = batchLots;
	}

	private record Expired(UUID member, long lineId, long points, long lots) {
	}

	@Override
	protected String[] countNames() {
		return new String[] { "members", "lotsExpired", "pointsExpired" };
	}

	/** Batches until nothing due is left that another transaction does not hold. */
	@Override
	protected void run(UUID tenant, Instant now, Counts counts) {
		int emptyRounds = 0;
		while (emptyRounds < 3) {
			List<Expired> batch = transaction.execute(tx -> batch(tenant, now));
			if (batch == null) {
				break; // nothing due
			}
			if (batch.isEmpty()) {
				emptyRounds++; // all due members were busy: a short wait, then again
				sleep();
				continue;
			}
			emptyRounds = 0;
			for (Expired e : batch) {
				counts.add("members", 1);
				counts.add("lotsExpired", e.lots());
				counts.add("pointsExpired", e.points());
			}
		}
	}

	/** One batch; null when nothing is due, empty when every due member was locked by someone else. */
	private List<Expired> batch(UUID tenant, Instant now) {
		Timestamp at = Timestamp.from(now);
		List<UUID> members = jdbc.sql(LOCK_MEMBERS).params(tenant, tenant, at, batchLots)
			.query((rs, n) -> rs.getObject(1, UUID.class)).list();
		if (members.isEmpty()) {
			boolean due = jdbc.sql("""
					SELECT EXISTS (SELECT 1 FROM point_lot WHERE tenant_id = ? AND remaining > 0 AND expires_at <= ?)""")
				.params(tenant, at).query(Boolean.class).single();
			return due ? List.of() : null;
		}
		List<Expired> expired = jdbc.sql(EXPIRE)
			.params(tenant, members.toArray(UUID[]::new), at, tenant, tenant, at, tenant, at, tenant)
			.query((rs, n) -> new Expired(rs.getObject(1, UUID.class), rs.getLong(2), rs.getLong(3), rs.getLong(4)))
			.list();
		expired.forEach(e -> events.publishEvent(new PointsExpired(tenant, e.member(), e.lineId(), e.points())));
		return expired;
	}

	private static void sleep() {
		try {
			Thread.sleep(200);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
