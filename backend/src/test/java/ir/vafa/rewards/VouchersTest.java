package ir.vafa.rewards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
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

/** The café's fifth stamp issues a free coffee as a voucher, which any till of the café redeems exactly once. */
class VouchersTest extends ApiTest {

	private TestTenant cafe;
	private UUID member;

	@BeforeEach
	void aCafeWhoseStampCardGivesTheCatalogsFreeCoffee() {
		cafe = tenant("vouchers", DemoPrograms.cafe());
		member = enroll(cafe, "V-1");
	}

	@Test
	void theFifthStampIssuesAVoucherThatATillRedeemsOnce() {
		JsonNode fifth = fiveCoffeeVisits(cafe, "V-1", "v");

		String code = fifth.at("/rewards/0/voucherCode").asString();
		assertThat(fifth.at("/rewards/0/rewardCode").asString()).isEqualTo("free-coffee");
		assertThat(code).matches("[0-9A-HJKMNP-TV-Z]{13}");
		JsonNode issued = cafe.pos().get("/api/members/" + member + "/rewards").json().get(0);
		assertThat(issued.get("voucherCode").asString()).isEqualTo(code);
		assertThat(issued.get("status").asString()).isEqualTo("ISSUED");

		Api.Reply looked = cafe.pos().get("/api/vouchers/" + grouped(code).toLowerCase());
		Api.Reply lookedAgain = cafe.pos().get("/api/vouchers/" + code);
		assertThat(looked.status()).as(looked.toString()).isEqualTo(200);
		assertThat(looked.json().get("status").asString()).isEqualTo("ISSUED");
		assertThat(looked.json().get("redeemable").asBoolean()).isTrue();
		assertThat(looked.json().get("displayCode").asString()).isEqualTo(grouped(code));
		assertThat(looked.json().get("kind").asString()).isEqualTo("FREE_PRODUCT");
		assertThat(looked.json().get("cardNumber").asString()).isEqualTo("V-1");
		assertThat(looked.json().get("source").asString()).isEqualTo("STAMP_CARD");
		assertThat(lookedAgain.json().get("status").asString()).as("looking a voucher up never redeems it")
			.isEqualTo("ISSUED");

		Api.Reply bought = cafe.pos().post("/api/purchases", purchase("v-free", "V-1", Instant.now(),
				line("LATTE", "coffee", 1, "120000")));
		assertThat(bought.status()).as(bought.toString()).isEqualTo(200);
		Api.Reply redeemed = cafe.pos().post("/api/vouchers/" + code + "/redemption",
				Map.of("purchaseExternalId", "v-free"), "redeem-1");
		assertThat(redeemed.status()).as(redeemed.toString()).isEqualTo(200);
		assertThat(redeemed.json().get("status").asString()).isEqualTo("REDEEMED");
		assertThat(redeemed.json().get("redeemable").asBoolean()).isFalse();
		assertThat(redeemed.json().get("redeemedPurchase").asString()).isEqualTo("v-free");

		Api.Reply retried = cafe.pos().post("/api/vouchers/" + code + "/redemption",
				Map.of("purchaseExternalId", "v-free"), "redeem-1");
		assertThat(retried.status()).as("a retry with the same key answers the first").isEqualTo(200);
		assertThat(retried.json().get("redeemedAt")).isEqualTo(redeemed.json().get("redeemedAt"));

		Api.Reply second = cafe.admin().post("/api/vouchers/" + code + "/redemption", Map.of(), "redeem-2");
		assertThat(second.status()).as(second.toString()).isEqualTo(409);
		assertThat(second.contentType()).contains("application/problem+json");
		assertThat(second.fields()).containsExactly("code");
		assertThat(cafe.pos().get("/api/members/" + member + "/rewards").json().at("/0/status").asString())
			.isEqualTo("REDEEMED");
	}

	@Test
	void aVoucherOfARewardValidFor30DaysIsRefusedAfterThemAndTheJobMarksItExpired() {
		Api.Reply limited = cafe.admin().put("/api/catalog/rewards/free-coffee", Map.of("code", "free-coffee", "kind",
				"FREE_PRODUCT", "name", Map.of("en", "Free free-coffee", "fa", "free-coffee رایگان"), "costPoints", 100,
				"sku", "FREE-COFFEE", "voucherValidDays", 30), "If-Match", "*");
		assertThat(limited.status()).as(limited.toString()).isEqualTo(200);
		JsonNode fifth = fiveCoffeeVisits(cafe, "V-1", "x");
		String code = fifth.at("/rewards/0/voucherCode").asString();
		JsonNode fresh = cafe.pos().get("/api/vouchers/" + code).json();
		Instant expiresAt = Instant.parse(fresh.get("expiresAt").asString());
		assertThat(expiresAt).isCloseTo(TestClock.now().plus(Duration.ofDays(30)), within(1, ChronoUnit.MINUTES));
		assertThat(fresh.get("redeemable").asBoolean()).isTrue();

		TestClock.shift(Duration.ofDays(30).plusMinutes(1));
		JsonNode late = cafe.pos().get("/api/vouchers/" + code).json();
		Api.Reply refused = cafe.pos().post("/api/vouchers/" + code + "/redemption", Map.of(), "x-late");

		assertThat(late.get("status").asString()).as("expired from its expiresAt on").isEqualTo("EXPIRED");
		assertThat(late.get("redeemable").asBoolean()).isFalse();
		assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
		assertThat(refused.fields()).containsExactly("code");
		assertThat(cafe.pos().get("/api/members/" + member + "/rewards").json().at("/0/status").asString())
			.as("marked by the job only").isEqualTo("ISSUED");
		Api.Reply run = support().post("/api/support/jobs/voucher-expiry/runs", Map.of());
		assertThat(run.status()).as(run.toString()).isEqualTo(200);
		assertThat(run.json().at("/counts/vouchersExpired").asLong()).isEqualTo(1);
		JsonNode marked = cafe.pos().get("/api/members/" + member + "/rewards").json().get(0);
		assertThat(marked.get("status").asString()).isEqualTo("EXPIRED");
		assertThat(Instant.parse(marked.get("expiresAt").asString())).isEqualTo(expiresAt);
		assertThat(support().post("/api/support/jobs/voucher-expiry/runs", Map.of()).json()
			.at("/counts/vouchersExpired").asLong()).as("once").isZero();
	}

	@Test
	void aVoucherUsedInAPurchaseReturnedWholeCanBeUsedAgainOnce() {
		String code = fiveCoffeeVisits(cafe, "V-1", "r").at("/rewards/0/voucherCode").asString();
		cafe.pos().post("/api/purchases", purchase("returned-first", "V-1", Instant.now(),
				line("CAKE", "pastry", 1, "90000"), line("TEA", "tea", 1, "50000")));
		cafe.pos().post("/api/purchases/returned-first/returns",
				Map.of("returnId", "rf", "lines", new Object[] { Map.of("lineNo", 1, "quantity", 1) }));
		Api.Reply onAReturned = cafe.admin().post("/api/vouchers/" + code + "/redemption",
				Map.of("purchaseExternalId", "returned-first"));
		assertThat(onAReturned.status()).as("not on a purchase part of which came back").isEqualTo(422);
		assertThat(onAReturned.fields()).containsExactly("purchaseExternalId");
		cafe.pos().post("/api/purchases", purchase("with-voucher", "V-1", Instant.now(),
				line("LATTE", "coffee", 2, "120000"), line("CAKE", "pastry", 1, "90000")));
		assertThat(cafe.pos().post("/api/vouchers/" + code + "/redemption", Map.of("purchaseExternalId",
				"with-voucher")).status()).isEqualTo(200);

		Api.Reply part = cafe.pos().post("/api/purchases/with-voucher/returns",
				Map.of("returnId", "part", "lines", new Object[] { Map.of("lineNo", 2, "quantity", 1) }));
		assertThat(part.json().get("vouchersRestored")).as("part of the purchase kept: the voucher was used").isEmpty();
		assertThat(cafe.pos().get("/api/vouchers/" + code).json().get("status").asString()).isEqualTo("REDEEMED");

		Map<String, Object> rest = Map.of("returnId", "rest", "lines", new Object[] { Map.of("lineNo", 1, "quantity", 2) });
		Api.Reply whole = cafe.pos().post("/api/purchases/with-voucher/returns", rest);
		Api.Reply retried = cafe.pos().post("/api/purchases/with-voucher/returns", rest);

		assertThat(whole.status()).as(whole.toString()).isEqualTo(200);
		assertThat(whole.json().get("vouchersRestored")).extracting(JsonNode::asString).containsExactly(code);
		assertThat(retried.json().get("vouchersRestored")).isEqualTo(whole.json().get("vouchersRestored"));
		JsonNode voucher = cafe.pos().get("/api/vouchers/" + code).json();
		assertThat(voucher.get("status").asString()).isEqualTo("ISSUED");
		assertThat(voucher.get("redeemedPurchase").isNull()).isTrue();
		assertThat(cafe.pos().post("/api/vouchers/" + code + "/redemption", Map.of()).status()).isEqualTo(200);
		assertThat(cafe.pos().post("/api/vouchers/" + code + "/redemption", Map.of()).status()).isEqualTo(409);
	}

	@Test
	void aReturnedStampWhoseRewardWasUsedLeavesTheCardShortAndTheReceiptSaysSo() {
		JsonNode fifth = fiveCoffeeVisits(cafe, "V-1", "s");
		String code = fifth.at("/rewards/0/voucherCode").asString();
		String reward = fifth.at("/rewards/0/rewardId").asString();
		assertThat(cafe.pos().post("/api/vouchers/" + code + "/redemption", Map.of()).status()).isEqualTo(200);

		Api.Reply returned = cafe.pos().post("/api/purchases/s-3/returns",
				Map.of("returnId", "s-3-back", "lines", new Object[] { Map.of("lineNo", 1, "quantity", 1) }));

		assertThat(returned.status()).as(returned.toString()).isEqualTo(200);
		assertThat(returned.json().get("rewardsRevoked")).isEmpty();
		assertThat(returned.json().get("rewardsKept")).extracting(JsonNode::asString).containsExactly(reward);
		assertThat(returned.json().get("stampsTakenBack").asInt()).isEqualTo(1);
		assertThat(cafe.pos().get("/api/vouchers/" + code).json().get("status").asString()).isEqualTo("REDEEMED");
		assertThat(cafe.pos().get("/api/members/" + member + "/cards").json().at("/0/stamps").asInt())
			.as("the new card keeps its stamps: the old one is short of one").isZero();
	}

	@Test
	void aVoucherKeptWhileItsCardWasShortIsRevokedNotRestoredWhenItsPurchaseComesBackAndTheCardGetsItsStampsAgain() {
		JsonNode fifth = fiveCoffeeVisits(cafe, "V-1", "k");
		String code = fifth.at("/rewards/0/voucherCode").asString();
		String reward = fifth.at("/rewards/0/rewardId").asString();
		cafe.pos().post("/api/purchases", purchase("k-cake", "V-1", Instant.now(), line("CAKE", "pastry", 1, "90000")));
		assertThat(cafe.pos().post("/api/vouchers/" + code + "/redemption", Map.of("purchaseExternalId", "k-cake"))
			.status()).isEqualTo(200);
		Api.Reply shortened = cafe.pos().post("/api/purchases/k-3/returns",
				Map.of("returnId", "k-3-back", "lines", new Object[] { Map.of("lineNo", 1, "quantity", 1) }));
		assertThat(shortened.json().get("rewardsKept")).extracting(JsonNode::asString).containsExactly(reward);

		Api.Reply whole = cafe.pos().post("/api/purchases/k-cake/returns",
				Map.of("returnId", "k-cake-back", "lines", new Object[] { Map.of("lineNo", 1, "quantity", 1) }));

		assertThat(whole.status()).as(whole.toString()).isEqualTo(200);
		assertThat(whole.json().get("vouchersRestored")).as("four stamps do not pay for a coffee").isEmpty();
		assertThat(whole.json().get("rewardsRevoked")).extracting(JsonNode::asString).containsExactly(reward);
		assertThat(cafe.pos().get("/api/vouchers/" + code).json().get("status").asString()).isEqualTo("REVOKED");
		assertThat(cafe.pos().get("/api/members/" + member + "/cards").json().at("/0/stamps").asInt())
			.as("the card's four stamps still standing count again").isEqualTo(4);
		assertThat(cafe.pos().post("/api/purchases", purchase("k-6", "V-1", Instant.now(),
				line("LATTE", "coffee", 1, "120000"))).json().at("/rewards/0/voucherCode").asString())
			.as("the fifth stamp fills the card again").isNotBlank();
	}

	@Test
	void underRecoverPointsAReturnedStampTakesTheUsedRewardsCostBackOnceAndTheCardKeepsItsOtherStamps() {
		recoverPoints();
		JsonNode fifth = fiveCoffeeVisits(cafe, "V-1", "r");
		String code = fifth.at("/rewards/0/voucherCode").asString();
		String reward = fifth.at("/rewards/0/rewardId").asString();
		assertThat(cafe.pos().post("/api/vouchers/" + code + "/redemption", Map.of()).status()).isEqualTo(200);
		assertThat(cafe.admin().post("/api/members/" + member + "/adjustments",
				Map.of("points", 100, "reason", "goodwill"), "goodwill").status()).isEqualTo(201);
		assertThat(balance(cafe, member)).as("5 visits of 12 points, the welcome 20 and 100").isEqualTo(180);

		Api.Reply returned = cafe.pos().post("/api/purchases/r-3/returns",
				Map.of("returnId", "r-3-back", "lines", new Object[] { Map.of("lineNo", 1, "quantity", 1) }));

		assertThat(returned.status()).as(returned.toString()).isEqualTo(200);
		JsonNode receipt = returned.json();
		assertThat(receipt.get("rewardsKept")).isEmpty();
		assertThat(receipt.at("/rewardsRecovered/0/rewardId").asString()).isEqualTo(reward);
		assertThat(receipt.at("/rewardsRecovered/0/rewardCode").asString()).isEqualTo("free-coffee");
		assertThat(receipt.at("/rewardsRecovered/0/points").asLong()).isEqualTo(100);
		assertThat(receipt.at("/rewardsRecovered/0/pointsNotRecovered").asLong()).isZero();
		assertThat(receipt.get("pointsTakenBack").asLong()).as("the visit's 12 and the coffee's 100").isEqualTo(112);
		assertThat(receipt.get("balance").asLong()).isEqualTo(68);
		assertThat(balance(cafe, member)).isEqualTo(68);
		assertThat(cafe.pos().get("/api/vouchers/" + code).json().get("status").asString()).isEqualTo("REDEEMED");
		assertThat(cafe.pos().get("/api/members/" + member + "/cards").json().at("/0/stamps").asInt())
			.as("paid for in points, the coffee leaves the other four stamps on the card").isEqualTo(4);
		JsonNode line = cafe.pos().get("/api/members/" + member + "/history?limit=1").json().get(0);
		assertThat(line.get("kind").asString()).isEqualTo("REVERSE");
		assertThat(line.get("points").asLong()).isEqualTo(-100);
		assertThat(line.at("/line/ruleId").asString()).isEqualTo("coffee-card");
		assertThat(line.at("/line/programVersion").asInt()).isEqualTo(2);
		assertThat(line.get("why").asString()).contains("free-coffee").contains("100 points");

		Api.Reply again = cafe.pos().post("/api/purchases/r-4/returns",
				Map.of("returnId", "r-4-back", "lines", new Object[] { Map.of("lineNo", 1, "quantity", 1) }));

		assertThat(again.json().get("rewardsRecovered")).as("the coffee was paid for once").isEmpty();
		assertThat(again.json().get("pointsTakenBack").asLong()).isEqualTo(12);
		assertThat(balance(cafe, member)).isEqualTo(56);
		assertThat(cafe.pos().get("/api/members/" + member + "/cards").json().at("/0/stamps").asInt())
			.as("its stamp was one of the four").isEqualTo(3);
	}

	@Test
	void underRecoverPointsWhatTheBalanceDoesNotCoverFollowsTheProgramsReturnPolicy() {
		recoverPoints();
		String code = fiveCoffeeVisits(cafe, "V-1", "p").at("/rewards/0/voucherCode").asString();
		assertThat(cafe.pos().post("/api/vouchers/" + code + "/redemption", Map.of()).status()).isEqualTo(200);

		JsonNode receipt = cafe.pos().post("/api/purchases/p-2/returns",
				Map.of("returnId", "p-2-back", "lines", new Object[] { Map.of("lineNo", 1, "quantity", 1) })).json();

		assertThat(receipt.get("returnPolicy").asString()).isEqualTo("BALANCE_TO_ZERO");
		assertThat(receipt.at("/rewardsRecovered/0/points").asLong()).isEqualTo(100);
		assertThat(receipt.at("/rewardsRecovered/0/pointsNotRecovered").asLong()).as("80 - 12 left 68 of 100").isEqualTo(32);
		assertThat(receipt.get("pointsTakenBack").asLong()).isEqualTo(80);
		assertThat(receipt.get("pointsNotRecovered").asLong()).isEqualTo(32);
		assertThat(receipt.get("debt").asLong()).isZero();
		assertThat(balance(cafe, member)).isZero();
	}

	@Test
	void twoReturnedStampsOfACardWhoseRewardWasRevokedBothComeOffTheCard() {
		fiveCoffeeVisits(cafe, "V-1", "w");

		cafe.pos().post("/api/purchases/w-5/returns",
				Map.of("returnId", "w-5-back", "lines", new Object[] { Map.of("lineNo", 1, "quantity", 1) }));
		assertThat(cafe.pos().get("/api/members/" + member + "/cards").json().at("/0/stamps").asInt()).isEqualTo(4);
		cafe.pos().post("/api/purchases/w-4/returns",
				Map.of("returnId", "w-4-back", "lines", new Object[] { Map.of("lineNo", 1, "quantity", 1) }));

		assertThat(cafe.pos().get("/api/members/" + member + "/cards").json().at("/0/stamps").asInt())
			.as("three visits stand").isEqualTo(3);
	}

	/** The café's program again, recovering a used reward's cost when a stamp comes back (version 2). */
	private void recoverPoints() {
		ir.vafa.programs.ProgramDefinition program = DemoPrograms.cafe();
		ir.vafa.programs.Lifecycle lifecycle = program.lifecycle();
		Api.Reply published = cafe.admin().put("/api/program", program.withLifecycle(new ir.vafa.programs.Lifecycle(
				lifecycle.pendingDays(), lifecycle.expiry(), lifecycle.returnPolicy(),
				ir.vafa.programs.UsedRewardReturn.RECOVER_POINTS)));
		assertThat(published.status()).as(published.toString()).isEqualTo(200);
	}

	@Test
	void oneVoucherAtTwoTillsAtOnceIsRedeemedOnce() throws Exception {
		String code = fiveCoffeeVisits(cafe, "V-1", "t").at("/rewards/0/voucherCode").asString();
		Api[] tills = { cafe.pos(), cafe.admin() };
		List<Callable<Integer>> attempts = new ArrayList<>();
		CountDownLatch start = new CountDownLatch(1);
		for (int i = 0; i < 10; i++) {
			Api till = tills[i % 2];
			String key = "till-" + i;
			attempts.add(() -> {
				start.await();
				return till.post("/api/vouchers/" + code + "/redemption", Map.of(), key).status();
			});
		}
		ExecutorService pool = Executors.newFixedThreadPool(10);
		List<Future<Integer>> results = new ArrayList<>();
		attempts.forEach(a -> results.add(pool.submit(a)));
		start.countDown();
		List<Integer> statuses = new ArrayList<>();
		for (Future<Integer> f : results) {
			statuses.add(f.get());
		}
		pool.shutdown();

		assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
		assertThat(statuses).filteredOn(s -> s == 409).hasSize(9);
	}

	@Test
	void aConfirmedReservationIsAVoucherAlreadyUsedWithItsPurchase() {
		for (int i = 0; i < 3; i++) {
			cafe.pos().post("/api/purchases", purchase("p-" + i, "V-1", Instant.now().minus(java.time.Duration.ofDays(30 + i)),
					line("BEANS", "beans", 1, "5000000")));
		}
		Api.Reply reserved = cafe.pos().post("/api/members/" + member + "/reservations", Map.of("reward", "free-coffee"),
				"r-1");
		assertThat(reserved.status()).as(reserved.toString()).isEqualTo(201);
		cafe.pos().post("/api/purchases", purchase("with-coffee", "V-1", Instant.now(), line("LATTE", "coffee", 1, "120000")));

		Api.Reply confirmation = cafe.pos().post("/api/reservations/" + reserved.json().get("id").asString()
				+ "/confirmation", Map.of("purchaseExternalId", "with-coffee"));
		assertThat(confirmation.status()).as(confirmation.toString()).isEqualTo(200);
		JsonNode confirmed = confirmation.json();

		String code = confirmed.get("voucherCode").asString();
		JsonNode voucher = cafe.pos().get("/api/vouchers/" + code).json();
		assertThat(voucher.get("status").asString()).isEqualTo("REDEEMED");
		assertThat(voucher.get("source").asString()).isEqualTo("RESERVATION");
		assertThat(voucher.get("redeemedPurchase").asString()).isEqualTo("with-coffee");
		assertThat(cafe.pos().post("/api/vouchers/" + code + "/redemption", Map.of()).status()).isEqualTo(409);
	}

	@Test
	void anotherTenantsVoucherIsUnknownAndATypoIsCaughtByTheCheckCharacter() {
		String code = fiveCoffeeVisits(cafe, "V-1", "f").at("/rewards/0/voucherCode").asString();
		TestTenant other = tenant("other-cafe", DemoPrograms.cafe());

		Api.Reply foreign = other.pos().get("/api/vouchers/" + code);
		Api.Reply foreignRedeem = other.pos().post("/api/vouchers/" + code + "/redemption", Map.of());
		assertThat(foreign.status()).isEqualTo(404);
		assertThat(foreign.body()).doesNotContain("another tenant").doesNotContain(member.toString());
		assertThat(foreignRedeem.status()).isEqualTo(404);
		assertThat(cafe.pos().get("/api/vouchers/" + code).json().get("status").asString())
			.as("the other tenant's attempt changed nothing").isEqualTo("ISSUED");

		String typo = code.substring(0, 5) + (code.charAt(5) == 'A' ? 'B' : 'A') + code.substring(6);
		Api.Reply mistyped = cafe.pos().get("/api/vouchers/" + typo);
		assertThat(mistyped.status()).isEqualTo(400);
		assertThat(mistyped.fields()).containsExactly("code");
		Api.Reply badPurchase = cafe.pos().post("/api/vouchers/" + code + "/redemption",
				Map.of("purchaseExternalId", "no-such-purchase"));
		assertThat(badPurchase.status()).isEqualTo(422);
		assertThat(badPurchase.fields()).containsExactly("purchaseExternalId");
		assertThat(cafe.pos().get("/api/vouchers/" + code).json().get("status").asString()).isEqualTo("ISSUED");
	}

	@Test
	void guessingCodesIsRateLimitedPerClient() {
		String code = fiveCoffeeVisits(cafe, "V-1", "g").at("/rewards/0/voucherCode").asString();
		List<Integer> misses = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			misses.add(cafe.pos().get("/api/vouchers/" + guess(i)).status());
		}
		Api.Reply limited = cafe.pos().get("/api/vouchers/" + guess(10));
		Api.Reply evenARealOne = cafe.pos().get("/api/vouchers/" + code);

		assertThat(misses).containsOnly(404);
		assertThat(limited.status()).isEqualTo(429);
		assertThat(limited.contentType()).contains("application/problem+json");
		assertThat(Integer.parseInt(limited.retryAfter())).isBetween(1, 61);
		assertThat(evenARealOne.status()).isEqualTo(429);
		assertThat(cafe.admin().get("/api/vouchers/" + code).status()).as("another client is not limited")
			.isEqualTo(200);
	}

	@Test
	void aStampCardMustIssueARewardOfTheCatalog() {
		TestTenant bare = tenant("bare");
		Api.Reply published = bare.admin().put("/api/program", DemoPrograms.cafe());

		assertThat(published.status()).isEqualTo(422);
		assertThat(published.fields()).contains("rules[3].rewardCode");
		assertThat(bare.admin().get("/api/program").status()).isEqualTo(404);
	}

	/** Well-formed codes (their check characters match) that were never issued. */
	private static String guess(int n) {
		String payload = String.format("ZZZZZZZZ%04d", n);
		return payload + VoucherCode.checkCharacter(payload);
	}

	private static String grouped(String code) {
		return new VoucherCode(code).grouped();
	}
}
