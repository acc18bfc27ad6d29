package ir.vafa.tenancy.internal;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import ir.vafa.tenancy.TenantContextFilter.TenantGate;
import ir.vafa.tenancy.TenantStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Answers "may this tenant act?" for every request without a query each time. Entries live for a short while
 * so a suspension made on another node takes effect within that time; this node forgets at once.
 */
@Component
class TenantStatusCache implements TenantGate {

	private final JdbcClient jdbc;
	private final long ttlNanos;
	private final Map<UUID, Entry> entries = new ConcurrentHashMap<>();

	TenantStatusCache(JdbcClient jdbc, @Value("${vafa.tenancy.status-cache-ttl:PT10S}") Duration ttl) {
		this.jdbc = jdbc;
		this.ttlNanos = ttl.toNanos();
	}

	@Override
	public String refusal(UUID tenant) {
		long now = System.nanoTime();
		Entry entry = entries.get(tenant);
		if (entry == null || now - entry.loadedAt > ttlNanos) {
			TenantStatus status = jdbc.sql("SELECT status FROM tenant WHERE id = ?")
				.param(tenant)
				.query((rs, n) -> TenantStatus.valueOf(rs.getString(1)))
				.optional()
				.orElse(null);
			entry = new Entry(status, now);
			entries.put(tenant, entry);
		}
		if (entry.status == null) {
			return "The token's tenant is unknown";
		}
		return entry.status == TenantStatus.SUSPENDED ? "The tenant is suspended" : null;
	}

	void forget(UUID tenant) {
		entries.remove(tenant);
	}

	private record Entry(TenantStatus status, long loadedAt) {
	}
}
