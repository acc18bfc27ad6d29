package ir.vafa.programs.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

import ir.vafa.demo.DemoPrograms;
import ir.vafa.programs.ActiveProgram;
import ir.vafa.programs.ProgramDefinition;
import ir.vafa.rules.RuleEngine;
import ir.vafa.support.ApiTest;
import ir.vafa.support.TestTenant;
import ir.vafa.tenancy.CurrentTenant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two nodes on one database. A node serves purchases from the versions it compiled ahead, never asking the database
 * on a purchase; it learns of changes made on another node when it polls the revisions (every few seconds), of its
 * own at once, and a scheduled version takes over at its time on every node without anything being asked.
 */
class ProgramCatalogTest extends ApiTest {

	@Autowired
	ProgramStore store;

	@Autowired
	ProgramCompiler compiler;

	@Autowired
	ProgramDocuments documents;

	@Autowired
	RuleEngine engine;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	ObjectProvider<ir.vafa.programs.ProgramReferences> references;

	@Autowired
	ObjectProvider<io.micrometer.core.instrument.MeterRegistry> meters;

	private final MovableClock clock = new MovableClock();
	private ProgramCatalog catalogOfA;
	private ProgramCatalog catalogOfB;
	private ProgramService nodeB;
	private TestTenant tenant;

	@BeforeEach
	void twoNodes() {
		tenant = tenant("catalog", DemoPrograms.retail());
		catalogOfA = new ProgramCatalog(store, compiler, clock, Duration.ofHours(1), meters);
		catalogOfB = new ProgramCatalog(store, compiler, clock, Duration.ofHours(1), meters);
		nodeB = new ProgramService(store, compiler, catalogOfB, documents, engine, events, clock, references);
		catalogOfA.refreshAll();
		catalogOfB.refreshAll();
	}

	@Test
	void aNodeThatStartsServesTheCurrentVersionsFromWhatItCompiledBeforeAnswering() {
		assertThat(version(catalogOfA)).isEqualTo(1);
	}

	@Test
	void aVersionPublishedOnAnotherNodeIsServedOnceThisNodePolls() {
		int published = publish("Retail, second edition");

		assertThat(version(catalogOfB)).as("the publishing node, at once").isEqualTo(published);
		assertThat(version(catalogOfA)).as("before the other node polls").isEqualTo(1);
		catalogOfA.refreshAll();
		assertThat(version(catalogOfA)).isEqualTo(published);
	}

	@Test
	void aRollbackToAnOlderVersionReachesANodeThatCachedANewerOne() {
		publish("Retail, second edition");
		catalogOfA.refreshAll();
		assertThat(version(catalogOfA)).isEqualTo(2);

		CurrentTenant.runAs(tenant.id(), () -> transactions.executeWithoutResult(tx -> nodeB.rollback(1, "test")));
		catalogOfA.refreshAll();

		assertThat(version(catalogOfA)).isEqualTo(1);
	}

	@Test
	void aScheduledVersionTakesOverAtItsTimeOnEveryNodeWithoutAnotherLook() {
		Instant at = clock.instant().plus(Duration.ofHours(2));
		CurrentTenant.runAs(tenant.id(), () -> transactions.executeWithoutResult(tx -> {
			nodeB.saveDraft(DemoPrograms.retail().withName("Nowruz edition"), "test");
			nodeB.publishDraft(at, "test");
		}));
		catalogOfA.refreshAll();

		clock.advance(Duration.ofHours(2).minusMillis(1));
		assertThat(version(catalogOfA)).as("a moment before").isEqualTo(1);
		clock.advance(Duration.ofMillis(1));
		assertThat(version(catalogOfA)).as("at its time").isEqualTo(2);
		assertThat(version(catalogOfB)).isEqualTo(2);
	}

	private int version(ProgramCatalog node) {
		return node.active(tenant.id(), clock.instant()).map(ActiveProgram::version).orElse(0);
	}

	private int publish(String name) {
		ProgramDefinition renamed = DemoPrograms.retail().withName(name);
		return CurrentTenant.callAs(tenant.id(),
				() -> transactions.execute(status -> nodeB.publish(renamed, "test").version()));
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
