package ir.vafa.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import ir.vafa.demo.DemoPrograms;
import ir.vafa.support.Api;
import ir.vafa.support.ApiTest;
import ir.vafa.support.TestTenant;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Health and info are open to load balancers; metrics only to support staff. */
class OperationsEndpointsTest extends ApiTest {

	@Test
	void healthAndInfoAreOpenToAnyone() {
		assertThat(anonymous().get("/actuator/health").status()).isEqualTo(200);
		assertThat(anonymous().get("/actuator/health/liveness").status()).isEqualTo(200);
		assertThat(anonymous().get("/actuator/info").status()).isEqualTo(200);
	}

	@Test
	void metricsAreRefusedWithoutATokenAndToTenantStaff() {
		Api.Reply anonymous = anonymous().get("/actuator/metrics");
		assertThat(anonymous.status()).isEqualTo(401);
		assertThat(anonymous.contentType()).startsWith("application/problem+json");
		assertThat(anonymous().get("/actuator").status()).isEqualTo(401);
		assertThat(anonymous().get("/actuator/metrics/cache.gets").status()).isEqualTo(401);

		TestTenant tenant = tenant("metrics-refused");
		Api.Reply admin = tenant.admin().get("/actuator/metrics");
		assertThat(admin.status()).isEqualTo(403);
		assertThat(admin.contentType()).startsWith("application/problem+json");
	}

	@Test
	void supportStaffSeeTheStatisticsOfTheNodesCaches() {
		TestTenant tenant = tenant("metrics-seen", DemoPrograms.retail());
		enroll(tenant, "MET-1");
		for (int i = 0; i < 2; i++) {
			assertThat(tenant.pos().post("/api/purchases", purchase("m-" + i, "MET-1", Instant.now(),
					line("TV", "electronics", 1, "100000"))).status()).isEqualTo(200);
		}

		assertThat(support().get("/actuator/metrics").json().get("names").toString()).contains("\"cache.gets\"",
				"\"cache.size\"", "\"cache.evictions\"");
		for (String cache : new String[] { "vafa.tokens", "vafa.tenancy.status", "vafa.members.ids" }) {
			Api.Reply hits = support().get("/actuator/metrics/cache.gets?tag=cache:" + cache + "&tag=result:hit");
			assertThat(hits.status()).as(hits.toString()).isEqualTo(200);
			assertThat(count(hits.json())).as(cache).isGreaterThanOrEqualTo(1);
		}
	}

	private static double count(JsonNode meter) {
		return meter.get("measurements").get(0).get("value").asDouble();
	}
}
