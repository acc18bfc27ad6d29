package ir.vafa.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import ir.vafa.demo.DemoPrograms;
import ir.vafa.support.ApiTest;
import ir.vafa.support.TestTenant;
import ir.vafa.tiers.TierChanged;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Domain events go out through the outbox (Spring Modulith's JDBC event publication registry): a listener's
 * delivery is written in the publishing transaction and stays until the listener has completed, so one that failed
 * is delivered again by the event-redelivery job: at least once.
 */
@Import(DomainEventsTest.Listener.class)
@TestPropertySource(properties = "vafa.jobs.event-redelivery.older-than=PT0S")
class DomainEventsTest extends ApiTest {

	@Autowired
	Listener listener;

	@Autowired
	JdbcTemplate jdbc;

	/** Hears tier changes after their commit; fails the first time it is asked to, as a flaky webhook would. */
	@TestConfiguration(proxyBeanMethods = false)
	static class Listener {

		private final List<TierChanged> heard = new CopyOnWriteArrayList<>();
		private final AtomicBoolean failNext = new AtomicBoolean();

		/** Methods, not fields: the bean may be a proxy. */
		List<TierChanged> heard() {
			return heard;
		}

		AtomicBoolean failNext() {
			return failNext;
		}

		@TransactionalEventListener
		void on(TierChanged event) {
			if (failNext.compareAndSet(true, false)) {
				throw new IllegalStateException("the receiver is down");
			}
			heard.add(event);
		}
	}

	@Test
	void aTierChangeIsHeardOnceAfterItsPurchaseCommits() {
		TestTenant retail = tenant("events", DemoPrograms.retail());
		enroll(retail, "EV-1");

		retail.pos().post("/api/purchases", purchase("ev-1", "EV-1", Instant.now(), line("TV", "electronics", 1, "25000000")));

		Awaitility.await().atMost(Duration.ofSeconds(10))
			.until(() -> listener.heard().stream().anyMatch(e -> e.tenantId().equals(retail.id())));
		assertThat(listener.heard()).filteredOn(e -> e.tenantId().equals(retail.id())).singleElement()
			.satisfies(e -> assertThat(e.toTier()).isEqualTo("silver"));
		assertThat(incomplete()).isZero();
	}

	@Test
	void aDeliveryThatFailedIsMadeAgainByTheRedeliveryJobAndThenCompletes() {
		TestTenant retail = tenant("events-retry", DemoPrograms.retail());
		enroll(retail, "EV-2");
		listener.failNext().set(true);

		retail.pos().post("/api/purchases", purchase("ev-2", "EV-2", Instant.now(), line("TV", "electronics", 1, "25000000")));
		Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> !listener.failNext().get());
		assertThat(listener.heard()).noneMatch(e -> e.tenantId().equals(retail.id()));
		assertThat(incomplete()).isEqualTo(1);

		support().post("/api/support/jobs/event-redelivery/runs", Map.of());

		Awaitility.await().atMost(Duration.ofSeconds(10))
			.until(() -> listener.heard().stream().anyMatch(e -> e.tenantId().equals(retail.id())));
		Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> incomplete() == 0);
	}

	private long incomplete() {
		return jdbc.queryForObject("SELECT count(*) FROM event_publication WHERE completion_date IS NULL", Long.class);
	}
}
