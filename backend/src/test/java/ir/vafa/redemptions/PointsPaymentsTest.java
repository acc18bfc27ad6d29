package ir.vafa.redemptions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import ir.vafa.demo.DemoPrograms;
import ir.vafa.programs.Expiry;
import ir.vafa.programs.Lifecycle;
import ir.vafa.programs.ProgramDefinition;
import ir.vafa.programs.ReturnPolicy;
import ir.vafa.programs.TillSettings;
import ir.vafa.support.Api;
import ir.vafa.support.ApiTest;
import ir.vafa.support.TestTenant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** At the retailer a point pays 1,000 IRR of a purchase; returning the purchase gives the points back, once. */
class PointsPaymentsTest extends ApiTest {

	private TestTenant retail;
	private UUID member;

	@BeforeEach
	void aRetailMemberWith1300PointsAndAPurchaseOf900000Rials() {
		retail = tenant("points-pay", DemoPrograms.retail());
		member = enroll(retail, "P-1");
		Instant past = Instant.now().minus(60, ChronoUnit.DAYS);
		bought("old", past, line("COAT", "clothing", 1, "13000000"));
		bought("now", Instant.now(), line("SHIRT", "clothing", 1, "600000"), line("SOCKS", "clothing", 1, "300000"));
	}

	@Test
	void pointsPayPartOfAPurchaseAndItsReturnsGiveThemBackOnce() {
		Api.Reply paid = pay(300, "now", "pay-1");

		assertThat(paid.status()).as(paid.toString()).isEqualTo(201);
		assertThat(paid.json().get("amount").decimalValue()).isEqualByComparingTo("300000");
		assertThat(paid.json().get("currency").asString()).isEqualTo("IRR");
		assertThat(available()).isEqualTo(1000);
		assertThat(pay(300, "now", "pay-1").json().get("id")).as("a retry").isEqualTo(paid.json().get("id"));
		Api.Reply tooMuch = pay(601, "now", "pay-2");
		assertThat(tooMuch.status()).isEqualTo(422);
		assertThat(tooMuch.fields()).containsExactly("points");
		assertThat(tooMuch.body()).contains("at most 600");
		assertThat(available()).isEqualTo(1000);
		JsonNode line = retail.pos().get("/api/members/" + member + "/history?limit=1").json().get(0);
		assertThat(line.get("kind").asString()).isEqualTo("REDEEM");
		assertThat(line.get("points").asLong()).isEqualTo(-300);

		// the socks are a third of the purchase: a third of the points comes back; the rest with the shirt
		Api.Reply socks = retail.pos().post("/api/purchases/now/returns",
				Map.of("returnId", "socks", "lines", new Object[] { Map.of("lineNo", 2, "quantity", 1) }));
		assertThat(socks.status()).as(socks.toString()).isEqualTo(200);
		assertThat(socks.json().get("pointsRefunded").asLong()).isEqualTo(100);
		Api.Reply afterAReturn = pay(10, "now", "pay-3");
		assertThat(afterAReturn.status()).as("points pay only for a purchase none of which came back").isEqualTo(422);
		assertThat(afterAReturn.fields()).containsExactly("purchaseExternalId");
		Map<String, Object> shirt = Map.of("returnId", "shirt", "lines", new Object[] { Map.of("lineNo", 1, "quantity", 1) });
		Api.Reply rest = retail.pos().post("/api/purchases/now/returns", shirt);
		Api.Reply retried = retail.pos().post("/api/purchases/now/returns", shirt);

		assertThat(rest.json().get("pointsRefunded").asLong()).isEqualTo(200);
		assertThat(retried.json().get("pointsRefunded").asLong()).isEqualTo(200);
		assertThat(available()).as("all 300 back, once").isEqualTo(1300);
		JsonNode payments = retail.pos().get("/api/purchases/now/points-payments").json();
		assertThat(payments).hasSize(1);
		assertThat(payments.at("/0/refundedPoints").asLong()).isEqualTo(300);
		assertThat(retail.pos().get("/api/members/" + member + "/history?limit=1").json().at("/0/kind").asString())
			.isEqualTo("REFUND");
	}

	@Test
	void refundedPointsExpireWhenThePointsThatPaidWouldHaveNotLater() {
		Instant coatExpiry = Instant.parse(retail.pos().get("/api/members/" + member + "/lots").json().findValues("expiresAt")
			.getLast().asString());
		assertThat(pay(300, "now", "pay-1").status()).isEqualTo(201);
		ProgramDefinition longer = DemoPrograms.retail().withLifecycle(new Lifecycle(14, Expiry.rolling(24, false),
				ReturnPolicy.NEGATIVE_BALANCE));
		assertThat(retail.admin().put("/api/program", longer).status()).isEqualTo(200);

		Api.Reply socks = retail.pos().post("/api/purchases/now/returns",
				Map.of("returnId", "socks", "lines", new Object[] { Map.of("lineNo", 2, "quantity", 1) }));
		Api.Reply shirt = retail.pos().post("/api/purchases/now/returns",
				Map.of("returnId", "shirt", "lines", new Object[] { Map.of("lineNo", 1, "quantity", 1) }));

		assertThat(socks.json().get("pointsRefunded").asLong() + shirt.json().get("pointsRefunded").asLong())
			.isEqualTo(300);
		JsonNode refunds = retail.pos().get("/api/members/" + member + "/history?limit=10").json();
		List<Long> refundLots = new java.util.ArrayList<>();
		refunds.forEach(line -> {
			if (line.get("kind").asString().equals("REFUND")) {
				refundLots.add(line.get("id").asLong());
			}
		});
		assertThat(refundLots).as("one line per return: the coat's lot paid for all 300").hasSize(2);
		List<Instant> refundExpiries = new java.util.ArrayList<>();
		retail.pos().get("/api/members/" + member + "/lots").json().forEach(lot -> {
			if (refundLots.contains(lot.get("id").asLong())) {
				refundExpiries.add(Instant.parse(lot.get("expiresAt").asString()));
			}
		});
		assertThat(refundExpiries).as("as the coat's points, not 24 months from the return")
			.containsExactly(coatExpiry, coatExpiry);
		assertThat(available()).isEqualTo(1300);
	}

	@Test
	void refusedPaymentsSpendNothing() {
		enroll(retail, "P-2");
		retail.pos().post("/api/purchases", purchase("someone-else", "P-2", Instant.now(), line("HAT", "clothing", 1, "500000")));
		Api.Reply others = pay(10, "someone-else", "o");
		Api.Reply unknown = pay(10, "no-such", "u");
		Api.Reply zero = pay(0, "now", "z");
		Api.Reply moreThanTheMemberHas = retail.pos().post("/api/purchases", purchase("big", "P-1", Instant.now(),
				line("TV", "electronics", 1, "90000000"))).status() == 200 ? pay(1400, "big", "m") : null;
		TestTenant other = tenant("points-pay-other", DemoPrograms.retail());
		TestTenant cafe = tenant("points-pay-cafe", DemoPrograms.cafe());
		UUID cafeMember = enroll(cafe, "C-1");

		assertThat(others.status()).isEqualTo(422);
		assertThat(others.fields()).containsExactly("purchaseExternalId");
		assertThat(others.body()).contains("another member's");
		assertThat(unknown.status()).isEqualTo(422);
		assertThat(unknown.fields()).containsExactly("purchaseExternalId");
		assertThat(zero.status()).isEqualTo(400);
		assertThat(moreThanTheMemberHas.status()).isEqualTo(409);
		assertThat(moreThanTheMemberHas.fields()).containsExactly("points");
		assertThat(other.pos().post("/api/members/" + member + "/points-payments",
				Map.of("points", 10, "purchaseExternalId", "now")).status()).isEqualTo(404);
		assertThat(other.pos().get("/api/purchases/now/points-payments").status()).isEqualTo(404);
		Api.Reply noValue = cafe.pos().post("/api/members/" + cafeMember + "/points-payments",
				Map.of("points", 10, "purchaseExternalId", "x"));
		assertThat(noValue.status()).as("the café's points pay for nothing").isEqualTo(422);
		assertThat(noValue.fields()).containsExactly("points");
		assertThat(available()).isEqualTo(1300);
		assertThat(retail.pos().get("/api/purchases/now/points-payments").json()).isEmpty();
	}

	@Test
	void aReservationLastsAsLongAsTheProgramSays() {
		TestTenant quick = tenant("quick-reserve", DemoPrograms.retail().withRedemption(new TillSettings(null, 5)));
		UUID m = enroll(quick, "Q-1");
		quick.pos().post("/api/purchases", purchase("q-old", "Q-1", Instant.now().minus(60, ChronoUnit.DAYS),
				line("COAT", "clothing", 1, "13000000")));
		quick.admin().post("/api/catalog/rewards", Map.of("code", "gift", "kind", "FREE_PRODUCT", "name",
				Map.of("en", "A gift", "fa", "یک هدیه"), "costPoints", 100, "sku", "GIFT"));

		JsonNode reservation = quick.pos().post("/api/members/" + m + "/reservations", Map.of("reward", "gift")).json();

		assertThat(Duration.between(Instant.parse(reservation.get("reservedAt").asString()),
				Instant.parse(reservation.get("expiresAt").asString()))).isEqualTo(Duration.ofMinutes(5));
		Api.Reply tooLong = quick.admin().put("/api/program",
				DemoPrograms.retail().withRedemption(new TillSettings(new java.math.BigDecimal("-1"), 2000)));
		assertThat(tooLong.status()).isEqualTo(422);
		assertThat(tooLong.fields()).containsExactlyInAnyOrder("redemption.pointValue", "redemption.reservationMinutes");
	}

	private Api.Reply pay(long points, String purchase, String key) {
		return retail.pos().post("/api/members/" + member + "/points-payments",
				Map.of("points", points, "purchaseExternalId", purchase), key);
	}

	private long available() {
		return retail.pos().get("/api/members/" + member + "/balance").json().get("pointsAvailable").asLong();
	}

	private void bought(String externalId, Instant at, Object[]... lines) {
		Api.Reply reply = retail.pos().post("/api/purchases", purchase(externalId, "P-1", at, lines));
		assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
	}
}
