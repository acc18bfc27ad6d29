package ir.vafa.programs.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import ir.vafa.programs.ActiveProgram;
import ir.vafa.programs.ProgramState;
import ir.vafa.programs.PublishedProgram;
import ir.vafa.tenancy.CurrentTenant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * This node's compiled programs: for each tenant, the version serving now and the one scheduled to serve from a
 * given time, both compiled ahead. A purchase only looks its tenant up here, never compiles, never asks the
 * database. The node learns of changes by polling every tenant's program revision (one small query every
 * {@code vafa.programs.refresh-interval}, 2 s by default), and of changes made on this node at once; it compiles
 * everything before it starts serving. A scheduled version takes over at its time on every node without waiting
 * for anything, as each node already holds it.
 */
@Component
class ProgramCatalog implements SmartInitializingSingleton, DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(ProgramCatalog.class);

	private final ProgramStore store;
	private final ProgramCompiler compiler;
	private final Clock clock;
	private final Duration refreshInterval;
	private final ObjectProvider<MeterRegistry> meters;
	private final Cache<UUID, Timeline> timelines = Caffeine.newBuilder().recordStats().build();
	private ScheduledExecutorService poller;

	ProgramCatalog(ProgramStore store, ProgramCompiler compiler, Clock clock,
			@Value("${vafa.programs.refresh-interval:PT2S}") Duration refreshInterval,
			ObjectProvider<MeterRegistry> meters) {
		this.store = store;
		this.compiler = compiler;
		this.clock = clock;
		this.refreshInterval = refreshInterval;
		this.meters = meters;
	}

	/** The compiled versions of one tenant, and the revision of the program row they were read at. */
	record Timeline(long revision, ActiveProgram current, ActiveProgram scheduled, Instant scheduledAt) {

		Optional<ActiveProgram> at(Instant now) {
			if (scheduled != null && !now.isBefore(scheduledAt)) {
				return Optional.of(scheduled);
			}
			return Optional.ofNullable(current);
		}

		ActiveProgram compiled(int version) {
			if (current != null && current.version() == version) {
				return current;
			}
			return scheduled != null && scheduled.version() == version ? scheduled : null;
		}
	}

	Optional<ActiveProgram> active(UUID tenant, Instant now) {
		Timeline timeline = timelines.getIfPresent(tenant);
		return timeline == null ? Optional.empty() : timeline.at(now);
	}

	/** Reads the tenant's program again and compiles what is new; the caller is bound to the tenant. */
	void reload(UUID tenant) {
		ProgramState state = store.state(tenant);
		Timeline known = timelines.getIfPresent(tenant);
		ActiveProgram current = compiled(tenant, state.currentVersion(), known);
		ActiveProgram scheduled = compiled(tenant, state.scheduledVersion(), known);
		timelines.asMap().merge(tenant, new Timeline(state.revision(), current, scheduled, state.scheduledAt()),
				// two reloads racing: the one that read the later revision wins
				(old, fresh) -> fresh.revision() >= old.revision() ? fresh : old);
	}

	private ActiveProgram compiled(UUID tenant, Integer version, Timeline known) {
		if (version == null) {
			return null;
		}
		ActiveProgram already = known == null ? null : known.compiled(version);
		if (already != null) {
			return already; // versions never change once published
		}
		PublishedProgram published = store.find(tenant, version).orElseThrow();
		return compiler.compile(tenant, version, published.definition());
	}

	/** Learns of every change on any node since the last look: programs whose revision moved are reloaded. */
	void refreshAll() {
		// Tenants are never deleted, so nothing is dropped here; a tenant missing from the poll has no program yet.
		for (ProgramStore.Revision revision : store.revisions()) {
			Timeline known = timelines.getIfPresent(revision.tenant());
			if (known == null || known.revision() != revision.revision()) {
				try {
					CurrentTenant.runAs(revision.tenant(), () -> reload(revision.tenant()));
				}
				catch (RuntimeException e) {
					log.error("Could not load the program of tenant {}; keeping what this node had", revision.tenant(),
							e);
				}
			}
		}
	}

	@Override
	public void afterSingletonsInstantiated() {
		long started = System.nanoTime();
		refreshAll();
		log.info("Compiled the programs of {} tenants in {} ms", timelines.estimatedSize(),
				(System.nanoTime() - started) / 1_000_000);
		meters.ifAvailable(registry -> CaffeineCacheMetrics.monitor(registry, timelines, "vafa.programs"));
		poller = Executors.newSingleThreadScheduledExecutor(r -> {
			Thread thread = new Thread(r, "vafa-program-refresh");
			thread.setDaemon(true);
			return thread;
		});
		poller.scheduleWithFixedDelay(this::refreshQuietly, refreshInterval.toMillis(), refreshInterval.toMillis(),
				TimeUnit.MILLISECONDS);
	}

	private void refreshQuietly() {
		try {
			refreshAll();
		}
		catch (RuntimeException e) {
			log.warn("Could not poll program revisions: {}", e.getMessage());
		}
	}

	@Override
	public void destroy() {
		if (poller != null) {
			poller.shutdownNow();
		}
	}

	Instant now() {
		return clock.instant();
	}
}
