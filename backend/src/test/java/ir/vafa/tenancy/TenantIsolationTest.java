package ir.vafa.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import ir.vafa.demo.DemoPrograms;
import ir.vafa.support.Api;
import ir.vafa.support.ApiTest;
import ir.vafa.support.TestTenant;
import ir.vafa.support.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every endpoint, called with a foreign tenant's token, neither shows nor changes the owner's data. The tenant
 * comes from the token only.
 */
class TenantIsolationTest extends ApiTest {

	private TestTenant owner;
	private TestTenant foreign;
	private UUID member;

	@BeforeEach
	void twoTenants() {
		owner = tenant("owner", DemoPrograms.retail());
		foreign = tenant("foreign", DemoPrograms.cafe());
		member = enroll(owner, "OWN-1");
		Api.Reply bought = owner.pos().post("/api/purchases",
				purchase("p-1", "OWN-1", Instant.now(), line("TV", "electronics", 1, "2000000")));
		assertThat(bought.status()).isEqualTo(200);
	}

	@Test
	void membersOfAnotherTenantCannotBeSeen() {
		Api pos = foreign.pos();
		assertThat(pos.get("/api/members/" + member).status()).isEqualTo(404);
		assertThat(pos.get("/api/members?cardNumber=OWN-1").status()).isEqualTo(404);
		assertThat(pos.get("/api/members/" + member + "/balance").status()).isEqualTo(404);
		assertThat(pos.get("/api/members/" + member + "/history").status()).isEqualTo(404);
		assertThat(pos.get("/api/members/" + member + "/cards").status()).isEqualTo(404);
		assertThat(pos.get("/api/members/" + member + "/rewards").status()).isEqualTo(404);
		assertThat(pos.get("/api/members/" + member + "/lots").status()).isEqualTo(404);
		assertThat(pos.get("/api/members/" + member + "/tier").status()).isEqualTo(404);
		assertThat(pos.get("/api/members/" + member + "/tier/history").status()).isEqualTo(404);
	}

	@Test
	void aDryRunCannotReadAnotherTenantsMember() {
		Api.Reply tried = foreign.admin().post("/api/program/dry-run", Map.of("version", 1, "member",
				Map.of("id", member.toString()), "purchase", Map.of("store", "s", "channel", "pos", "occurredAt",
						Instant.now().toString(), "currency", "IRR", "total", 100000, "lines", java.util.List.of(
								Map.of("sku", "LATTE", "category", "coffee", "quantity", 1, "unitPrice", 100000)))));

		assertThat(tried.status()).isEqualTo(422);
		assertThat(tried.fields()).containsExactly("member.id");
	}

	@Test
	void pointsOfAnotherTenantsMemberCannotBeSpentOrAdjusted() {
		assertThat(foreign.pos().post("/api/members/" + member + "/redemptions", Map.of("points", 1)).status())
			.isEqualTo(404);
		assertThat(foreign.admin().post("/api/members/" + member + "/adjustments", Map.of("points", 500, "reason", "x"))
			.status()).isEqualTo(404);
		assertThat(balance(owner, member)).isEqualTo(400);
	}

	@Test
	void purchasesOfAnotherTenantCannotBeSeenOrReturned() {
		assertThat(foreign.pos().get("/api/purchases/p-1").status()).isEqualTo(404);
		Api.Reply giveBack = foreign.pos().post("/api/purchases/p-1/returns",
				Map.of("returnId", "steal", "lines", new Object[] { Map.of("lineNo", 1, "quantity", 1) }));
		assertThat(giveBack.status()).isEqualTo(404);
		assertThat(balance(owner, member)).isEqualTo(400);
	}

	@Test
	void aPurchaseCannotNameAnotherTenantsMemberAndExternalIdsArePerTenant() {
		Api.Reply byCard = foreign.pos().post("/api/purchases",
				purchase("p-1", "OWN-1", Instant.now(), line("LATTE", "coffee", 1, "100000")));
		assertThat(byCard.status()).isEqualTo(422);
		assertThat(byCard.fields()).containsExactly("member.cardNumber");

		Api.Reply sameId = foreign.pos().post("/api/purchases",
				purchase("p-1", null, Instant.now(), line("LATTE", "coffee", 1, "100000")));
		assertThat(sameId.status()).isEqualTo(200);
		assertThat(owner.pos().get("/api/purchases/p-1").json().get("pointsEarned").asLong()).isEqualTo(400);
	}

	@Test
	void aMemberIdThisNodeRemembersForOneTenantIsUnknownToAnother() {
		Map<String, Object> ownersById = purchase("p-by-id", null, Instant.now(), line("TV", "electronics", 1, "100000"));
		ownersById.put("member", Map.of("id", member.toString()));
		assertThat(owner.pos().post("/api/purchases", ownersById).status()).isEqualTo(200);

		Map<String, Object> foreignById = purchase("p-by-id", null, Instant.now(), line("LATTE", "coffee", 1, "100000"));
		foreignById.put("member", Map.of("id", member.toString()));
		Api.Reply reply = foreign.pos().post("/api/purchases", foreignById);

		assertThat(reply.status()).isEqualTo(422);
		assertThat(reply.fields()).containsExactly("member.id");
		assertThat(foreign.pos().get("/api/purchases/p-by-id").status()).isEqualTo(404);
		assertThat(balance(owner, member)).isEqualTo(420);
	}

	@Test
	void aTenantFieldInTheBodyIsIgnored() {
		Api.Reply enrolled = foreign.pos().post("/api/members",
				Map.of("cardNumber", "SNEAK-1", "tenantId", owner.id().toString(), "tenant_id", owner.id().toString()));
		assertThat(enrolled.status()).isEqualTo(201);

		assertThat(owner.pos().get("/api/members?cardNumber=SNEAK-1").status()).isEqualTo(404);
		assertThat(foreign.pos().get("/api/members?cardNumber=SNEAK-1").status()).isEqualTo(200);
	}

	@Test
	void programsArePerTenant() {
		assertThat(foreign.admin().get("/api/program").json().get("name").asString()).isEqualTo("Café Vafa club");
		assertThat(owner.admin().get("/api/program").json().get("name").asString()).isEqualTo("Vafa Retail rewards");
		assertThat(foreign.admin().put("/api/program", DemoPrograms.cafe()).json().get("version").asInt()).isEqualTo(2);
		assertThat(owner.admin().get("/api/program").json().get("version").asInt()).isEqualTo(1);
		assertThat(foreign.admin().get("/api/program/versions/1").json().get("name").asString()).isEqualTo("Café Vafa club");
	}

	@Test
	void tenantTokensCannotReachSupportEndpointsAndSupportHasNoTenant() {
		assertThat(owner.admin().get("/api/support/tenants").status()).isEqualTo(403);
		assertThat(owner.admin().get("/api/support/jobs").status()).isEqualTo(403);
		assertThat(owner.admin().post("/api/support/jobs/points-expiry/runs", Map.of()).status()).isEqualTo(403);
		assertThat(owner.pos().post("/api/support/tenants/" + foreign.id() + "/suspension", Map.of()).status())
			.isEqualTo(403);
		Api.Reply supportAsTenant = support().get("/api/members/" + member);
		assertThat(supportAsTenant.status()).isEqualTo(403);
		assertThat(supportAsTenant.contentType()).startsWith("application/problem+json");
	}

	@Test
	void callsWithoutAValidTokenAreRefused() {
		Api.Reply none = anonymous().get("/api/members/" + member);
		assertThat(none.status()).isEqualTo(401);
		assertThat(none.contentType()).startsWith("application/problem+json");
		assertThat(new Api(port, "not-a-jwt").get("/api/members/" + member).status()).isEqualTo(401);
	}

	@Test
	void aSuspendedTenantsCallsAreRefusedUntilItIsReactivated() {
		String token = Tokens.client(foreign.posClientId(), foreign.posClientSecret());
		assertThat(support().post("/api/support/tenants/" + foreign.id() + "/suspension", Map.of()).status())
			.isEqualTo(200);

		Api.Reply refused = new Api(port, token).get("/api/program");
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.json().get("detail").asString()).contains("suspended");
		assertThat(Tokens.tryClient(foreign.posClientId(), foreign.posClientSecret()).statusCode()).isNotEqualTo(200);

		assertThat(support().post("/api/support/tenants/" + foreign.id() + "/reactivation", Map.of()).status())
			.isEqualTo(200);
		assertThat(Tokens.tryClient(foreign.posClientId(), foreign.posClientSecret()).statusCode()).isEqualTo(200);
		assertThat(new Api(port, token).get("/api/members?cardNumber=NOPE").status()).isEqualTo(404);
	}
}
