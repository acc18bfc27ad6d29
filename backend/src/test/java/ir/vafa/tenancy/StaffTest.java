package ir.vafa.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import ir.vafa.demo.DemoPrograms;
import ir.vafa.support.Api;
import ir.vafa.support.ApiTest;
import ir.vafa.support.TestTenant;
import ir.vafa.support.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** A tenant admin gives people of the shop their logins; each can do what their roles allow, in their tenant only. */
class StaffTest extends ApiTest {

	private static final Map<String, Object> REWARD = Map.of("code", "staff-socks", "kind", "FREE_PRODUCT",
			"name", Map.of("en", "Socks", "fa", "جوراب"), "costPoints", 100, "sku", "SOCKS-1");

	private TestTenant shop;

	@BeforeEach
	void aShop() {
		shop = tenant("staff", DemoPrograms.retail());
	}

	@Test
	void anAdminAddsACashierAndAMarketerWhoLogInWithTheirRolesAndNoMore() {
		String cashierName = "cashier@" + shop.slug() + ".example";
		String marketerName = "marketer@" + shop.slug() + ".example";

		Api.Reply cashier = shop.admin().post("/api/staff",
				Map.of("username", cashierName, "password", "Cashier-pass-1", "roles", List.of("cashier")));
		Api.Reply marketer = shop.admin().post("/api/staff",
				Map.of("username", marketerName, "email", marketerName, "roles", List.of("tenant-marketer")));

		assertThat(cashier.status()).as(cashier.toString()).isEqualTo(201);
		assertThat(cashier.json().get("password").isNull()).as("a password given is not answered").isTrue();
		assertThat(marketer.status()).as(marketer.toString()).isEqualTo(201);
		String generated = marketer.json().get("password").asString();
		assertThat(generated).hasSizeGreaterThanOrEqualTo(20);

		Api asCashier = new Api(port, Tokens.user(cashierName, "Cashier-pass-1"));
		Api asMarketer = new Api(port, Tokens.user(marketerName, generated));
		assertThat(asCashier.get("/api/catalog/rewards").status()).isEqualTo(200);
		assertThat(asCashier.post("/api/catalog/rewards", REWARD).status()).isEqualTo(403);
		assertThat(asMarketer.post("/api/catalog/rewards", REWARD).status()).isEqualTo(201);
		assertThat(asMarketer.post("/api/members/" + enroll(shop, "ST-1") + "/reservations",
				Map.of("reward", "staff-socks")).status()).isEqualTo(403);
		assertThat(asMarketer.get("/api/staff").status()).as("only admins manage staff").isEqualTo(403);

		JsonNode staff = shop.admin().get("/api/staff").json();
		assertThat(staff).extracting(s -> s.get("username").asString())
			.containsExactly(shop.adminUsername(), cashierName, marketerName);
		assertThat(staff.get(1).get("roles")).extracting(JsonNode::asString).containsExactly("cashier");
		assertThat(staff.get(2).get("roles")).extracting(JsonNode::asString).containsExactly("tenant-marketer");
		assertThat(staff.get(2).get("email").asString()).isEqualTo(marketerName);
		assertThat(staff).allSatisfy(s -> assertThat(s.get("password").isNull()).isTrue());
	}

	@Test
	void aTakenUsernameIs409AndRolesOutsideTheTenantsAre400() {
		String name = "clerk@" + shop.slug() + ".example";
		shop.admin().post("/api/staff", Map.of("username", name, "roles", List.of("cashier")));

		Api.Reply again = shop.admin().post("/api/staff", Map.of("username", name, "roles", List.of("cashier")));
		Api.Reply support = shop.admin().post("/api/staff",
				Map.of("username", "x-" + name, "roles", List.of("platform-support")));
		Api.Reply none = shop.admin().post("/api/staff", Map.of("username", "y-" + name, "roles", List.of()));
		Api.Reply shortPassword = shop.admin().post("/api/staff",
				Map.of("username", "z-" + name, "password", "short", "roles", List.of("cashier")));

		assertThat(again.status()).as(again.toString()).isEqualTo(409);
		assertThat(again.fields()).containsExactly("username");
		assertThat(support.status()).isEqualTo(400);
		assertThat(support.fields()).singleElement().asString().startsWith("roles");
		assertThat(none.status()).isEqualTo(400);
		assertThat(none.fields()).containsExactly("roles");
		assertThat(shortPassword.fields()).containsExactly("password");
		Api.Reply blank = shop.admin().post("/api/staff",
				Map.of("username", "w-" + name, "password", "           ", "roles", List.of("cashier")));
		assertThat(blank.status()).as(blank.toString()).isEqualTo(400);
		assertThat(blank.fields()).containsExactly("password");
		assertThat(shop.admin().get("/api/staff").json()).hasSize(2);
	}

	@Test
	void anotherTenantsAdminNeitherSeesNorAddsThisTenantsStaff() {
		shop.admin().post("/api/staff",
				Map.of("username", "seller@" + shop.slug() + ".example", "roles", List.of("cashier")));
		TestTenant other = tenant("staff-other", DemoPrograms.retail());

		assertThat(other.admin().get("/api/staff").json()).extracting(s -> s.get("username").asString())
			.containsExactly(other.adminUsername());
		assertThat(shop.pos().get("/api/staff").status()).as("a till is no admin").isEqualTo(403);
		assertThat(support().get("/api/staff").status()).as("support staff hold no tenant").isEqualTo(403);
	}
}
