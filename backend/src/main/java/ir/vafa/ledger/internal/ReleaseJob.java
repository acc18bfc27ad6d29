package ir.vafa.ledger.internal;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import ir.vafa.jobs.TenantJob;
import ir.vafa.ledger.PointsReleased;
import ir.vafa.tenancy.TenantDirectory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Releases pending lots whose return window has closed: marks each released, once, and announces the member's
 * newly spendable points ({@link PointsReleased}). Points are spendable from their {@code availableAt} whether or
 * not this has run; what it adds is that the change is seen, once. Batches lock their lots and skip those another
 * run holds, so two runs at once or one that died halfway release nothing twice.
 */
@Component
class ReleaseJob extends TenantJob {

	private static final String RELEASE = """
			WITH due AS (
			  SELECT tenant_id, member_id, id FROM point_lot
			  WHERE tenant_id = ? AND NOT released AND available_at <= ?
			  ORDER BY available_at LIMIT ? FOR UPDATE SKIP LOCKED)
			UPDATE point_lot l SET released = true FROM due d
			WHERE l.tenant_id = d.tenant_id AND l.member_id = d.member_id AND l.id = d.id
			RETURNING l.member_id, l.remaining""";

	private final JdbcClient jdbc;
	private final ApplicationEventPublisher events;
	private final TransactionTemplate transaction;

	ReleaseJob(JdbcClient jdbc, TenantDirectory tenants, ApplicationEventPublisher events,
			PlatformTransactionManager transactions, @Value("${vafa.jobs.points-release.every:PT5M}") Duration every) {
		super("points-release", "Releases pending points whose return window has closed, and announces them", every,
				tenants);
		this.jdbc = jdbc;
		this.events = events;
		this.transaction = new TransactionTemplate(transactions);
	}

	@Override
	protected String[] countNames() {
		return new String[] { "lotsReleased", "members" };
	}

	@Override
	protected void run(UUID tenant, Instant now, Counts counts) {
		while (true) {
			Map<UUID, Long> released = transaction.execute(tx -> {
				Map<UUID, Long> byMember = new LinkedHashMap<>();
				List<Object[]> rows = jdbc.sql(RELEASE).params(tenant, Timestamp.from(now), 5000)
					.query((rs, n) -> new Object[] { rs.getObject(1, UUID.class), rs.getLong(2) }).list();
				rows.forEach(r -> byMember.merge((UUID) r[0], (Long) r[1], Long::sum));
				counts.add("lotsReleased", rows.size());
				byMember.forEach((member, points) -> {
					if (points > 0) {
						events.publishEvent(new PointsReleased(tenant, member, points));
					}
				});
				return byMember;
			});
			if (released == null || released.isEmpty()) {
				return;
			}
			counts.add("members", released.size());
		}
	}
}
