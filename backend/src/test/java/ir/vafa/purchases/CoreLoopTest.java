package ir.vafa.purchases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import ir.vafa.demo.DemoPrograms;
import ir.vafa.support.Api;
import ir.vafa.support.ApiTest;
import ir.vafa.support.TestTenant;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The stories of the seeds, end to end through the API with real Keycloak tokens. */
class CoreLoopTest extends ApiTest {

	private static final ZoneId TEHRAN = ZoneId.of("Asia/Tehran");

	private static Instant tehran(int hour, int minute) {
		return LocalDateTime.of(2026, 11, 20, hour, minute).atZone(TEHRAN).toInstant();
	}

	@Test
	void aRetailPurchaseOf1234567RialsEarns123Points() {
		TestTenant retail = tenant("retail", DemoPrograms.retail());
		UUID member = enroll(retail, "R-1001");

		Api.Reply reply = retail.pos().post("/api/purchases",
				purchase("r-1", "R-1001", tehran(12, 0), line("TSHIRT", "apparel", 1, "1234567")));

		assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
		assertThat(reply.json().get("pointsEarned").asLong()).isEqualTo(123);
		assertThat(balance(retail, member)).isEqualTo(123);
	}

	@Test
	void electronicsEarnDoubleAndReturningOneOfTwoLinesTakesBackExactlyWhatItEarned() {
		TestTenant retail = tenant("retail", DemoPrograms.retail());
		UUID member = enroll(retail, "R-2001");
		Api.Reply bought = retail.pos().post("/api/purchases", purchase("r-2", "R-2001", tehran(12, 0),
				line("PHONE", "electronics", 1, "1000000"), line("SOCKS", "apparel", 1, "234567")));
		// 1,234,567 → 123 base points, 100 of them on the phone (+100 doubled) and 23 on the socks
		assertThat(bought.json().get("pointsEarned").asLong()).isEqualTo(223);
		long earnedByPhone = sumFor(bought.json(), 1);
		assertThat(earnedByPhone).isEqualTo(200);

		Api.Reply returned = retail.pos().post("/api/purchases/r-2/returns",
				Map.of("returnId", "ret-2", "lines", new Object[] { Map.of("lineNo", 1, "quantity", 1) }));

		assertThat(returned.status()).as(returned.toString()).isEqualTo(200);
		assertThat(returned.json().get("pointsTakenBack").asLong()).isEqualTo(earnedByPhone);
		assertThat(balance(retail, member)).isEqualTo(23);
	}

	@Test
	void eachRuleWritesOneLedgerLinePerPurchaseThatSaysWhatEachPurchaseLineEarned() {
		TestTenant retail = tenant("retail", DemoPrograms.retail());
		UUID member = enroll(retail, "R-2101");
		// 2,345,678 → 234 base points: 85 on the phone, 63 on the socks, 86 on the tablet (largest remainder),
		// and the two electronics lines double theirs
		retail.pos().post("/api/purchases", purchase("r-21", "R-2101", tehran(12, 0),
				line("PHONE", "electronics", 1, "850000"), line("SOCKS", "apparel", 3, "210226"),
				line("TABLET", "electronics", 1, "865000")));

		JsonNode earned = retail.pos().get("/api/members/" + member + "/history").json();
		assertThat(earned).hasSize(2);
		JsonNode base = byRule(earned, "base");
		assertThat(base.at("/line/lines").findValues("lineNo")).extracting(JsonNode::asInt).containsExactly(1, 2, 3);
		assertThat(base.at("/line/lines").findValues("points")).extracting(JsonNode::asLong).containsExactly(85L, 63L, 86L);
		assertThat(base.get("points").asLong()).isEqualTo(234);
		JsonNode doubled = byRule(earned, "electronics-double");
		assertThat(doubled.at("/line/lines").findValues("lineNo")).extracting(JsonNode::asInt).containsExactly(1, 3);
		assertThat(doubled.get("points").asLong()).isEqualTo(85 + 86);
		assertThat(doubled.get("why").asString()).contains("lines 1, 3");

		// Two of the three socks and the tablet come back in one return: one reversing line per rule.
		Api.Reply returned = retail.pos().post("/api/purchases/r-21/returns", Map.of("returnId", "ret-21",
				"lines", new Object[] { Map.of("lineNo", 2, "quantity", 2), Map.of("lineNo", 3, "quantity", 1) }));
		assertThat(returned.status()).as(returned.toString()).isEqualTo(200);
		// floor(63 × 2 / 3) = 42 of the socks' base points, all 86 + 86 of the tablet's
		assertThat(returned.json().get("pointsTakenBack").asLong()).isEqualTo(42 + 86 + 86);
		JsonNode after = retail.pos().get("/api/members/" + member + "/history").json();
		List<JsonNode> reversals = new ArrayList<>();
		after.forEach(l -> {
			if (l.get("kind").asString().equals("REVERSE")) {
				reversals.add(l);
			}
		});
		assertThat(reversals).hasSize(2);
		assertThat(byRule(after, "base", "REVERSE").at("/line/lines").findValues("points")).extracting(JsonNode::asLong)
			.containsExactly(-42L, -86L);
		assertThat(byRule(after, "electronics-double", "REVERSE").at("/line/lines").findValues("lineNo"))
			.extracting(JsonNode::asInt).containsExactly(3);
		assertThat(balance(retail, member)).isEqualTo(234 + 171 - 214);
	}

	@Test
	void partialReturnsInAnyPiecesTakeBackExactlyTheLinesPointsWithNoRoundingLeak() {
		TestTenant retail = tenant("retail", DemoPrograms.retail());
		UUID member = enroll(retail, "R-3001");
		// 7 × 33,333 = 233,331 → 23 points over 7 units: no unit is worth a whole number of points
		retail.pos().post("/api/purchases", purchase("r-3", "R-3001", tehran(12, 0), line("PEN", "office", 7, "33333")));
		assertThat(balance(retail, member)).isEqualTo(23);

		long takenBack = 0;
		int[] pieces = { 2, 1, 3, 1 };
		for (int i = 0; i < pieces.length; i++) {
			Api.Reply reply = retail.pos().post("/api/purchases/r-3/returns",
					Map.of("returnId", "ret-3-" + i, "lines", new Object[] { Map.of("lineNo", 1, "quantity", pieces[i]) }));
			assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
			takenBack += reply.json().get("pointsTakenBack").asLong();
		}

		assertThat(takenBack).isEqualTo(23);
		assertThat(balance(retail, member)).isZero();
	}

	@Test
	void returningMoreThanWasBoughtIsRefusedAndReturningTwiceIsRefused() {
		TestTenant retail = tenant("retail", DemoPrograms.retail());
		enroll(retail, "R-4001");
		retail.pos().post("/api/purchases", purchase("r-4", "R-4001", tehran(12, 0), line("PEN", "office", 2, "50000")));

		Api.Reply tooMany = retail.pos().post("/api/purchases/r-4/returns",
				Map.of("returnId", "ret-4a", "lines", new Object[] { Map.of("lineNo", 1, "quantity", 3) }));
		assertThat(tooMany.status()).isEqualTo(422);
		assertThat(tooMany.fields()).containsExactly("lines[0].quantity");

		Api.Reply all = retail.pos().post("/api/purchases/r-4/returns",
				Map.of("returnId", "ret-4b", "lines", new Object[] { Map.of("lineNo", 1, "quantity", 2) }));
		assertThat(all.status()).isEqualTo(200);
		Api.Reply again = retail.pos().post("/api/purchases/r-4/returns",
				Map.of("returnId", "ret-4c", "lines", new Object[] { Map.of("lineNo", 1, "quantity", 2) }));
		assertThat(again.status()).isEqualTo(422);

		Api.Reply retry = retail.pos().post("/api/purchases/r-4/returns",
				Map.of("returnId", "ret-4b", "lines", new Object[] { Map.of("lineNo", 1, "quantity", 2) }));
		assertThat(retry.status()).isEqualTo(200);
		assertThat(retry.json().get("returnId")).isEqualTo(all.json().get("returnId"));
	}

	@Test
	void fiveCoffeeVisitsGiveAFreeCoffeeAndTheCardStartsAgain() {
		TestTenant cafe = tenant("cafe", DemoPrograms.cafe());
		UUID member = enroll(cafe, "C-1001");

		JsonNode fifth = null;
		for (int visit = 1; visit <= 5; visit++) {
			Api.Reply reply = cafe.pos().post("/api/purchases", purchase("c-" + visit, "C-1001", tehran(12, visit),
					line("LATTE", "coffee", 2, "120000"), line("CAKE", "pastry", 1, "90000")));
			assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
			assertThat(reply.json().get("stamps")).hasSize(1);
			assertThat(reply.json().get("rewards")).hasSize(visit == 5 ? 1 : 0);
			fifth = reply.json();
		}

		assertThat(fifth.at("/rewards/0/rewardCode").asString()).isEqualTo("free-coffee");
		JsonNode cards = cafe.pos().get("/api/members/" + member + "/cards").json();
		assertThat(cards.at("/0/stamps").asInt()).isZero();
		assertThat(cafe.pos().get("/api/members/" + member + "/rewards").json()).hasSize(1);
	}

	@Test
	void coffeeEarnsDoubleBetweenEightAndTenTehranTime() {
		TestTenant cafe = tenant("cafe", DemoPrograms.cafe());
		enroll(cafe, "C-2001");
		cafe.pos().post("/api/purchases", purchase("c-first", "C-2001", tehran(7, 0), line("TEA", "tea", 1, "10000")));

		long morning = cafe.pos().post("/api/purchases",
				purchase("c-morning", "C-2001", tehran(8, 30), line("LATTE", "coffee", 1, "100000")))
			.json().get("pointsEarned").asLong();
		long noon = cafe.pos().post("/api/purchases",
				purchase("c-noon", "C-2001", tehran(10, 0), line("LATTE", "coffee", 1, "100000")))
			.json().get("pointsEarned").asLong();

		assertThat(morning).isEqualTo(20);
		assertThat(noon).isEqualTo(10);
	}

	@Test
	void returningTheCoffeeTakesBackItsStampAndTheRewardItCompleted() {
		TestTenant cafe = tenant("cafe", DemoPrograms.cafe());
		UUID member = enroll(cafe, "C-3001");
		for (int visit = 1; visit <= 5; visit++) {
			cafe.pos().post("/api/purchases", purchase("s-" + visit, "C-3001", tehran(13, visit),
					line("ESPRESSO", "coffee", 1, "80000")));
		}
		assertThat(cafe.pos().get("/api/members/" + member + "/rewards").json().at("/0/status").asString())
			.isEqualTo("ISSUED");

		Api.Reply returned = cafe.pos().post("/api/purchases/s-5/returns",
				Map.of("returnId", "s-5-back", "lines", new Object[] { Map.of("lineNo", 1, "quantity", 1) }));

		assertThat(returned.json().get("stampsTakenBack").asInt()).isEqualTo(1);
		assertThat(cafe.pos().get("/api/members/" + member + "/rewards").json().at("/0/status").asString())
			.isEqualTo("REVOKED");
		assertThat(cafe.pos().get("/api/members/" + member + "/cards").json().at("/0/stamps").asInt()).isEqualTo(4);
	}

	@Test
	void anonymousPurchasesAreStoredAndEarnNothing() {
		TestTenant retail = tenant("retail", DemoPrograms.retail());

		Api.Reply reply = retail.pos().post("/api/purchases",
				purchase("anon-1", null, tehran(12, 0), line("TV", "electronics", 1, "50000000")));

		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.json().get("pointsEarned").asLong()).isZero();
		assertThat(retail.pos().get("/api/purchases/anon-1").status()).isEqualTo(200);
	}

	@Test
	void everyHistoryLineSaysWhichRuleAndProgramVersionCausedIt() {
		TestTenant retail = tenant("retail", DemoPrograms.retail());
		UUID member = enroll(retail, "R-5001");
		retail.pos().post("/api/purchases", purchase("r-5", "R-5001", tehran(12, 0), line("TV", "electronics", 1, "500000")));

		JsonNode history = retail.pos().get("/api/members/" + member + "/history").json();

		assertThat(history).hasSize(2);
		history.forEach(line -> {
			assertThat(line.get("kind").asString()).isEqualTo("EARN");
			assertThat(line.at("/line/programVersion").asInt()).isEqualTo(1);
			assertThat(line.get("why").asString()).contains("program v1").contains("rule");
		});
		assertThat(history.findValuesAsString("ruleId")).containsExactlyInAnyOrder("base", "electronics-double");
	}

	private static JsonNode byRule(JsonNode history, String ruleId) {
		return byRule(history, ruleId, "EARN");
	}

	private static JsonNode byRule(JsonNode history, String ruleId, String kind) {
		for (JsonNode line : history) {
			if (line.at("/line/ruleId").asString().equals(ruleId) && line.get("kind").asString().equals(kind)) {
				return line;
			}
		}
		throw new AssertionError("No " + kind + " line of rule " + ruleId + " in " + history);
	}

	private static long sumFor(JsonNode receipt, int lineNo) {
		long sum = 0;
		for (JsonNode award : receipt.get("awards")) {
			if (award.get("lineNo").asInt() == lineNo) {
				sum += award.get("points").asLong();
			}
		}
		return sum;
	}
}
