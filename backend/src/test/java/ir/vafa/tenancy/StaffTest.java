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
	void anAdminChangesACashiersRolesAndDisablesThemAndThenTheyCannotLogIn() {
		String name = "leaver@" + shop.slug() + ".example";
		String id = shop.admin().post("/api/staff",
				Map.of("username", name, "password", "Leaver-pass-1", "roles", List.of("cashier"))).json().get("id").asString();

		Api.Reply promoted = shop.admin().patch("/api/staff/" + id, Map.of("roles", List.of("cashier", "tenant-analyst")));
		assertThat(promoted.status()).as(promoted.toString()).isEqualTo(200);
		assertThat(promoted.json().get("roles")).extracting(JsonNode::asString).containsExactly("cashier", "tenant-analyst");
		assertThat(promoted.json().get("enabled").asBoolean()).isTrue();
		assertThat(Tokens.tryUser(name, "Leaver-pass-1").statusCode()).isEqualTo(200);

		Api.Reply disabled = shop.admin().patch("/api/staff/" + id, Map.of("enabled", false));

		assertThat(disabled.status()).as(disabled.toString()).isEqualTo(200);
		assertThat(disabled.json().get("enabled").asBoolean()).isFalse();
		assertThat(disabled.json().get("roles")).as("left out: unchanged").hasSize(2);
		assertThat(Tokens.tryUser(name, "Leaver-pass-1").statusCode()).as("no new logins").isEqualTo(400);
		JsonNode listed = shop.admin().get("/api/staff").json();
		assertThat(listed).filteredOn(s -> s.get("username").asString().equals(name))
			.singleElement().satisfies(s -> assertThat(s.get("enabled").asBoolean()).isFalse());

		assertThat(shop.admin().patch("/api/staff/" + id, Map.of("enabled", true)).status()).isEqualTo(200);
		assertThat(Tokens.tryUser(name, "Leaver-pass-1").statusCode()).as("back in").isEqualTo(200);
	}

	@Test
	void anAdminCannotLockThemselvesOutAndBadChangesAre400() {
		JsonNode me = shop.admin().get("/api/staff").json().get(0);
		String myId = me.get("id").asString();

		Api.Reply disableMe = shop.admin().patch("/api/staff/" + myId, Map.of("enabled", false));
		Api.Reply demoteMe = shop.admin().patch("/api/staff/" + myId, Map.of("roles", List.of("cashier")));
		Api.Reply noRoles = shop.admin().patch("/api/staff/" + myId, Map.of("roles", List.of()));
		Api.Reply support = shop.admin().patch("/api/staff/" + myId, Map.of("roles", List.of("platform-support")));

		assertThat(disableMe.status()).as(disableMe.toString()).isEqualTo(409);
		assertThat(disableMe.fields()).containsExactly("enabled");
		assertThat(demoteMe.status()).isEqualTo(409);
		assertThat(demoteMe.fields()).containsExactly("roles");
		assertThat(noRoles.status()).isEqualTo(400);
		assertThat(noRoles.fields()).containsExactly("roles");
		assertThat(support.status()).isEqualTo(400);
		assertThat(shop.admin().get("/api/staff").json().get(0).get("roles")).extracting(JsonNode::asString)
			.as("nothing changed").containsExactly("tenant-admin");
	}

	@Test
	void anotherTenantsAdminNeitherSeesNorAddsThisTenantsStaff() {
		shop.admin().post("/api/staff",
				Map.of("username", "seller@" + shop.slug() + ".example", "roles", List.of("cashier")));
		TestTenant other = tenant("staff-other", DemoPrograms.retail());

		assertThat(other.admin().get("/api/staff").json()).extracting(s -> s.get("username").asString())
			.containsExactly(other.adminUsername());
		String theirs = shop.admin().get("/api/staff").json().get(0).get("id").asString();
		Api.Reply foreign = other.admin().patch("/api/staff/" + theirs, Map.of("enabled", false));
		assertThat(foreign.status()).as("another tenant's user is not found").isEqualTo(404);
		assertThat(shop.admin().get("/api/staff").json()).allSatisfy(s -> assertThat(s.get("enabled").asBoolean()).isTrue());
		assertThat(shop.pos().patch("/api/staff/" + theirs, Map.of("enabled", false)).status()).isEqualTo(403);
		assertThat(shop.pos().get("/api/staff").status()).as("a till is no admin").isEqualTo(403);
		assertThat(support().get("/api/staff").status()).as("support staff hold no tenant").isEqualTo(403);
	}
}
