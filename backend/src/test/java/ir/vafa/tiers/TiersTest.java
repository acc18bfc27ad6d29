package ir.vafa.tiers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import ir.vafa.demo.DemoPrograms;
import ir.vafa.support.Api;
import ir.vafa.support.ApiTest;
import ir.vafa.support.TestClock;
import ir.vafa.support.TestTenant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The retail demo's ladder: bronze by default, silver from 20,000,000 IRR of spend in the last 12 months, gold from
 * 100,000,000; silver earns x1.5 and gold x2 on spend points; a 30-day grace period.
 */
class TiersTest extends ApiTest {

	private TestTenant retail;
	private UUID member;

	@BeforeEach
	void aRetailMember() {
		retail = tenant("tiers", DemoPrograms.retail());
		member = enroll(retail, "T-1");
	}

	@Test
	void crossingSilverMakesTheMemberSilverInThatReceiptAndTheNextPurchaseEarnsTimesOneAndAHalf() {
		buy("t-1", "19000000");
		JsonNode crossing = buy("t-2", "2000000");

		assertThat(crossing.at("/tier/id").asString()).isEqualTo("silver");
		assertThat(crossing.at("/tier/upgradedFrom").asString()).isEqualTo("bronze");
		assertThat(crossing.at("/tier/name/fa").asString()).isEqualTo("نقره‌ای");
		assertThat(crossing.get("pointsEarned").asLong()).as("earned at the old tier").isEqualTo(200);

		JsonNode next = buy("t-3", "1000000");
		assertThat(next.get("pointsEarned").asLong()).isEqualTo(150);
		assertThat(next.get("awards")).anySatisfy(a -> {
			assertThat(a.get("ruleId").asString()).isEqualTo("tier:silver");
			assertThat(a.get("points").asLong()).isEqualTo(50);
		});
		assertThat(retail.pos().get("/api/purchases/t-2").json()).as("a retry answers the same receipt")
			.isEqualTo(crossing);
	}

	@Test
	void returningThePurchaseThatCrossedSilverTakesTheMemberBackToBronze() {
		buy("t-1", "19000000");
		buy("t-2", "2000000");

		Api.Reply returned = retail.pos().post("/api/purchases/t-2/returns",
				Map.of("returnId", "t-2-back", "lines", new Object[] { Map.of("lineNo", 1, "quantity", 1) }));

		assertThat(returned.status()).as(returned.toString()).isEqualTo(200);
		assertThat(returned.json().at("/tier/from").asString()).isEqualTo("silver");
		assertThat(returned.json().at("/tier/to").asString()).isEqualTo("bronze");
		JsonNode tier = tier();
		assertThat(tier.get("tierId").asString()).isEqualTo("bronze");
		assertThat(tier.get("value").decimalValue()).isEqualByComparingTo("19000000");
		assertThat(tier.at("/next/distance").decimalValue()).isEqualByComparingTo("1000000");
		assertThat(history()).anySatisfy(h -> assertThat(h.get("reason").asString()).isEqualTo("RETURN"));
	}

	@Test
	void withNoQualifyingSpendInTheWindowTheJobDowngradesOnlyOnceTheGracePeriodHasPassed() {
		buy("t-1", "25000000");
		assertThat(tier().get("tierId").asString()).isEqualTo("silver");

		TestClock.shift(Duration.ofDays(370));
		requalify();
		JsonNode inGrace = tier();
		assertThat(inGrace.get("tierId").asString()).as("kept through the grace period").isEqualTo("silver");
		assertThat(inGrace.get("graceUntil").isNull()).isFalse();

		TestClock.shift(Duration.ofDays(29));
		requalify();
		assertThat(tier().get("tierId").asString()).isEqualTo("silver");

		TestClock.shift(Duration.ofDays(2));
		JsonNode run = requalify();
		assertThat(run.at("/counts/movedDown").asLong()).isGreaterThanOrEqualTo(1);
		assertThat(tier().get("tierId").asString()).isEqualTo("bronze");
		assertThat(history()).extracting(h -> h.get("reason").asString())
			.containsSubsequence("DOWNGRADE", "GRACE_STARTED", "UPGRADE");
	}

	@Test
	void spendingAgainDuringTheGracePeriodEndsIt() {
		buy("t-1", "25000000");
		TestClock.shift(Duration.ofDays(370));
		requalify();

		JsonNode again = buy("t-2", "21000000", TestClock.now());

		assertThat(again.at("/tier/id").asString()).isEqualTo("silver");
		assertThat(tier().get("graceUntil").isNull()).isTrue();
	}

	@Test
	void theMemberSeesTheirProgressTheDistanceToTheNextTierAndWhatKeepsTheirs() {
		buy("t-1", "30000000");

		JsonNode tier = tier();

		assertThat(tier.get("tierId").asString()).isEqualTo("silver");
		assertThat(tier.get("metric").asString()).isEqualTo("SPEND");
		assertThat(tier.get("value").decimalValue()).isEqualByComparingTo("30000000");
		assertThat(tier.at("/next/tierId").asString()).isEqualTo("gold");
		assertThat(tier.at("/next/distance").decimalValue()).isEqualByComparingTo("70000000");
		assertThat(tier.at("/keep/threshold").decimalValue()).isEqualByComparingTo("20000000");
		assertThat(tier.at("/keep/needed").decimalValue()).isEqualByComparingTo("20000000");
		assertThat(tier.at("/keep/by").asString()).isNotBlank();
	}

	@Test
	void aPlacementByHandShowsAsSuchAndIsNoFloorOnceItEnds() {
		Api.Reply placed = retail.admin().post("/api/members/" + member + "/tier/assignment", Map.of("tierId", "gold",
				"until", TestClock.now().plus(Duration.ofDays(10)).toString(), "reason", "press partner"));
		assertThat(placed.status()).as(placed.toString()).isEqualTo(200);
		assertThat(placed.json().get("tierId").asString()).isEqualTo("gold");
		assertThat(placed.json().at("/assignment/reason").asString()).isEqualTo("press partner");
		assertThat(buy("t-1", "1000000").get("pointsEarned").asLong()).as("gold earns double").isEqualTo(200);

		TestClock.shift(Duration.ofDays(11));
		JsonNode run = requalify();

		assertThat(run.at("/counts/placementsEnded").asLong()).isGreaterThanOrEqualTo(1);
		JsonNode after = tier();
		assertThat(after.get("tierId").asString()).isEqualTo("bronze");
		assertThat(after.get("assignment").isNull()).isTrue();
		assertThat(history()).extracting(h -> h.get("reason").asString()).contains("MANUAL", "MANUAL_ENDED");
	}

	@Test
	void aPlacementNeedsATierOfTheLadderAFutureEndAndAReasonAndOnlyAdminsMakeIt() {
		Api admin = retail.admin();
		String path = "/api/members/" + member + "/tier/assignment";
		String later = TestClock.now().plus(Duration.ofDays(1)).toString();

		assertThat(admin.post(path, Map.of("tierId", "platinum", "until", later, "reason", "x")).fields())
			.containsExactly("tierId");
		assertThat(admin.post(path, Map.of("tierId", "gold", "until", Instant.now().minusSeconds(60).toString(),
				"reason", "x")).fields()).containsExactly("until");
		assertThat(admin.post(path, Map.of("tierId", "gold", "until", later, "reason", " ")).fields())
			.containsExactly("reason");
		assertThat(retail.pos().post(path, Map.of("tierId", "gold", "until", later, "reason", "x")).status())
			.isEqualTo(403);
		assertThat(history()).isEmpty();
	}

	@Test
	void anotherTenantCannotSeeOrPlaceThisMembersTier() {
		TestTenant foreign = tenant("tiers-foreign", DemoPrograms.retail());
		buy("t-1", "25000000");

		assertThat(foreign.pos().get("/api/members/" + member + "/tier").status()).isEqualTo(404);
		assertThat(foreign.pos().get("/api/members/" + member + "/tier/history").status()).isEqualTo(404);
		assertThat(foreign.admin().post("/api/members/" + member + "/tier/assignment", Map.of("tierId", "gold",
				"until", TestClock.now().plus(Duration.ofDays(1)).toString(), "reason", "x")).status()).isEqualTo(404);
		assertThat(tier().get("tierId").asString()).isEqualTo("silver");
	}

	private JsonNode buy(String externalId, String amount) {
		return buy(externalId, amount, Instant.now());
	}

	private JsonNode buy(String externalId, String amount, Instant at) {
		Api.Reply reply = retail.pos().post("/api/purchases", purchase(externalId, "T-1", at,
				line("COAT", "apparel", 1, amount)));
		assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
		return reply.json();
	}

	private JsonNode tier() {
		Api.Reply reply = retail.pos().get("/api/members/" + member + "/tier");
		assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
		return reply.json();
	}

	private JsonNode history() {
		return retail.pos().get("/api/members/" + member + "/tier/history").json();
	}

	private JsonNode requalify() {
		Api.Reply run = support().post("/api/support/jobs/tier-requalification/runs", Map.of());
		assertThat(run.status()).as(run.toString()).isEqualTo(200);
		return run.json();
	}
}
