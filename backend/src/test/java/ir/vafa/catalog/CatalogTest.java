package ir.vafa.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ir.vafa.demo.DemoPrograms;
import ir.vafa.support.Api;
import ir.vafa.support.ApiTest;
import ir.vafa.support.TestTenant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The rewards catalog through the API: what a merchant adds, changes and archives, and what every till reads. */
class CatalogTest extends ApiTest {

	@org.springframework.beans.factory.annotation.Autowired
	private JsonMapper json;

	private TestTenant retail;

	@BeforeEach
	void aRetailTenant() {
		retail = tenant("catalog", DemoPrograms.retail());
	}

	@Test
	void aRewardAddedByTheAdminIsReadByTheTillsAtRevisionOne() {
		Api.Reply created = retail.admin().post("/api/catalog/rewards", tenPercentOff());

		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		assertThat(created.etag()).isEqualTo("\"1\"");
		JsonNode reward = created.json();
		assertThat(reward.at("/definition/code").asString()).isEqualTo("ten-percent-off");
		assertThat(reward.at("/definition/discount/percent").decimalValue()).isEqualByComparingTo("10");
		assertThat(reward.at("/definition/tiers/1").asString()).isEqualTo("gold");
		assertThat(reward.get("remaining").asInt()).isEqualTo(1000);
		assertThat(reward.get("issued").asInt()).isZero();
		assertThat(reward.get("available").asBoolean()).isTrue();
		assertThat(reward.get("createdBy").asString()).isNotBlank();

		Api.Reply read = retail.pos().get("/api/catalog/rewards/ten-percent-off");
		assertThat(read.status()).as(read.toString()).isEqualTo(200);
		assertThat(read.json().get("definition")).isEqualTo(reward.get("definition"));
		assertThat(retail.pos().get("/api/catalog/rewards").json()).extracting(r -> r.at("/definition/code").asString())
			.containsExactly("ten-percent-off");
	}

	@Test
	void eachKindKeepsItsOwnDetails() {
		Instant eventAt = Instant.now().plus(30, ChronoUnit.DAYS);
		List<Map<String, Object>> kinds = List.of(
				reward("free-socks", "FREE_PRODUCT", 300, Map.of("sku", "SOCKS-1")),
				reward("free-shipping", "FREE_SHIPPING", 200, Map.of()),
				reward("workshop", "EXPERIENCE", 2000, Map.of("experience",
						Map.of("startsAt", eventAt.toString(), "place", Map.of("en", "Tehran store", "fa", "فروشگاه تهران")),
						"stock", Map.of("total", 12))),
				reward("mahak", "DONATION", 100, Map.of("donation",
						Map.of("charity", Map.of("en", "Mahak", "fa", "محک"), "perPoint", irr(1000)))),
				reward("gift-card", "GIFT_CARD", 5000, Map.of("value", irr(5000000))),
				reward("fixed-off", "DISCOUNT", 800, Map.of("discount",
						Map.of("type", "AMOUNT", "amount", irr(1000000), "categories", List.of("shoes")))));

		for (Map<String, Object> kind : kinds) {
			Api.Reply created = retail.admin().post("/api/catalog/rewards", kind);
			assertThat(created.status()).as(created.toString()).isEqualTo(201);
		}

		JsonNode list = retail.admin().get("/api/catalog/rewards").json();
		assertThat(list).extracting(r -> r.at("/definition/code").asString())
			.containsExactly("fixed-off", "free-shipping", "free-socks", "gift-card", "mahak", "workshop");
		assertThat(list.get(5).at("/definition/experience/startsAt").asString()).isEqualTo(eventAt.toString());
		assertThat(list.get(5).get("remaining").asInt()).isEqualTo(12);
		assertThat(list.get(4).at("/definition/donation/perPoint/amount").decimalValue()).isEqualByComparingTo("1000");
		assertThat(list.get(1).get("remaining").isNull()).as("no stock given: unlimited").isTrue();
	}

	@Test
	void malformedRewardsAre400NamingEachFieldAndNothingIsStored() {
		Map<String, Object> bad = new LinkedHashMap<>(tenPercentOff());
		bad.put("costPoints", -5);
		bad.put("stock", Map.of("total", -1, "perMember", 2));
		bad.put("voucherValidDays", 0);

		Api.Reply refused = retail.admin().post("/api/catalog/rewards", bad);

		assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
		assertThat(refused.contentType()).startsWith("application/problem+json");
		assertThat(refused.fields()).containsExactlyInAnyOrder("costPoints", "stock.total", "voucherValidDays");

		// once each field is well formed, the reward as a whole
		Map<String, Object> inconsistent = new LinkedHashMap<>(tenPercentOff());
		inconsistent.put("stock", Map.of("total", 10, "perMember", 2));
		inconsistent.put("validFrom", "2026-06-01T00:00:00Z");
		inconsistent.put("validUntil", "2026-01-01T00:00:00Z");
		inconsistent.put("sku", "SOCKS-1");
		inconsistent.put("discount", Map.of("type", "PERCENT"));
		Api.Reply checked = retail.admin().post("/api/catalog/rewards", inconsistent);
		assertThat(checked.status()).as(checked.toString()).isEqualTo(400);
		assertThat(checked.fields()).containsExactlyInAnyOrder("validUntil", "sku", "stock.perMemberPeriod",
				"discount.percent");

		assertThat(retail.admin().post("/api/catalog/rewards", reward("far-off", "FREE_SHIPPING", 1,
				Map.of("validUntil", "+20000-01-01T00:00:00Z"))).fields()).containsExactly("validUntil");
		assertThat(retail.admin().post("/api/catalog/rewards", reward("Bad Code", "FREE_SHIPPING", 1, Map.of())).fields())
			.containsExactly("code");
		Map<String, Object> noCode = reward("x", "FREE_SHIPPING", 1, Map.of());
		noCode.remove("code");
		assertThat(retail.admin().post("/api/catalog/rewards", noCode).fields()).containsExactly("code");
		assertThat(retail.admin().post("/api/catalog/rewards", reward("workshop", "EXPERIENCE", 1,
				Map.of("experience", Map.of("startsAt", "2027-01-01T10:00:00Z")))).fields()).containsExactly("stock.total");

		assertThat(retail.admin().get("/api/catalog/rewards?archived=true").json()).isEmpty();
		assertThat(retail.admin().get("/api/catalog/rewards/ten-percent-off/changes").status()).isEqualTo(404);
	}

	@Test
	void tiersAndAmountsTheProgramDoesNotKnowAre422() {
		Map<String, Object> platinum = new LinkedHashMap<>(tenPercentOff());
		platinum.put("tiers", List.of("gold", "platinum"));
		Api.Reply tier = retail.admin().post("/api/catalog/rewards", platinum);
		assertThat(tier.status()).as(tier.toString()).isEqualTo(422);
		assertThat(tier.fields()).containsExactly("tiers[1]");

		Map<String, Object> euros = new LinkedHashMap<>(tenPercentOff());
		euros.put("discount", Map.of("type", "PERCENT", "percent", 10, "cap", Map.of("amount", 10, "currency", "EUR")));
		Api.Reply currency = retail.admin().post("/api/catalog/rewards", euros);
		assertThat(currency.status()).as(currency.toString()).isEqualTo(422);
		assertThat(currency.fields()).containsExactly("discount.cap.currency");

		assertThat(retail.admin().get("/api/catalog/rewards/ten-percent-off").status()).isEqualTo(404);
	}

	@Test
	void aRewardKeepsItsCodeAndAnUnknownOneIs404() {
		retail.admin().post("/api/catalog/rewards", tenPercentOff());
		Map<String, Object> renamed = new LinkedHashMap<>(tenPercentOff());
		renamed.put("code", "renamed");

		Api.Reply refused = retail.admin().put("/api/catalog/rewards/ten-percent-off", renamed);

		assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
		assertThat(refused.fields()).containsExactly("code");
		assertThat(retail.admin().put("/api/catalog/rewards/nothing-here", tenPercentOff()).status()).isEqualTo(404);
	}

	@Test
	void aCodeIsTheTenantsOnce() {
		retail.admin().post("/api/catalog/rewards", tenPercentOff());

		Api.Reply again = retail.admin().post("/api/catalog/rewards", tenPercentOff());

		assertThat(again.status()).as(again.toString()).isEqualTo(409);
		assertThat(again.fields()).containsExactly("code");
		assertThat(retail.admin().get("/api/catalog/rewards/ten-percent-off/changes").json()).hasSize(1);
	}

	@Test
	void aChangeNamesTheRevisionItReadAndIsLoggedWithItsActor() {
		retail.admin().post("/api/catalog/rewards", tenPercentOff());
		Map<String, Object> dearer = new LinkedHashMap<>(tenPercentOff());
		dearer.remove("code");
		dearer.put("costPoints", 700);

		Api.Reply changed = retail.admin().put("/api/catalog/rewards/ten-percent-off", dearer, "If-Match", "\"1\"");
		assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
		assertThat(changed.etag()).isEqualTo("\"2\"");
		assertThat(changed.json().at("/definition/costPoints").asInt()).isEqualTo(700);

		dearer.put("costPoints", 900);
		Api.Reply stale = retail.admin().put("/api/catalog/rewards/ten-percent-off", dearer, "If-Match", "\"1\"");
		assertThat(stale.status()).as(stale.toString()).isEqualTo(412);
		assertThat(stale.contentType()).startsWith("application/problem+json");
		assertThat(retail.admin().get("/api/catalog/rewards/ten-percent-off").json().at("/definition/costPoints").asInt())
			.isEqualTo(700);

		dearer.put("costPoints", 800);
		Api.Reply anyRevision = retail.admin().put("/api/catalog/rewards/ten-percent-off", dearer, "If-Match", "*");
		assertThat(anyRevision.status()).as("* matches whatever revision it is at").isEqualTo(200);
		assertThat(anyRevision.etag()).isEqualTo("\"3\"");

		JsonNode changes = retail.admin().get("/api/catalog/rewards/ten-percent-off/changes").json();
		assertThat(changes).extracting(c -> c.get("action").asString()).containsExactly("UPDATED", "UPDATED", "CREATED");
		assertThat(changes.get(1).at("/before/costPoints").asInt()).isEqualTo(500);
		assertThat(changes.get(1).at("/after/costPoints").asInt()).isEqualTo(700);
		assertThat(changes.get(0).get("actor").asString()).isEqualTo(changes.get(2).get("actor").asString()).isNotBlank();
	}

	@Test
	void anArchivedRewardLeavesTheListAndComesBackWhenRestored() {
		retail.admin().post("/api/catalog/rewards", tenPercentOff());

		Api.Reply archived = retail.admin().post("/api/catalog/rewards/ten-percent-off/archive", Map.of());
		assertThat(archived.status()).as(archived.toString()).isEqualTo(200);
		assertThat(archived.json().get("archived").asBoolean()).isTrue();
		assertThat(archived.json().get("available").asBoolean()).isFalse();
		assertThat(retail.pos().get("/api/catalog/rewards").json()).isEmpty();
		assertThat(retail.pos().get("/api/catalog/rewards?archived=true").json()).hasSize(1);
		assertThat(retail.admin().post("/api/catalog/rewards/ten-percent-off/archive", Map.of()).etag())
			.as("archiving again changes nothing").isEqualTo("\"2\"");

		Api.Reply restored = retail.admin().post("/api/catalog/rewards/ten-percent-off/restore", Map.of());
		assertThat(restored.json().get("available").asBoolean()).isTrue();
		assertThat(retail.admin().get("/api/catalog/rewards/ten-percent-off/changes").json())
			.extracting(c -> c.get("action").asString()).containsExactly("RESTORED", "ARCHIVED", "CREATED");
	}

	@Test
	void aRewardOutsideItsValidityIsListedButNotAvailable() {
		Map<String, Object> later = new LinkedHashMap<>(tenPercentOff());
		later.put("validFrom", Instant.now().plus(10, ChronoUnit.DAYS).toString());
		later.put("validUntil", Instant.now().plus(20, ChronoUnit.DAYS).toString());

		JsonNode reward = retail.admin().post("/api/catalog/rewards", later).json();

		assertThat(reward.get("available").asBoolean()).isFalse();
		assertThat(reward.get("archived").asBoolean()).isFalse();
	}

	@Test
	void aRewardThatWouldEndBeforeItIsAddedIsRefusedAndNothingIsStored() {
		Map<String, Object> ended = new LinkedHashMap<>(tenPercentOff());
		ended.put("validUntil", Instant.now().minus(1, ChronoUnit.DAYS).toString());
		Map<String, Object> pastEvent = reward("old-workshop", "EXPERIENCE", 100, Map.of("stock", Map.of("total", 5),
				"experience", Map.of("startsAt", Instant.now().minus(1, ChronoUnit.HOURS).toString())));

		Api.Reply refused = retail.admin().post("/api/catalog/rewards", ended);
		Api.Reply refusedEvent = retail.admin().post("/api/catalog/rewards", pastEvent);

		assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
		assertThat(refused.fields()).containsExactly("validUntil");
		assertThat(refusedEvent.status()).as(refusedEvent.toString()).isEqualTo(422);
		assertThat(refusedEvent.fields()).containsExactly("experience.startsAt");
		assertThat(retail.admin().get("/api/catalog/rewards?archived=true").json()).isEmpty();

		retail.admin().post("/api/catalog/rewards", tenPercentOff());
		Map<String, Object> endedNow = new LinkedHashMap<>(tenPercentOff());
		endedNow.put("validUntil", Instant.now().minus(1, ChronoUnit.MINUTES).toString());
		Api.Reply changed = retail.admin().put("/api/catalog/rewards/ten-percent-off", endedNow);
		assertThat(changed.status()).as("to stop it now, archive it").isEqualTo(422);
		assertThat(changed.fields()).containsExactly("validUntil");
	}

	@Test
	void tillsReadTheCatalogButOnlyTheMerchantChangesIt() {
		Api.Reply byTill = retail.pos().post("/api/catalog/rewards", tenPercentOff());

		assertThat(byTill.status()).as(byTill.toString()).isEqualTo(403);
		assertThat(retail.admin().get("/api/catalog/rewards").json()).isEmpty();
	}

	@Test
	void anotherTenantsRewardsAreUnknown() {
		retail.admin().post("/api/catalog/rewards", tenPercentOff());
		TestTenant other = tenant("catalog-other", DemoPrograms.retail());
		Map<String, Object> change = new LinkedHashMap<>(tenPercentOff());
		change.put("costPoints", 1);

		assertThat(other.pos().get("/api/catalog/rewards").json()).isEmpty();
		assertThat(other.pos().get("/api/catalog/rewards/ten-percent-off").status()).isEqualTo(404);
		assertThat(other.admin().get("/api/catalog/rewards/ten-percent-off/changes").status()).isEqualTo(404);
		assertThat(other.admin().put("/api/catalog/rewards/ten-percent-off", change).status()).isEqualTo(404);
		assertThat(other.admin().post("/api/catalog/rewards/ten-percent-off/archive", Map.of()).status()).isEqualTo(404);
		assertThat(other.admin().post("/api/catalog/rewards/ten-percent-off/restore", Map.of()).status()).isEqualTo(404);
		assertThat(other.pos().post("/api/catalog/rewards/ten-percent-off/quote", order("IRR", 1000000)).status())
			.isEqualTo(404);
		// the other tenant may use the same code for a reward of its own
		assertThat(other.admin().post("/api/catalog/rewards", change).status()).isEqualTo(201);
		assertThat(retail.admin().get("/api/catalog/rewards/ten-percent-off").json().at("/definition/costPoints").asInt())
			.isEqualTo(500);
		assertThat(support().get("/api/catalog/rewards").status()).as("support staff hold no tenant").isEqualTo(403);
	}

	@Test
	void aTillIsToldWhatARewardTakesOffAnOrderAndNothingIsStored() {
		retail.admin().post("/api/catalog/rewards", tenPercentOff());
		Map<String, Object> order = Map.of("currency", "IRR", "lines", List.of(
				Map.of("sku", "COAT", "category", "clothing", "quantity", 1, "unitPrice", 25000000),
				Map.of("sku", "SCARF", "category", "clothing", "quantity", 2, "unitPrice", 3000000, "discount", 1000000)));

		Api.Reply quote = retail.pos().post("/api/catalog/rewards/ten-percent-off/quote", order);

		assertThat(quote.status()).as(quote.toString()).isEqualTo(200);
		JsonNode q = quote.json();
		assertThat(q.get("rewardCode").asString()).isEqualTo("ten-percent-off");
		assertThat(q.get("kind").asString()).isEqualTo("DISCOUNT");
		assertThat(q.get("applies").asBoolean()).isTrue();
		assertThat(q.get("amountOff").decimalValue()).as("10% of 30,000,000, capped").isEqualByComparingTo("2000000");
		assertThat(q.get("currency").asString()).isEqualTo("IRR");
		assertThat(q.at("/lines/0/lineNo").asInt()).isEqualTo(1);
		assertThat(q.at("/lines/0/amountOff").decimalValue()).isEqualByComparingTo("1666667");
		assertThat(q.at("/lines/1/sku").asString()).isEqualTo("SCARF");
		assertThat(q.at("/lines/1/amountOff").decimalValue()).isEqualByComparingTo("333333");
		assertThat(q.get("note").asString()).isEqualTo("10% of the order's 30000000, capped at 2000000");
		assertThat(retail.admin().get("/api/catalog/rewards/ten-percent-off").json().get("issued").asInt()).isZero();

		Api.Reply euros = retail.pos().post("/api/catalog/rewards/ten-percent-off/quote", order("EUR", 100));
		assertThat(euros.status()).as(euros.toString()).isEqualTo(422);
		assertThat(euros.contentType()).startsWith("application/problem+json");
		assertThat(euros.json().at("/errors/0/field").asString()).isEqualTo("currency");
		Api.Reply noLines = retail.pos().post("/api/catalog/rewards/ten-percent-off/quote",
				Map.of("currency", "IRR", "lines", List.of()));
		assertThat(noLines.status()).isEqualTo(400);
		assertThat(noLines.json().at("/errors/0/field").asString()).isEqualTo("lines");
		assertThat(retail.pos().post("/api/catalog/rewards/no-such/quote", order("IRR", 100)).status()).isEqualTo(404);
		assertThat(support().post("/api/catalog/rewards/ten-percent-off/quote", order("IRR", 100)).status())
			.as("support staff hold no tenant").isEqualTo(403);
	}

	private static Map<String, Object> order(String currency, long price) {
		return Map.of("currency", currency,
				"lines", List.of(Map.of("sku", "COAT", "category", "clothing", "quantity", 1, "unitPrice", price)));
	}

	@Test
	void theStoredFormatOfVersionOneIsStillReadByTheApplicationsMapper() throws IOException {
		try (InputStream fixture = getClass().getResourceAsStream("/catalog/reward-v1.json")) {
			RewardDefinition reward = json.readValue(fixture, RewardDefinition.class);
			assertThat(reward.code()).isEqualTo("ten-percent-off");
			assertThat(reward.kind()).isEqualTo(RewardKind.DISCOUNT);
			assertThat(reward.discount().cap().amount()).isEqualByComparingTo("2000000");
			assertThat(reward.stock().perMemberPeriod()).isEqualTo(RewardDefinition.Stock.Period.MONTH);
			assertThat(reward.validFrom()).isEqualTo(Instant.parse("2026-11-30T20:30:00Z"));
			assertThat(reward.tiers()).containsExactly("silver", "gold");
		}
	}

	private static Map<String, Object> tenPercentOff() {
		return reward("ten-percent-off", "DISCOUNT", 500, Map.of(
				"discount", Map.of("type", "PERCENT", "percent", 10, "cap", irr(2000000)),
				"stock", Map.of("total", 1000, "perMember", 1, "perMemberPeriod", "MONTH"),
				"tiers", List.of("silver", "gold"),
				"imageUrl", "https://cdn.example.ir/rewards/ten-percent.png"));
	}

	private static Map<String, Object> reward(String code, String kind, int cost, Map<String, Object> details) {
		Map<String, Object> reward = new LinkedHashMap<>();
		reward.put("code", code);
		reward.put("kind", kind);
		reward.put("name", Map.of("en", "Reward " + code, "fa", "جایزه " + code));
		reward.put("costPoints", cost);
		reward.putAll(details);
		return reward;
	}

	private static Map<String, Object> irr(long amount) {
		return Map.of("amount", amount, "currency", "IRR");
	}
}
