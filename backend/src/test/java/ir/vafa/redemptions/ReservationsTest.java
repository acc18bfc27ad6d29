package ir.vafa.redemptions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import ir.vafa.demo.DemoPrograms;
import ir.vafa.support.Api;
import ir.vafa.support.ApiTest;
import ir.vafa.support.TestClock;
import ir.vafa.support.TestTenant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** A catalog reward reserved at the till, then confirmed with the purchase, cancelled, or left to expire. */
class ReservationsTest extends ApiTest {

	private TestTenant retail;
	private UUID member;

	@BeforeEach
	void aRetailMemberWithTwoLotsAndATenPercentDiscount() {
		retail = tenant("reserve", DemoPrograms.retail());
		member = enroll(retail, "R-1");
		Instant now = Instant.now();
		// 1,000 points 60 days ago and 300 points 30 days ago: both past the 14-day return window
		purchaseFor("R-1", "old", now.minus(60, ChronoUnit.DAYS), "10000000");
		purchaseFor("R-1", "newer", now.minus(30, ChronoUnit.DAYS), "3000000");
		addReward("ten-percent-off", 500, null);
	}

	@Test
	void aReservationHoldsThePointsAndItsConfirmationSpendsThemFromTheOldestLot() {
		Api.Reply reserved = reserve(member, "ten-percent-off", "k-1");

		assertThat(reserved.status()).as(reserved.toString()).isEqualTo(201);
		JsonNode reservation = reserved.json();
		assertThat(reservation.get("status").asString()).isEqualTo("HELD");
		assertThat(reservation.get("points").asInt()).isEqualTo(500);
		assertThat(Duration.between(Instant.parse(reservation.get("reservedAt").asString()),
				Instant.parse(reservation.get("expiresAt").asString()))).isEqualTo(Duration.ofMinutes(15));
		JsonNode balance = retail.pos().get("/api/members/" + member + "/balance").json();
		assertThat(balance.get("pointsAvailable").asLong()).isEqualTo(800);
		assertThat(balance.get("pointsHeld").asLong()).isEqualTo(500);
		assertThat(balance.get("pointsBalance").asLong()).isEqualTo(1300);
		Api.Reply spendHeld = retail.pos().post("/api/members/" + member + "/redemptions",
				Map.of("points", 900, "reason", "more than is free"), "r-1");
		assertThat(spendHeld.status()).as("held points cannot be spent otherwise").isEqualTo(409);

		// the till asks what the reward takes off the order, and records the purchase with it off the line
		Api.Reply quote = retail.pos().post("/api/catalog/rewards/ten-percent-off/quote", Map.of("currency", "IRR",
				"lines", List.of(Map.of("sku", "SHIRT", "category", "clothing", "quantity", 1, "unitPrice", 900000))));
		assertThat(quote.status()).as(quote.toString()).isEqualTo(200);
		assertThat(quote.json().get("amountOff").decimalValue()).isEqualByComparingTo("90000");
		assertThat(quote.json().at("/lines/0/lineNo").asInt()).isEqualTo(1);
		Api.Reply bought = retail.pos().post("/api/purchases", purchase("with-discount", "R-1", Instant.now(),
				new Object[] { "SHIRT", "clothing", 1, "900000", quote.json().at("/lines/0/amountOff").decimalValue().toPlainString() }));
		assertThat(bought.status()).as(bought.toString()).isEqualTo(200);
		assertThat(bought.json().get("pointsEarned").asLong()).as("earned on the 810,000 paid").isEqualTo(81);
		String id = reservation.get("id").asString();
		Api.Reply confirmed = retail.pos().post("/api/reservations/" + id + "/confirmation",
				Map.of("purchaseExternalId", "with-discount"));

		assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
		assertThat(confirmed.json().get("status").asString()).isEqualTo("CONFIRMED");
		assertThat(confirmed.json().get("purchaseExternalId").asString()).isEqualTo("with-discount");
		long oldestLot = lotOf("old");
		assertThat(confirmed.json().get("lots")).hasSize(1);
		assertThat(confirmed.json().at("/lots/0/lotId").asLong()).isEqualTo(oldestLot);
		assertThat(confirmed.json().at("/lots/0/points").asLong()).isEqualTo(-500);
		balance = retail.pos().get("/api/members/" + member + "/balance").json();
		assertThat(balance.get("pointsAvailable").asLong()).isEqualTo(800);
		assertThat(balance.get("pointsHeld").asLong()).isZero();
		JsonNode line = retail.pos().get("/api/members/" + member + "/history?limit=1").json().get(0);
		assertThat(line.get("kind").asString()).isEqualTo("REDEEM");
		assertThat(line.get("points").asLong()).isEqualTo(-500);
		assertThat(line.get("id").asLong()).isEqualTo(confirmed.json().get("ledgerLineId").asLong());

		Api.Reply again = retail.pos().post("/api/reservations/" + id + "/confirmation", Map.of());
		assertThat(again.status()).isEqualTo(200);
		assertThat(again.json().get("ledgerLineId")).isEqualTo(confirmed.json().get("ledgerLineId"));
		assertThat(retail.pos().post("/api/reservations/" + id + "/cancellation", Map.of()).fields())
			.containsExactly("status");
		assertThat(balance(retail, member)).isEqualTo(800 + 81);
		assertThat(retail.admin().get("/api/catalog/rewards/ten-percent-off").json().get("issued").asInt()).isEqualTo(1);
	}

	@Test
	void aReservationLeftAloneIsReleasedAfterItsTimeAndCannotBeConfirmed() {
		String id = reserve(member, "ten-percent-off", null).json().get("id").asString();
		UUID another = enroll(retail, "R-2");
		credit(another, 500);
		String anothers = reserve(another, "ten-percent-off", null).json().get("id").asString();
		assertThat(retail.admin().get("/api/catalog/rewards/ten-percent-off").json().get("issued").asInt()).isEqualTo(2);

		TestClock.shift(Duration.ofMinutes(16));
		assertThat(retail.pos().get("/api/members/" + member + "/balance").json().get("pointsAvailable").asLong())
			.as("the hold runs out by itself").isEqualTo(1300);
		Api.Reply late = retail.pos().post("/api/reservations/" + id + "/confirmation", Map.of());
		assertThat(late.status()).as(late.toString()).isEqualTo(409);
		assertThat(late.fields()).containsExactly("expiresAt");
		Api.Reply run = support().post("/api/support/jobs/reservation-expiry/runs", Map.of());
		assertThat(run.status()).as(run.toString()).isEqualTo(200);

		JsonNode expired = retail.pos().get("/api/reservations/" + id).json();
		assertThat(expired.get("status").asString()).isEqualTo("EXPIRED");
		assertThat(expired.get("endedBy").asString()).isEqualTo("reservation-expiry");
		assertThat(retail.pos().get("/api/reservations/" + anothers).json().get("status").asString()).isEqualTo("EXPIRED");
		assertThat(retail.admin().get("/api/catalog/rewards/ten-percent-off").json().get("issued").asInt()).isZero();
		assertThat(retail.pos().post("/api/reservations/" + id + "/confirmation", Map.of()).fields())
			.containsExactly("expiresAt");
		assertThat(balance(retail, member)).isEqualTo(1300);
	}

	@Test
	void aRewardPastItsValidityOrAnEventThatHasBegunIsRefusedAndNothingIsHeld() {
		Map<String, Object> shortLived = reward("this-week", 100, null);
		shortLived.put("validUntil", Instant.now().plus(1, ChronoUnit.HOURS).toString());
		Map<String, Object> workshop = reward("workshop", 100, 10);
		workshop.put("kind", "EXPERIENCE");
		workshop.remove("discount");
		workshop.put("experience", Map.of("startsAt", Instant.now().plus(1, ChronoUnit.HOURS).toString()));
		assertThat(retail.admin().post("/api/catalog/rewards", shortLived).status()).isEqualTo(201);
		assertThat(retail.admin().post("/api/catalog/rewards", workshop).status()).isEqualTo(201);

		TestClock.shift(Duration.ofHours(2));
		Api.Reply past = reserve(member, "this-week", "late-1");
		Api.Reply begun = reserve(member, "workshop", "late-2");

		assertThat(past.status()).as(past.toString()).isEqualTo(422);
		assertThat(past.contentType()).startsWith("application/problem+json");
		assertThat(past.fields()).containsExactly("reward");
		assertThat(begun.status()).as(begun.toString()).isEqualTo(422);
		assertThat(begun.fields()).containsExactly("reward");
		assertThat(begun.json().at("/errors/0/message").asString()).startsWith("the event began at");
		assertThat(retail.pos().get("/api/members/" + member + "/balance").json().get("pointsHeld").asLong()).isZero();
		assertThat(retail.pos().get("/api/members/" + member + "/reservations").json()).isEmpty();
		assertThat(retail.admin().get("/api/catalog/rewards/workshop").json().get("issued").asInt()).isZero();
	}

	@Test
	void aClientsIdempotencyKeyCannotStandInForAReservationsSpending() {
		String id = reserve(member, "ten-percent-off", null).json().get("id").asString();
		Api.Reply onePoint = retail.pos().post("/api/members/" + member + "/redemptions",
				Map.of("points", 1, "reason", "aimed at the reservation"), "reservation:" + id);
		assertThat(onePoint.status()).as(onePoint.toString()).isEqualTo(201);

		Api.Reply confirmed = retail.pos().post("/api/reservations/" + id + "/confirmation", Map.of());

		assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
		assertThat(confirmed.json().get("ledgerLineId").asLong()).isNotEqualTo(onePoint.json().get("id").asLong());
		assertThat(confirmed.json().get("lots")).extracting(l -> l.get("points").asLong()).containsExactly(-500L);
		assertThat(balance(retail, member)).isEqualTo(1300 - 1 - 500);
	}

	@Test
	void aReservationThatRanOutNoLongerCountsAgainstTheMembersLimit() {
		Map<String, Object> daily = reward("once-a-day", 100, null);
		daily.put("stock", Map.of("perMember", 1, "perMemberPeriod", "DAY"));
		assertThat(retail.admin().post("/api/catalog/rewards", daily).status()).isEqualTo(201);
		assertThat(reserve(member, "once-a-day", null).status()).isEqualTo(201);
		assertThat(reserve(member, "once-a-day", null).status()).isEqualTo(409);

		TestClock.shift(Duration.ofMinutes(16));

		Api.Reply again = reserve(member, "once-a-day", null);
		assertThat(again.status()).as("the first one ran out before the job saw it").isEqualTo(201);
	}

	@Test
	void aCancelledReservationGivesThePointsAndTheStockBackOnce() {
		addReward("last-two", 100, 2);
		String id = reserve(member, "last-two", null).json().get("id").asString();
		assertThat(retail.admin().get("/api/catalog/rewards/last-two").json().get("remaining").asInt()).isEqualTo(1);

		Api.Reply cancelled = retail.pos().post("/api/reservations/" + id + "/cancellation", Map.of());
		Api.Reply again = retail.pos().post("/api/reservations/" + id + "/cancellation", Map.of());

		assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
		assertThat(cancelled.json().get("status").asString()).isEqualTo("CANCELLED");
		assertThat(again.json()).isEqualTo(cancelled.json());
		assertThat(retail.admin().get("/api/catalog/rewards/last-two").json().get("remaining").asInt()).isEqualTo(2);
		assertThat(retail.pos().get("/api/members/" + member + "/balance").json().get("pointsHeld").asLong()).isZero();
		assertThat(retail.pos().post("/api/reservations/" + id + "/confirmation", Map.of()).fields())
			.containsExactly("status");
	}

	@Test
	void twentyParallelReservationsOfABalanceThatCoversTenSucceedExactlyTenTimes() throws Exception {
		UUID rich = enroll(retail, "R-20");
		credit(rich, 5000);

		List<Api.Reply> replies = inParallel(20, i -> reserve(rich, "ten-percent-off", "par-" + i));

		assertThat(replies).filteredOn(r -> r.status() == 201).hasSize(10);
		assertThat(replies).filteredOn(r -> r.status() == 409).hasSize(10)
			.allSatisfy(r -> assertThat(r.fields()).containsExactly("points"));
		List<String> ids = replies.stream().filter(r -> r.status() == 201).map(r -> r.json().get("id").asString()).toList();
		List<Api.Reply> confirmed = inParallel(10,
				i -> retail.pos().post("/api/reservations/" + ids.get(i) + "/confirmation", Map.of()));
		assertThat(confirmed).allSatisfy(r -> assertThat(r.status()).as(r.toString()).isEqualTo(200));
		JsonNode balance = retail.pos().get("/api/members/" + rich + "/balance").json();
		assertThat(balance.get("pointsBalance").asLong()).isZero();
		assertThat(balance.get("pointsAvailable").asLong()).isZero();
		assertThat(balance.get("pointsHeld").asLong()).isZero();
		assertThat(retail.pos().get("/api/members/" + rich + "/lots").json()).as("no lot has points left").isEmpty();
	}

	@Test
	void stockNeverGoesBelowZeroWhenTillsReserveTheLastOnesAtOnce() throws Exception {
		addReward("three-seats", 100, 3);
		List<UUID> buyers = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			UUID buyer = enroll(retail, "S-" + i);
			credit(buyer, 100);
			buyers.add(buyer);
		}

		List<Api.Reply> replies = inParallel(6, i -> reserve(buyers.get(i), "three-seats", null));

		assertThat(replies).filteredOn(r -> r.status() == 201).hasSize(3);
		assertThat(replies).filteredOn(r -> r.status() == 409).hasSize(3)
			.allSatisfy(r -> assertThat(r.fields()).containsExactly("reward"));
		JsonNode reward = retail.admin().get("/api/catalog/rewards/three-seats").json();
		assertThat(reward.get("remaining").asInt()).isZero();
		assertThat(reward.get("issued").asInt()).isEqualTo(3);
		assertThat(reward.get("available").asBoolean()).isFalse();
	}

	@Test
	void anUnlimitedRewardCountsWhatTillsReserveAtOnceAndALimitGivenLaterCountsThemToo() throws Exception {
		addReward("mugs", 100, null);
		List<UUID> buyers = new ArrayList<>();
		for (int i = 0; i < 9; i++) {
			UUID buyer = enroll(retail, "M-" + i);
			credit(buyer, 100);
			buyers.add(buyer);
		}

		List<Api.Reply> unlimited = inParallel(6, i -> reserve(buyers.get(i), "mugs", null));

		assertThat(unlimited).allSatisfy(r -> assertThat(r.status()).as(r.toString()).isEqualTo(201));
		assertThat(retail.admin().get("/api/catalog/rewards/mugs").json().get("issued").asInt()).isEqualTo(6);
		String first = unlimited.getFirst().json().get("id").asString();
		assertThat(retail.pos().post("/api/reservations/" + first + "/cancellation", Map.of()).status()).isEqualTo(200);
		JsonNode afterCancel = retail.admin().get("/api/catalog/rewards/mugs").json();
		assertThat(afterCancel.get("issued").asInt()).as("a cancellation gives one back").isEqualTo(5);
		assertThat(afterCancel.get("remaining").isNull()).isTrue();

		Api.Reply tooFew = retail.admin().put("/api/catalog/rewards/mugs", reward("mugs", 100, 4));
		assertThat(tooFew.status()).as(tooFew.toString()).isEqualTo(422);
		assertThat(tooFew.fields()).containsExactly("stock.total");
		Api.Reply limited = retail.admin().put("/api/catalog/rewards/mugs", reward("mugs", 100, 7));
		assertThat(limited.status()).as(limited.toString()).isEqualTo(200);
		assertThat(limited.json().get("issued").asInt()).isEqualTo(5);
		assertThat(limited.json().get("remaining").asInt()).isEqualTo(2);

		List<Api.Reply> lastOnes = inParallel(3, i -> reserve(buyers.get(6 + i), "mugs", null));

		assertThat(lastOnes).filteredOn(r -> r.status() == 201).hasSize(2);
		assertThat(lastOnes).filteredOn(r -> r.status() == 409).hasSize(1)
			.allSatisfy(r -> assertThat(r.fields()).containsExactly("reward"));
		assertThat(retail.admin().get("/api/catalog/rewards/mugs").json().get("remaining").asInt()).isZero();

		Api.Reply unlimitedAgain = retail.admin().put("/api/catalog/rewards/mugs", reward("mugs", 100, null));
		assertThat(unlimitedAgain.json().get("issued").asInt()).isEqualTo(7);
		assertThat(reserve(buyers.getFirst(), "mugs", null).status()).as("the cancelled buyer's points are free")
			.isEqualTo(201);
		assertThat(retail.admin().get("/api/catalog/rewards/mugs").json().get("issued").asInt()).isEqualTo(8);
	}

	@Test
	void aRetryWithItsKeyHoldsNothingMoreAndTheKeyIsForOneReservation() {
		Api.Reply first = reserve(member, "ten-percent-off", "same");
		Api.Reply retry = reserve(member, "ten-percent-off", "same");
		addReward("other", 100, null);
		Api.Reply otherReward = reserve(member, "other", "same");

		assertThat(retry.status()).isEqualTo(201);
		assertThat(retry.json().get("id")).isEqualTo(first.json().get("id"));
		assertThat(retail.pos().get("/api/members/" + member + "/balance").json().get("pointsHeld").asLong())
			.isEqualTo(500);
		assertThat(otherReward.status()).isEqualTo(409);
		assertThat(otherReward.fields()).containsExactly("Idempotency-Key");
	}

	@Test
	void theLimitPerMemberAndTheRewardsTiersAreKept() {
		Map<String, Object> once = reward("once-a-month", 100, null);
		once.put("stock", Map.of("perMember", 1, "perMemberPeriod", "MONTH"));
		assertThat(retail.admin().post("/api/catalog/rewards", once).status()).isEqualTo(201);
		Map<String, Object> gold = reward("gold-only", 100, null);
		gold.put("tiers", List.of("gold"));
		assertThat(retail.admin().post("/api/catalog/rewards", gold).status()).isEqualTo(201);

		assertThat(reserve(member, "once-a-month", null).status()).isEqualTo(201);
		Api.Reply second = reserve(member, "once-a-month", null);
		Api.Reply notGold = reserve(member, "gold-only", null);

		assertThat(second.status()).as(second.toString()).isEqualTo(409);
		assertThat(second.fields()).containsExactly("reward");
		assertThat(notGold.status()).as(notGold.toString()).isEqualTo(422);
		assertThat(notGold.fields()).containsExactly("reward");
		assertThat(retail.pos().get("/api/members/" + member + "/reservations").json()).hasSize(1);
	}

	@Test
	void badReservationsAreRefusedNamingTheFieldAndHoldNothing() {
		Api.Reply unknown = reserve(member, "no-such-reward", null);
		Api.Reply noReward = retail.pos().post("/api/members/" + member + "/reservations", Map.of());
		Api.Reply noMember = reserve(UUID.randomUUID(), "ten-percent-off", null);
		addReward("dear", 5000, null);
		Api.Reply tooDear = reserve(member, "dear", null);
		retail.admin().post("/api/catalog/rewards/ten-percent-off/archive", Map.of());
		Api.Reply archived = reserve(member, "ten-percent-off", null);

		assertThat(unknown.status()).isEqualTo(422);
		assertThat(unknown.fields()).containsExactly("reward");
		assertThat(noReward.status()).isEqualTo(400);
		assertThat(noReward.fields()).containsExactly("reward");
		assertThat(noMember.status()).isEqualTo(404);
		assertThat(tooDear.status()).isEqualTo(409);
		assertThat(tooDear.fields()).containsExactly("points");
		assertThat(archived.status()).isEqualTo(422);
		assertThat(retail.pos().get("/api/members/" + member + "/reservations").json()).isEmpty();
		assertThat(retail.pos().get("/api/members/" + member + "/balance").json().get("pointsHeld").asLong()).isZero();
		assertThat(retail.admin().get("/api/catalog/rewards/dear").json().get("issued").asInt()).isZero();
		assertThat(retail.pos().get("/api/reservations/" + UUID.randomUUID()).status()).isEqualTo(404);
	}

	@Test
	void anotherTenantsReservationsAndMembersAreUnknown() {
		String id = reserve(member, "ten-percent-off", null).json().get("id").asString();
		TestTenant other = tenant("reserve-other", DemoPrograms.retail());

		assertThat(other.pos().get("/api/reservations/" + id).status()).isEqualTo(404);
		assertThat(other.pos().post("/api/reservations/" + id + "/confirmation", Map.of()).status()).isEqualTo(404);
		assertThat(other.pos().post("/api/reservations/" + id + "/cancellation", Map.of()).status()).isEqualTo(404);
		assertThat(other.pos().get("/api/members/" + member + "/reservations").status()).isEqualTo(404);
		assertThat(other.pos().post("/api/members/" + member + "/reservations", Map.of("reward", "ten-percent-off"))
			.status()).isEqualTo(404);
		assertThat(retail.pos().get("/api/reservations/" + id).json().get("status").asString()).isEqualTo("HELD");
		assertThat(support().get("/api/reservations/" + id).status()).isEqualTo(403);
	}

	private Api.Reply reserve(UUID who, String reward, String key) {
		return key == null ? retail.pos().post("/api/members/" + who + "/reservations", Map.of("reward", reward))
				: retail.pos().post("/api/members/" + who + "/reservations", Map.of("reward", reward), key);
	}

	private void purchaseFor(String card, String externalId, Instant at, String amount) {
		Api.Reply reply = retail.pos().post("/api/purchases", purchase(externalId, card, at,
				line("TV", "home", 1, amount)));
		assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
	}

	private void credit(UUID who, int points) {
		Api.Reply reply = retail.admin().post("/api/members/" + who + "/adjustments",
				Map.of("points", points, "reason", "test credit"), "credit-" + who);
		assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
	}

	/** The id of the lot the purchase earned (its points line's lot). */
	private long lotOf(String externalId) {
		String purchaseId = retail.pos().get("/api/purchases/" + externalId).json().get("purchaseId").asString();
		for (JsonNode lot : retail.pos().get("/api/members/" + member + "/lots?live=false").json()) {
			if (purchaseId.equals(lot.get("purchaseId").asString())) {
				return lot.get("id").asLong();
			}
		}
		throw new AssertionError("no lot of " + externalId);
	}

	private void addReward(String code, int cost, Integer stock) {
		Api.Reply created = retail.admin().post("/api/catalog/rewards", reward(code, cost, stock));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
	}

	private static Map<String, Object> reward(String code, int cost, Integer stock) {
		Map<String, Object> reward = new LinkedHashMap<>();
		reward.put("code", code);
		reward.put("kind", "DISCOUNT");
		reward.put("name", Map.of("en", "Reward " + code, "fa", "جایزه " + code));
		reward.put("costPoints", cost);
		reward.put("discount", Map.of("type", "PERCENT", "percent", 10));
		if (stock != null) {
			reward.put("stock", Map.of("total", stock));
		}
		return reward;
	}

	private interface Call {
		Api.Reply call(int i);
	}

	/** Runs the calls at once, released together. */
	private static List<Api.Reply> inParallel(int n, Call call) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(n);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<Api.Reply>> futures = new ArrayList<>();
			for (int i = 0; i < n; i++) {
				int index = i;
				Callable<Api.Reply> task = () -> {
					start.await();
					return call.call(index);
				};
				futures.add(pool.submit(task));
			}
			start.countDown();
			List<Api.Reply> replies = new ArrayList<>();
			for (Future<Api.Reply> f : futures) {
				replies.add(f.get());
			}
			return replies;
		}
		finally {
			pool.shutdownNow();
		}
	}
}
