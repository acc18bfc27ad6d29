package ir.vafa.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import ir.vafa.VafaApplication;
import ir.vafa.demo.DemoPrograms;
import ir.vafa.jobs.Job;
import ir.vafa.jobs.JobRun;
import ir.vafa.support.ApiTest;
import ir.vafa.support.TestTenant;
import ir.vafa.tenancy.CurrentTenant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two more application nodes on the test's database run the expiry job at the same moment, in small batches so that
 * they meet on the same members: each lot expires exactly once, and every member's balance still agrees with their
 * lots.
 */
class ExpiryOnTwoNodesTest extends ApiTest {

	private static final int MEMBERS = 40;

	@Autowired
	Environment environment;

	@Autowired
	JdbcTemplate jdbc;

	private final List<ConfigurableApplicationContext> nodes = new ArrayList<>();

	@AfterEach
	void stopTheNodes() {
		nodes.forEach(ConfigurableApplicationContext::close);
	}

	@Test
	void twoNodesExpiringAtOnceExpireEachLotExactlyOnce() throws Exception {
		TestTenant cafe = tenant("two-nodes", DemoPrograms.cafe());
		Instant sevenMonthsAgo = Instant.now().atZone(ZoneId.of("Asia/Tehran")).minusMonths(7).toInstant();
		for (int m = 0; m < MEMBERS; m++) {
			enroll(cafe, "TN-" + m);
			for (int p = 0; p < 3; p++) {
				cafe.pos().post("/api/purchases", purchase("tn-" + m + "-" + p, "TN-" + m, sevenMonthsAgo.plusSeconds(p),
						line("BEANS", "beans", 1, "1000000")));
			}
		}
		long lots = count(cafe, "SELECT count(*) FROM point_lot WHERE tenant_id = ? AND remaining > 0");
		assertThat(lots).as("three purchases and a welcome bonus each").isEqualTo(MEMBERS * 4L);
		Job first = node().getBean("expiryJob", Job.class);
		Job second = node().getBean("expiryJob", Job.class);

		ExecutorService pool = Executors.newFixedThreadPool(2);
		Instant now = Instant.now();
		List<Future<JobRun>> runs = pool.invokeAll(List.<Callable<JobRun>>of(() -> first.run(now), () -> second.run(now)));
		pool.shutdown();
		long expiredByRuns = 0;
		for (Future<JobRun> run : runs) {
			expiredByRuns += run.get().counts().get("lotsExpired");
		}

		assertThat(expiredByRuns).isEqualTo(lots);
		assertThat(count(cafe, "SELECT count(*) FROM point_lot WHERE tenant_id = ? AND remaining > 0")).isZero();
		assertThat(count(cafe, """
				SELECT count(*) FROM (SELECT a.lot_id FROM lot_allocation a
				  JOIN ledger_line l ON l.tenant_id = a.tenant_id AND l.id = a.line_id AND l.kind = 'EXPIRE'
				  WHERE a.tenant_id = ? GROUP BY a.lot_id HAVING count(*) <> 1) AS twice""")).isZero();
		assertThat(count(cafe, "SELECT count(DISTINCT lot_id) FROM lot_allocation WHERE tenant_id = ?")).isEqualTo(lots);
		assertThat(count(cafe, "SELECT count(*) FROM member_account WHERE tenant_id = ? AND points_balance <> 0")).isZero();
		assertThat(count(cafe, "SELECT -coalesce(sum(points), 0) FROM ledger_line WHERE tenant_id = ? AND kind = 'EXPIRE'"))
			.isEqualTo(MEMBERS * (300L + 20));
	}

	/** Another node: the same application on the same database and Keycloak, in batches of a few lots. */
	private ConfigurableApplicationContext node() {
		List<String> same = new ArrayList<>();
		for (String key : List.of("spring.datasource.url", "spring.flyway.user", "spring.flyway.password",
				"spring.security.oauth2.resourceserver.jwt.issuer-uri", "vafa.keycloak.url", "vafa.keycloak.realm",
				"vafa.member-page.secret")) {
			same.add("--" + key + "=" + environment.getRequiredProperty(key));
		}
		same.addAll(List.of("--server.port=0", "--vafa.jobs.scheduler.enabled=false",
				"--vafa.jobs.points-expiry.batch-lots=7", "--vafa.jobs.points-expiry.batch-members=3"));
		ConfigurableApplicationContext node = new SpringApplicationBuilder(VafaApplication.class)
			.run(same.toArray(String[]::new));
		nodes.add(node);
		return node;
	}

	private long count(TestTenant tenant, String sql) {
		return CurrentTenant.callAs(tenant.id(), () -> jdbc.queryForObject(sql, Long.class, tenant.id()));
	}
}
