package ir.vafa.programs.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

import ir.vafa.demo.DemoPrograms;
import ir.vafa.programs.ProgramDefinition;
import ir.vafa.rules.RuleEngine;
import ir.vafa.support.ApiTest;
import ir.vafa.support.TestTenant;
import ir.vafa.tenancy.CurrentTenant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two nodes on one database: a node serves purchases from its compiled copy of a tenant's current program and
 * asks the database again at most once a second, so a version published on the other node reaches it within
 * that second, and one published on itself at once.
 */
class ActiveProgramCacheTest extends ApiTest {

	@Autowired
	ProgramStore store;

	@Autowired
	RuleEngine engine;

	@Autowired
	TransactionTemplate transactions;

	private final MovableClock clockOfA = new MovableClock();
	private final MovableClock clockOfB = new MovableClock();
	private ProgramService nodeA;
	private ProgramService nodeB;
	private TestTenant tenant;

	@BeforeEach
	void twoNodes() {
		nodeA = new ProgramService(store, engine, clockOfA);
		nodeB = new ProgramService(store, engine, clockOfB);
		tenant = tenant("cache", DemoPrograms.retail());
	}

	@Test
	void aVersionPublishedOnAnotherNodeIsUsedWithinASecond() {
		int first = activeVersion(nodeA);

		int published = publish(nodeB, "Retail, second edition");
		clockOfA.advance(ProgramService.RECHECK_AFTER.minusMillis(1));
		int justBefore = activeVersion(nodeA);
		clockOfA.advance(Duration.ofMillis(1));
		int after = activeVersion(nodeA);

		assertThat(published).isEqualTo(first + 1);
		assertThat(justBefore).as("still trusting its copy").isEqualTo(first);
		assertThat(after).as("re-confirmed with the database").isEqualTo(published);
	}

	@Test
	void aVersionPublishedOnThisNodeIsUsedAtOnce() {
		int first = activeVersion(nodeB);

		int published = publish(nodeB, "Retail, second edition");

		assertThat(activeVersion(nodeB)).isEqualTo(published).isEqualTo(first + 1);
	}

	private int activeVersion(ProgramService node) {
		return CurrentTenant.callAs(tenant.id(), () -> transactions.execute(status -> node.active().version()));
	}

	private int publish(ProgramService node, String name) {
		ProgramDefinition retail = DemoPrograms.retail();
		ProgramDefinition renamed = new ProgramDefinition(name, retail.currency(), retail.timezone(), retail.rounding(),
				retail.rules());
		return CurrentTenant.callAs(tenant.id(),
				() -> transactions.execute(status -> node.publish(renamed, "test").version()));
	}

	/** A clock the test moves by hand; copies in other zones move with it. */
	private static final class MovableClock extends Clock {

		private final AtomicReference<Instant> now;
		private final ZoneId zone;

		MovableClock() {
			this(new AtomicReference<>(Instant.now()), ZoneOffset.UTC);
		}

		private MovableClock(AtomicReference<Instant> now, ZoneId zone) {
			this.now = now;
			this.zone = zone;
		}

		void advance(Duration by) {
			now.updateAndGet(t -> t.plus(by));
		}

		@Override
		public Instant instant() {
			return now.get();
		}

		@Override
		public ZoneId getZone() {
			return zone;
		}

		@Override
		public Clock withZone(ZoneId other) {
			return new MovableClock(now, other);
		}
	}
}
