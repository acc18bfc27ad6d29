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
 * named by an allocation. It works in batches of a few hundred members ({@code batch-members}, found among the first
 * {@code batch-lots} due lots), each batch one transaction: the members' accounts are locked first (members busy
 * with a purchase are skipped, and picked in the next round), then, in a statement that sees everything committed
 * before those locks, the lots are emptied, the lines and allocations written and the balances moved. Purchases of a
 * batch's members wait for it, so batches stay short. After each batch the job pauses for half its time
 * ({@code yield}): the WAL of a year's expiry would otherwise stand in front of every purchase's commit. A run that
 * dies halfway leaves whole batches done and the rest as they were; a second run at the same time skips the members
 * the first holds. So each lot expires exactly once.
 */
@Component
class ExpiryJob extends TenantJob {

	/**
	 * The members of the first due lots in expiry order, at most so many: locked, skipping those another transaction
	 * holds (a purchase, another run). A batch is a few hundred members, so that a purchase of one of them waits
	 * only for one short batch.
	 */
	private static final String LOCK_MEMBERS = """
			SELECT a.member_id FROM member_account a
			WHERE a.tenant_id = ? AND a.member_id IN (
			  SELECT DISTINCT d.member_id FROM (
			    SELECT l.member_id FROM point_lot l
			    WHERE l.tenant_id = ? AND l.remaining > 0 AND l.expires_at <= ?
			    ORDER BY l.expires_at LIMIT ?) AS d
			  LIMIT ?)
			ORDER BY a.member_id FOR UPDATE SKIP LOCKED""";

	/** Ledger line ids drawn ahead, one per locked member, so that each lot carries its line through the statement. */
	private static final String LINE_IDS = """
			SELECT nextval(pg_get_serial_sequence('ledger_line', 'id')) FROM generate_series(1, ?)""";

	/**
	 * Every due lot of the locked members emptied, one EXPIRE line per member, an allocation per lot, the balances
	 * moved: in a statement that starts after the locks are held, so it sees everything committed before them. Each
	 * lot is joined only to its member's row of the small id list (by the primary key), and every later step reads the
	 * rows it needs from the step before: no join between two large intermediate results.
	 */
	private static final String EXPIRE = """
			WITH members AS (
			  SELECT * FROM jsonb_to_recordset(CAST(? AS jsonb)) AS m (member_id uuid, line_id bigint)),
			due AS (
			  SELECT l.member_id, l.id, l.remaining, m.line_id FROM members m
			  JOIN point_lot l ON l.tenant_id = ? AND l.member_id = m.member_id
			  WHERE l.remaining > 0 AND l.expires_at <= ?),
			emptied AS (
			  UPDATE point_lot l SET remaining = 0 FROM due d
			  WHERE l.tenant_id = ? AND l.member_id = d.member_id AND l.id = d.id
			  RETURNING d.member_id, d.id, d.remaining, d.line_id),
			per_member AS (
			  SELECT member_id, line_id, sum(remaining) AS points, count(*) AS lots FROM emptied
			  GROUP BY member_id, line_id),
			lines AS (
			  INSERT INTO ledger_line (id, tenant_id, created_at, member_id, kind, points, reason) OVERRIDING SYSTEM VALUE
			  SELECT line_id, ?, ?, member_id, 'EXPIRE', -points, 'The lots reached their expiry' FROM per_member),
			allocations AS (
			  INSERT INTO lot_allocation (tenant_id, member_id, lot_id, line_id, points, created_at)
			  SELECT ?, member_id, id, line_id, remaining, ? FROM emptied),
			accounts AS (
			  UPDATE member_account a SET points_balance = a.points_balance - p.points FROM per_member p
			  WHERE a.tenant_id = ? AND a.member_id = p.member_id)
			SELECT member_id, line_id, points, lots FROM per_member""";

	private final JdbcClient jdbc;
	private final tools.jackson.databind.json.JsonMapper json;
	private final ApplicationEventPublisher events;
	private final TransactionTemplate transaction;
	private final int batchLots;
	private final int batchMembers;
	private final double yieldRatio;

	ExpiryJob(JdbcClient jdbc, tools.jackson.databind.json.JsonMapper json, TenantDirectory tenants, ApplicationEventPublisher events,
			PlatformTransactionManager transactions, @Value("${vafa.jobs.points-expiry.every:PT1H}") Duration every,
			@Value("${vafa.jobs.points-expiry.batch-lots:5000}") int batchLots,
			@Value("${vafa.jobs.points-expiry.batch-members:500}") int batchMembers,
			@Value("${vafa.jobs.points-expiry.yield:0.5}") double yieldRatio) {
		super("points-expiry", "Expires lots whose expiry has come: one ledger line per member, naming its lots", every,
				tenants);
		this.jdbc = jdbc;
		this.json = json;
		this.events = events;
		this.transaction = new TransactionTemplate(transactions);
		this.batchLots = batchLots;
		this.batchMembers = batchMembers;
		this.yieldRatio = yieldRatio;
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
			long started = System.nanoTime();
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
			giveWay(System.nanoTime() - started);
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
		List<UUID> members = jdbc.sql(LOCK_MEMBERS).params(tenant, tenant, at, batchLots, batchMembers)
			.query((rs, n) -> rs.getObject(1, UUID.class)).list();
		if (members.isEmpty()) {
			boolean due = jdbc.sql("""
					SELECT EXISTS (SELECT 1 FROM point_lot WHERE tenant_id = ? AND remaining > 0 AND expires_at <= ?)""")
				.params(tenant, at).query(Boolean.class).single();
			return due ? List.of() : null;
		}
		List<Long> lineIds = jdbc.sql(LINE_IDS).param(members.size()).query(Long.class).list();
		List<java.util.Map<String, Object>> rows = new java.util.ArrayList<>(members.size());
		for (int i = 0; i < members.size(); i++) {
			rows.add(java.util.Map.of("member_id", members.get(i), "line_id", lineIds.get(i)));
		}
		List<Expired> expired = jdbc.sql(EXPIRE)
			.params(json.writeValueAsString(rows), tenant, at, tenant, tenant, at, tenant, at, tenant)
			.query((rs, n) -> new Expired(rs.getObject(1, UUID.class), rs.getLong(2), rs.getLong(3), rs.getLong(4)))
			.list();
		expired.forEach(e -> events.publishEvent(new PointsExpired(tenant, e.member(), e.lineId(), e.points())));
		return expired;
	}

	/**
	 * After a batch, a pause of {@code yield} times the batch's own time: a year's expiry writes a lot of WAL, and
	 * every purchase's commit must flush the WAL written before it, so a job that never pauses slows every till.
	 */
	private void giveWay(long batchNanos) {
		long pause = (long) (batchNanos * yieldRatio / 1_000_000);
		if (pause > 0) {
			try {
				Thread.sleep(pause);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
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
