package ir.vafa.rewards;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;

import ir.vafa.demo.DemoPrograms;
import ir.vafa.support.Api;
import ir.vafa.support.ApiTest;
import ir.vafa.support.TestTenant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** A returned coffee takes its stamp off the card it went on, and a filled card's reward with it. */
class StampCardReturnsTest extends ApiTest {

	private TestTenant cafe;
	private UUID member;

	@BeforeEach
	void aCafeMember() {
		cafe = tenant("stamps", DemoPrograms.cafe());
		member = enroll(cafe, "C-1");
	}

	@Test
	void aStampFromAnEarlierCardRevokesTheRewardThatCardIssuedNotTheNewest() {
		for (int visit = 1; visit <= 10; visit++) {
			visit(visit);
		}
		JsonNode rewards = cafe.pos().get("/api/members/" + member + "/rewards").json();
		assertThat(rewards).hasSize(2);
		String firstCards = rewardOfCycle(rewards, 1);
		String secondCards = rewardOfCycle(rewards, 2);

		Api.Reply returned = cafe.pos().post("/api/purchases/v-3/returns",
				Map.of("returnId", "v-3-back", "lines", new Object[] { Map.of("lineNo", 1, "quantity", 1) }));

		assertThat(returned.status()).as(returned.toString()).isEqualTo(200);
		assertThat(returned.json().get("stampsTakenBack").asInt()).isEqualTo(1);
		assertThat(returned.json().get("rewardsRevoked").get(0).asString()).isEqualTo(firstCards);
		JsonNode after = cafe.pos().get("/api/members/" + member + "/rewards").json();
		assertThat(status(after, firstCards)).isEqualTo("REVOKED");
		assertThat(status(after, secondCards)).isEqualTo("ISSUED");
		// nine stamps now: one full card (the second's reward) and four on the current one
		assertThat(cafe.pos().get("/api/members/" + member + "/cards").json().at("/0/stamps").asInt()).isEqualTo(4);
	}

	@Test
	void aStampFromTheCurrentCardComesOffThatCard() {
		for (int visit = 1; visit <= 7; visit++) {
			visit(visit);
		}

		cafe.pos().post("/api/purchases/v-7/returns",
				Map.of("returnId", "v-7-back", "lines", new Object[] { Map.of("lineNo", 1, "quantity", 1) }));

		JsonNode card = cafe.pos().get("/api/members/" + member + "/cards").json().get(0);
		assertThat(card.get("stamps").asInt()).isEqualTo(1);
		assertThat(card.get("cycle").asInt()).isEqualTo(2);
		assertThat(cafe.pos().get("/api/members/" + member + "/rewards").json().at("/0/status").asString())
			.isEqualTo("ISSUED");
	}

	@Test
	void aPurchaseReturnedWholeNoLongerCountsAsAVisit() {
		visit(1);
		visit(2);

		cafe.pos().post("/api/purchases/v-2/returns",
				Map.of("returnId", "v-2-back", "lines", new Object[] { Map.of("lineNo", 1, "quantity", 1) }));

		assertThat(cafe.pos().get("/api/members/" + member + "/balance").json().get("purchaseCount").asInt())
			.isEqualTo(1);
	}

	private void visit(int n) {
		Instant at = LocalDateTime.of(2026, 11, 20, 13, 0).atZone(ZoneId.of("Asia/Tehran")).toInstant()
			.plusSeconds(60L * n);
		Api.Reply reply = cafe.pos().post("/api/purchases", purchase("v-" + n, "C-1", at,
				line("ESPRESSO", "coffee", 1, "80000")));
		assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
	}

	private static String rewardOfCycle(JsonNode rewards, int cycle) {
		for (JsonNode reward : rewards) {
			if (reward.get("cardCycle").asInt() == cycle) {
				return reward.get("id").asString();
			}
		}
		throw new AssertionError("no reward of cycle " + cycle + " in " + rewards);
	}

	private static String status(JsonNode rewards, String id) {
		for (JsonNode reward : rewards) {
			if (reward.get("id").asString().equals(id)) {
				return reward.get("status").asString();
			}
		}
		throw new AssertionError("no reward " + id);
	}
}
