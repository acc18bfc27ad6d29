package ir.vafa.tenancy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;

import ir.vafa.support.ApiTest;
import ir.vafa.support.TestTenant;
import ir.vafa.tenancy.TenantDirectory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The node's answer to "may this tenant act?" follows committed suspensions only. */
class TenantStatusCacheTest extends ApiTest {

	@Autowired
	TenantDirectory directory;

	@Autowired
	TenantStatusCache gate;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aSuspensionIsSeenByTheNextRequestOnlyAfterItCommits() {
		TestTenant tenant = tenant("suspended-on-commit");

		new TransactionTemplate(transactions).executeWithoutResult(status -> {
			directory.suspend(tenant.id(), "support");
			// a request on another thread before the commit reads the tenant still active, and the node keeps that
			assertThat(CompletableFuture.supplyAsync(() -> gate.refusal(tenant.id())).join()).isNull();
		});

		assertThat(gate.refusal(tenant.id())).isEqualTo("The tenant is suspended");
	}

	@Test
	void aReactivationIsSeenByTheNextRequestOnlyAfterItCommits() {
		TestTenant tenant = tenant("reactivated-on-commit");
		directory.suspend(tenant.id(), "support");
		assertThat(gate.refusal(tenant.id())).isEqualTo("The tenant is suspended");

		new TransactionTemplate(transactions).executeWithoutResult(status -> {
			directory.reactivate(tenant.id(), "support");
			assertThat(CompletableFuture.supplyAsync(() -> gate.refusal(tenant.id())).join()).isNotNull();
		});

		assertThat(gate.refusal(tenant.id())).isNull();
	}

	@Test
	void aBusyTenantsAnswerIsReadAgainInTheBackgroundWhileRequestsGetTheOldOne() {
		TestTenant tenant = tenant("read-again-ahead");
		AtomicLong nanos = new AtomicLong();
		List<Runnable> background = new ArrayList<>();
		TenantStatusCache otherNode = new TenantStatusCache(jdbc, Duration.ofSeconds(10), nanos::get, background::add);
		assertThat(otherNode.refusal(tenant.id())).isNull();

		directory.suspend(tenant.id(), "support");
		nanos.addAndGet(Duration.ofSeconds(6).toNanos());
		assertThat(otherNode.refusal(tenant.id())).as("answered at once from the answer it had").isNull();
		assertThat(background).as("the re-read, handed to the background").isNotEmpty();

		List.copyOf(background).forEach(Runnable::run);
		assertThat(otherNode.refusal(tenant.id())).isEqualTo("The tenant is suspended");
	}

	@Test
	void anIdleTenantsAnswerExpiresAfterTheTtlAndIsReadBeforeAnswering() {
		TestTenant tenant = tenant("idle-expired");
		AtomicLong nanos = new AtomicLong();
		TenantStatusCache otherNode = new TenantStatusCache(jdbc, Duration.ofSeconds(10), nanos::get, Runnable::run);
		assertThat(otherNode.refusal(tenant.id())).isNull();

		directory.suspend(tenant.id(), "support");
		nanos.addAndGet(Duration.ofSeconds(11).toNanos());
		assertThat(otherNode.refusal(tenant.id())).isEqualTo("The tenant is suspended");
	}

	@Test
	void anUnknownTenantIsRefused() {
		assertThat(gate.refusal(java.util.UUID.randomUUID())).isEqualTo("The token's tenant is unknown");
	}
}
