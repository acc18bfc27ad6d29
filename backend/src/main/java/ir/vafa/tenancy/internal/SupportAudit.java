package ir.vafa.tenancy.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import ir.vafa.tenancy.SupportActions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Writes the append-only trail of what support staff did across tenants. */
@Component
class SupportAudit implements SupportActions {

	private final JdbcClient jdbc;

	SupportAudit(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void record(String actor, String action, UUID tenant, String detail) {
		jdbc.sql("INSERT INTO support_audit (at, actor, action, tenant_id, detail) VALUES (?, ?, ?, ?, ?)")
			.params(Timestamp.from(Instant.now()), actor, action, tenant, detail)
			.update();
	}
}
