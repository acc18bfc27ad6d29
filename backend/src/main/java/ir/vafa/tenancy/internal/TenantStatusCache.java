package ir.vafa.tenancy.internal;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import com.github.benmanes.caffeine.cache.Ticker;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import ir.vafa.tenancy.TenantContextFilter.TenantGate;
import ir.vafa.tenancy.TenantReactivated;
import ir.vafa.tenancy.TenantStatus;
import ir.vafa.tenancy.TenantSuspended;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Answers "may this tenant act?" for every request without a query each time. Answers, an unknown tenant's too,
 * live for a short while ({@code vafa.tenancy.status-cache-ttl}) so a suspension made on another node takes effect
 * within that time; this node forgets a tenant once its suspension or reactivation has committed. Its statistics
 * are the {@code cache.*} meters tagged {@code cache=vafa.tenancy.status}.
 * <p>
 * An answer older than half that time is read again in the background on its next use, and the request is answered
 * from the old one meanwhile: a busy tenant's answer never expires under its requests, which would otherwise all
 * wait on the one that reloads it (tens of milliseconds at saturation, every ten seconds).
 */
@Component
class TenantStatusCache implements TenantGate, MeterBinder {

	static final String NAME = "vafa.tenancy.status";
	static final int MAX_ENTRIES = 100_000;

	private final JdbcClient jdbc;
	private final LoadingCache<UUID, Answer> answers;

	@Autowired
	TenantStatusCache(JdbcClient jdbc, @Value("${vafa.tenancy.status-cache-ttl:PT10S}") Duration ttl) {
		this(jdbc, ttl, Ticker.systemTicker(), ForkJoinPool.commonPool());
	}

	TenantStatusCache(JdbcClient jdbc, Duration ttl, Ticker ticker, Executor refreshes) {
		this.jdbc = jdbc;
		this.answers = Caffeine.newBuilder()
			.expireAfterWrite(ttl)
			.refreshAfterWrite(ttl.dividedBy(2))
			.maximumSize(MAX_ENTRIES)
			.ticker(ticker)
			.executor(refreshes)
			.recordStats()
			.build(this::load);
	}

	/**
	 * A computing get, unlike the node's other caches: {@link #forget} waits for a load of the same tenant under
	 * way and then drops what it loaded, and Caffeine discards a background re-read of an answer forgotten while it
	 * ran, so a status read just before a suspension committed is not kept.
	 */
	@Override
	public String refusal(UUID tenant) {
		return answers.get(tenant).refusal;
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
	void suspended(TenantSuspended event) {
		forget(event.tenantId());
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
	void reactivated(TenantReactivated event) {
		forget(event.tenantId());
	}

	void forget(UUID tenant) {
		answers.invalidate(tenant);
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		new CaffeineCacheMetrics<>(answers, NAME, List.of()).bindTo(registry);
	}

	private Answer load(UUID tenant) {
		return jdbc.sql("SELECT status FROM tenant WHERE id = ?")
			.param(tenant)
			.query((rs, n) -> TenantStatus.valueOf(rs.getString(1)) == TenantStatus.SUSPENDED ? Answer.SUSPENDED
					: Answer.MAY_ACT)
			.optional()
			.orElse(Answer.UNKNOWN);
	}

	private enum Answer {

		MAY_ACT(null), SUSPENDED("The tenant is suspended"), UNKNOWN("The token's tenant is unknown");

		private final String refusal;

		Answer(String refusal) {
			this.refusal = refusal;
		}
	}
}
