package ir.vafa.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import ir.vafa.demo.DemoPrograms;
import ir.vafa.programs.Lifecycle;
import ir.vafa.programs.ReturnPolicy;
import ir.vafa.support.Api;
import ir.vafa.support.ApiTest;
import ir.vafa.support.TestClock;
import ir.vafa.support.TestTenant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Points as lots: pending for the return window, spendable soonest-expiring first, expiring by the program's rule,
 * taken back by returns as the return policy says. Every draw is an allocation, and the running balance always
 * equals what the lots hold less the debt.
 */
class PointLotsTest extends ApiTest {

	private static final ZoneId TEHRAN = ZoneId.of("Asia/Tehran");

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void retailPointsArePendingFor14DaysAndCannotBeSpentUntilThen() {
		TestTenant retail = tenant("pending", DemoPrograms.retail());
		UUID member = enroll(retail, "P-1");
		Api.Reply bought = retail.pos().post("/api/purchases",
				purchase("p-1", "P-1", Instant.now(), line("TV", "electronics", 1, "5000000")));

		assertThat(bought.json().get("pointsPending").asLong()).isEqualTo(1000);
		assertThat(Instant.parse(bought.json().get("availableAt").asString()))
			.isCloseTo(Instant.now().plus(Duration.ofDays(14)), within(Duration.ofMinutes(1)));
		JsonNode balance = retail.pos().get("/api/members/" + member + "/balance").json();
		assertThat(balance.get("pointsBalance").asLong()).isEqualTo(1000);
		assertThat(balance.get("pointsPending").asLong()).isEqualTo(1000);
		assertThat(balance.get("pointsAvailable").asLong()).isZero();

		Api.Reply refused = retail.pos().post("/api/members/" + member + "/redemptions", Map.of("points", 100));
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.fields()).containsExactly("points");
		assertThat(refused.json().get("detail").asString()).contains("1000 pending");

		TestClock.shift(Duration.ofDays(14).plusMinutes(1));
		assertThat(retail.pos().get("/api/members/" + member + "/balance").json().get("pointsAvailable").asLong())
			.isEqualTo(1000);
		assertThat(retail.pos().post("/api/members/" + member + "/redemptions", Map.of("points", 100)).status())
			.isEqualTo(201);
	}

	@Test
	void aPurchaseSentLateByAnOfflineTillAgesFromItsOwnTime() {
		TestTenant retail = tenant("late", DemoPrograms.retail());
		UUID member = enroll(retail, "P-2");
		Instant twentyDaysAgo = Instant.now().minus(Duration.ofDays(20));

		Api.Reply bought = retail.pos().post("/api/purchases",
				purchase("p-2", "P-2", twentyDaysAgo, line("TV", "electronics", 1, "5000000")));

		assertThat(bought.json().get("pointsPending").asLong()).isZero();
		assertThat(retail.pos().post("/api/members/" + member + "/redemptions", Map.of("points", 1000)).status())
			.isEqualTo(201);
	}

	@Test
	void aReturnInsideTheWindowTakesBackThePurchasesOwnPendingLots() {
		TestTenant retail = tenant("window", DemoPrograms.retail());
		UUID member = enroll(retail, "P-3");
		retail.pos().post("/api/purchases", purchase("p-3", "P-3", Instant.now(), line("TV", "electronics", 1, "5000000"),
				line("SOCKS", "apparel", 1, "500000")));

		Api.Reply returned = retail.pos().post("/api/purchases/p-3/returns",
				Map.of("returnId", "p-3-back", "lines", new Object[] { Map.of("lineNo", 1, "quantity", 1) }));

		assertThat(returned.status()).as(returned.toString()).isEqualTo(200);
		assertThat(returned.json().get("pointsTakenBack").asLong()).isEqualTo(1000);
		assertThat(returned.json().get("pointsNotRecovered").asLong()).isZero();
		assertThat(returned.json().get("lots")).allSatisfy(lot -> {
			assertThat(lot.get("pending").asBoolean()).isTrue();
			assertThat(lot.get("ofThisPurchase").asBoolean()).isTrue();
		});
		JsonNode balance = retail.pos().get("/api/members/" + member + "/balance").json();
		assertThat(balance.get("pointsPending").asLong()).isEqualTo(50);
		assertBalancesAgreeWithLots(retail);
	}

	@Test
	void aRedemptionSpendsTheLotsThatExpireSoonestAndSaysWhichItTook() {
		TestTenant cafe = tenant("soonest", DemoPrograms.cafe());
		UUID member = enroll(cafe, "S-1");
		// 5 months ago: expires in a month; 1 month ago: in five; each 100 points (welcome bonus on the first: +20)
		cafe.pos().post("/api/purchases", purchase("s-old", "S-1", monthsAgo(5), line("BEANS", "beans", 1, "1000000")));
		cafe.pos().post("/api/purchases", purchase("s-new", "S-1", monthsAgo(1), line("BEANS", "beans", 1, "1000000")));
		List<JsonNode> lots = list(cafe.pos().get("/api/members/" + member + "/lots").json());
		long older = lots.stream().filter(l -> l.get("points").asLong() == 100)
			.min((a, b) -> a.get("expiresAt").asString().compareTo(b.get("expiresAt").asString())).orElseThrow()
			.get("id").asLong();

		Api.Reply spent = cafe.pos().post("/api/members/" + member + "/redemptions", Map.of("points", 60));

		assertThat(spent.status()).isEqualTo(201);
		assertThat(spent.json().get("lots")).hasSize(1);
		assertThat(spent.json().at("/lots/0/lotId").asLong()).isEqualTo(older);
		assertThat(spent.json().at("/lots/0/points").asLong()).isEqualTo(-60);
		assertBalancesAgreeWithLots(cafe);
	}

	@Test
	void cafePointsExpireSixMonthsAfterEarningOnceAndTheMemberSeesWhen() {
		TestTenant cafe = tenant("expiry", DemoPrograms.cafe());
		UUID member = enroll(cafe, "E-1");
		Instant sevenMonthsAgo = monthsAgo(7);
		Instant oneMonthAgo = monthsAgo(1);
		cafe.pos().post("/api/purchases", purchase("e-old", "E-1", sevenMonthsAgo, line("BEANS", "beans", 1, "1000000")));
		cafe.pos().post("/api/purchases", purchase("e-new", "E-1", oneMonthAgo, line("BEANS", "beans", 1, "500000")));

		JsonNode before = cafe.pos().get("/api/members/" + member + "/balance").json();
		assertThat(before.get("pointsExpiring").asLong()).as("past expiry, the job not yet run").isEqualTo(120);
		JsonNode next = before.at("/expiries/0");
		Instant expiresAt = oneMonthAgo.atZone(TEHRAN).plusMonths(6).toInstant().truncatedTo(ChronoUnit.MICROS);
		assertThat(Instant.parse(next.get("expiresAt").asString())).isEqualTo(expiresAt);
		assertThat(next.get("points").asLong()).isEqualTo(50);
		assertThat(LocalDate.parse(next.get("lastDay").asString())).isEqualTo(expiresAt.atZone(TEHRAN).toLocalDate());
		assertThat(next.get("lastDayPersian").asString()).matches("14\\d\\d/\\d\\d/\\d\\d");

		JsonNode run = support().post("/api/support/jobs/points-expiry/runs", Map.of()).json();
		JsonNode again = support().post("/api/support/jobs/points-expiry/runs", Map.of()).json();

		assertThat(run.at("/counts/lotsExpired").asLong()).isGreaterThanOrEqualTo(2);
		assertThat(again.at("/counts/pointsExpired").asLong()).isZero();
		JsonNode after = cafe.pos().get("/api/members/" + member + "/balance").json();
		assertThat(after.get("pointsBalance").asLong()).isEqualTo(50);
		assertThat(after.get("pointsExpiring").asLong()).isZero();
		JsonNode expiry = list(cafe.pos().get("/api/members/" + member + "/history").json()).stream()
			.filter(l -> l.get("kind").asString().equals("EXPIRE")).findFirst().orElseThrow();
		assertThat(expiry.get("points").asLong()).isEqualTo(-120);
		assertThat(expiry.get("lots")).hasSize(2).allSatisfy(l -> assertThat(l.get("points").asLong()).isNegative());
		assertBalancesAgreeWithLots(cafe);
	}

	@Test
	void downToZeroTakesWhatIsLeftAndSaysWhatWasNotRecovered() {
		TestTenant shop = tenant("to-zero", DemoPrograms.cafe().withLifecycle(new Lifecycle(0, null,
				ReturnPolicy.BALANCE_TO_ZERO)));
		UUID member = enroll(shop, "Z-1");
		shop.pos().post("/api/purchases", purchase("z-1", "Z-1", Instant.now(), line("BEANS", "beans", 1, "1000000")));
		shop.pos().post("/api/members/" + member + "/redemptions", Map.of("points", 100));

		JsonNode returned = shop.pos().post("/api/purchases/z-1/returns",
				Map.of("returnId", "z-1-back", "lines", new Object[] { Map.of("lineNo", 1, "quantity", 1) })).json();

		// earned 100 + 20 welcome; 100 were spent: 20 left to take, 100 not recovered
		assertThat(returned.get("returnPolicy").asString()).isEqualTo("BALANCE_TO_ZERO");
		assertThat(returned.get("pointsTakenBack").asLong()).isEqualTo(20);
		assertThat(returned.get("pointsNotRecovered").asLong()).isEqualTo(100);
		assertThat(returned.get("balance").asLong()).isZero();
		assertBalancesAgreeWithLots(shop);
	}

	@Test
	void aNegativeBalanceIsADebtThatTheNextEarningsPay() {
		TestTenant shop = tenant("negative", DemoPrograms.cafe().withLifecycle(new Lifecycle(0, null,
				ReturnPolicy.NEGATIVE_BALANCE)));
		UUID member = enroll(shop, "N-1");
		shop.pos().post("/api/purchases", purchase("n-1", "N-1", Instant.now(), line("BEANS", "beans", 1, "1000000")));
		shop.pos().post("/api/members/" + member + "/redemptions", Map.of("points", 100));

		JsonNode returned = shop.pos().post("/api/purchases/n-1/returns",
				Map.of("returnId", "n-1-back", "lines", new Object[] { Map.of("lineNo", 1, "quantity", 1) })).json();
		assertThat(returned.get("pointsTakenBack").asLong()).isEqualTo(120);
		assertThat(returned.get("debt").asLong()).isEqualTo(100);
		assertThat(returned.get("balance").asLong()).isEqualTo(-100);

		// The returned purchase no longer counts as a visit, so the next one is the first again: 60 + 20 welcome.
		JsonNode paying = shop.pos().post("/api/purchases",
				purchase("n-2", "N-1", Instant.now(), line("BEANS", "beans", 1, "600000"))).json();
		assertThat(paying.get("pointsEarned").asLong()).isEqualTo(80);
		assertThat(paying.get("balance").asLong()).isEqualTo(-20);
		JsonNode balance = shop.pos().get("/api/members/" + member + "/balance").json();
		assertThat(balance.get("pointsDebt").asLong()).isEqualTo(20);
		assertThat(balance.get("pointsAvailable").asLong()).isZero();

		shop.pos().post("/api/purchases", purchase("n-3", "N-1", Instant.now(), line("BEANS", "beans", 1, "1000000")));
		balance = shop.pos().get("/api/members/" + member + "/balance").json();
		assertThat(balance.get("pointsDebt").asLong()).isZero();
		assertThat(balance.get("pointsAvailable").asLong()).isEqualTo(80);
		assertBalancesAgreeWithLots(shop);
	}

	@Test
	void pendingOnlyTakesBackNothingOnceTheWindowHasClosed() {
		TestTenant shop = tenant("pending-only", DemoPrograms.cafe().withLifecycle(new Lifecycle(14, null,
				ReturnPolicy.PENDING_ONLY)));
		enroll(shop, "O-1");
		shop.pos().post("/api/purchases", purchase("o-old", "O-1", Instant.now().minus(Duration.ofDays(20)),
				line("BEANS", "beans", 1, "1000000")));
		shop.pos().post("/api/purchases", purchase("o-new", "O-1", Instant.now(), line("BEANS", "beans", 1, "500000")));

		JsonNode late = shop.pos().post("/api/purchases/o-old/returns",
				Map.of("returnId", "o-old-back", "lines", new Object[] { Map.of("lineNo", 1, "quantity", 1) })).json();
		JsonNode inWindow = shop.pos().post("/api/purchases/o-new/returns",
				Map.of("returnId", "o-new-back", "lines", new Object[] { Map.of("lineNo", 1, "quantity", 1) })).json();

		assertThat(late.get("pointsTakenBack").asLong()).isZero();
		assertThat(late.get("pointsNotRecovered").asLong()).isEqualTo(120);
		assertThat(inWindow.get("pointsTakenBack").asLong()).isEqualTo(50);
		assertBalancesAgreeWithLots(shop);
	}

	@Test
	void adjustmentsAreLotsOrDrawsAndANegativeOneCannotTakeMoreThanTheLotsHold() {
		TestTenant shop = tenant("adjust", DemoPrograms.retailRules());
		UUID member = enroll(shop, "A-1");

		Api.Reply credit = shop.admin().post("/api/members/" + member + "/adjustments",
				Map.of("points", 300, "reason", "goodwill"));
		Api.Reply tooMuch = shop.admin().post("/api/members/" + member + "/adjustments",
				Map.of("points", -301, "reason", "mistake"));
		Api.Reply debit = shop.admin().post("/api/members/" + member + "/adjustments",
				Map.of("points", -100, "reason", "mistake"));

		assertThat(credit.json().at("/lots/0/points").asLong()).isEqualTo(300);
		assertThat(tooMuch.status()).isEqualTo(409);
		assertThat(tooMuch.fields()).containsExactly("points");
		assertThat(debit.json().at("/lots/0/points").asLong()).isEqualTo(-100);
		assertThat(balance(shop, member)).isEqualTo(200);
		assertBalancesAgreeWithLots(shop);
	}

	/** The running balance is the ledger's sum, and what the lots hold less what is owed. */
	private void assertBalancesAgreeWithLots(TestTenant tenant) {
		List<Map<String, Object>> disagreeing = ir.vafa.tenancy.CurrentTenant.callAs(tenant.id(), () -> jdbc.queryForList("""
				SELECT a.member_id, a.points_balance, a.points_debt,
				  (SELECT coalesce(sum(remaining), 0) FROM point_lot l WHERE l.tenant_id = a.tenant_id AND l.member_id = a.member_id) AS lots,
				  (SELECT coalesce(sum(points), 0) FROM ledger_line l WHERE l.tenant_id = a.tenant_id AND l.member_id = a.member_id) AS ledger,
				  (SELECT coalesce(sum(outstanding), 0) FROM point_debt d WHERE d.tenant_id = a.tenant_id AND d.member_id = a.member_id) AS owed
				FROM member_account a WHERE a.tenant_id = ?""", tenant.id()).stream()
			.filter(r -> ((Number) r.get("points_balance")).longValue() != ((Number) r.get("ledger")).longValue()
					|| ((Number) r.get("points_balance")).longValue() != ((Number) r.get("lots")).longValue()
							- ((Number) r.get("points_debt")).longValue()
					|| ((Number) r.get("points_debt")).longValue() != ((Number) r.get("owed")).longValue())
			.toList());
		assertThat(disagreeing).isEmpty();
	}

	private static Instant monthsAgo(int months) {
		return Instant.now().atZone(TEHRAN).minusMonths(months).toInstant();
	}

	private static List<JsonNode> list(JsonNode array) {
		List<JsonNode> list = new ArrayList<>();
		array.forEach(list::add);
		return list;
	}

	private static org.assertj.core.data.TemporalUnitOffset within(Duration d) {
		return new org.assertj.core.data.TemporalUnitWithinOffset(d.toSeconds(), ChronoUnit.SECONDS);
	}
}
