package ir.vafa.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import ir.vafa.support.Api;
import ir.vafa.support.ApiTest;
import ir.vafa.support.TestTenant;
import ir.vafa.support.Tokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Support staff open tenants; each opening provisions Keycloak and is audited. */
class SupportApiTest extends ApiTest {

	@Autowired
	JdbcClient jdbc;

	@Test
	void openingATenantGivesItsPosClientATokenForThatTenantAndIsAudited() {
		TestTenant tenant = tenant("opened");

		Api.Reply read = support().get("/api/support/tenants/" + tenant.id());
		assertThat(read.json().get("posClientId").asString()).isEqualTo(tenant.posClientId());
		assertThat(read.json().get("status").asString()).isEqualTo("ACTIVE");
		String claims = new String(java.util.Base64.getUrlDecoder()
			.decode(Tokens.client(tenant.posClientId(), tenant.posClientSecret()).split("\\.")[1]));
		assertThat(claims).contains("\"tenant_id\":\"" + tenant.id() + "\"").contains("cashier");
		assertThat(jdbc.sql("SELECT actor FROM support_audit WHERE tenant_id = ? AND action = 'tenant.create'")
			.param(tenant.id()).query(String.class).single()).isEqualTo("support");
	}

	@Test
	void aTakenSlugIsAConflictAndABadOneIsNamed() {
		TestTenant tenant = tenant("taken");
		Api.Reply again = support().post("/api/support/tenants",
				Map.of("slug", tenant.slug(), "name", "Again", "adminEmail", "x@again.example"));
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.fields()).containsExactly("slug");

		Api.Reply bad = support().post("/api/support/tenants",
				Map.of("slug", "Not A Slug", "name", "Bad", "adminEmail", "not-an-email"));
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.fields()).containsExactlyInAnyOrder("slug", "adminEmail");
		assertThat(support().get("/api/support/tenants").json().findValuesAsString("name")).doesNotContain("Bad");
	}
}
