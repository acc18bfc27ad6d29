package ir.vafa.donations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import ir.vafa.demo.DemoPrograms;
import ir.vafa.platform.PersianCalendar;
import ir.vafa.support.Api;
import ir.vafa.support.ApiTest;
import ir.vafa.support.TestTenant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Members give points to a charity at 1,000 IRR a point; the merchant reads the totals and exports them. */
class DonationsTest extends ApiTest {

	private static final ZoneId TEHRAN = ZoneId.of("Asia/Tehran");

	private TestTenant retail;
	private UUID sara;
	private UUID reza;

	@BeforeEach
	void aRetailerWithACharityAndTwoMembersWithPoints() {
		retail = tenant("donations", DemoPrograms.retail());
		sara = enroll(retail, "D-1");
		reza = enroll(retail, "D-2");
		Instant now = Instant.now();
		// 1,000 points 60 days ago and 300 points 30 days ago for Sara, 500 for Reza: all past the return window
		purchaseFor("D-1", "s-old", now.minus(60, ChronoUnit.DAYS), "10000000");
		purchaseFor("D-1", "s-newer", now.minus(30, ChronoUnit.DAYS), "3000000");
		purchaseFor("D-2", "r-old", now.minus(40, ChronoUnit.DAYS), "5000000");
		Api.Reply added = retail.admin().post("/api/catalog/rewards", Map.of("code", "mahak", "kind", "DONATION",
				"name", Map.of("en", "Give to Mahak", "fa", "کمک به محک"), "costPoints", 1,
				"donation", Map.of("charity", Map.of("en", "Mahak children's cancer charity", "fa", "مؤسسهٔ خیریهٔ محک"),
						"perPoint", Map.of("amount", 1000, "currency", "IRR"))));
		assertThat(added.status()).as(added.toString()).isEqualTo(201);
	}

	@Test
	void aDonationOfAThousandPointsIsALedgerLineOfItsOwnAndShowsInTheTotalsAndTheExport() {
		Api.Reply given = donate(sara, "mahak", 1000, "d-1");

		assertThat(given.status()).as(given.toString()).isEqualTo(201);
		JsonNode donation = given.json();
		assertThat(donation.get("points").asLong()).isEqualTo(1000);
		assertThat(donation.at("/amount/amount").decimalValue()).isEqualByComparingTo("1000000");
		assertThat(donation.at("/amount/currency").asString()).isEqualTo("IRR");
		assertThat(donation.at("/charity/fa").asString()).isEqualTo("مؤسسهٔ خیریهٔ محک");
		assertThat(donation.at("/lots/0/lotId").asLong()).as("from the oldest lot").isEqualTo(lotOf(sara, "s-old"));
		JsonNode line = retail.pos().get("/api/members/" + sara + "/history?limit=1").json().get(0);
		assertThat(line.get("kind").asString()).isEqualTo("DONATE");
		assertThat(line.get("points").asLong()).isEqualTo(-1000);
		assertThat(line.get("id").asLong()).isEqualTo(donation.get("ledgerLineId").asLong());
		assertThat(retail.pos().get("/api/members/" + sara + "/balance").json().get("pointsAvailable").asLong())
			.isEqualTo(300);

		Api.Reply retried = donate(sara, "mahak", 1000, "d-1");
		assertThat(retried.status()).isEqualTo(201);
		assertThat(retried.json().get("id")).isEqualTo(donation.get("id"));
		assertThat(donate(sara, "mahak", 999, "d-1").status()).as("the key of another donation").isEqualTo(409);
		assertThat(donate(reza, "mahak", 200, "d-2").status()).isEqualTo(201);

		JsonNode all = retail.admin().get("/api/donations/totals?period=ALL").json();
		assertThat(all).hasSize(1);
		assertThat(all.at("/0/rewardCode").asString()).isEqualTo("mahak");
		assertThat(all.at("/0/points").asLong()).isEqualTo(1200);
		assertThat(all.at("/0/amount/amount").decimalValue()).isEqualByComparingTo("1200000");
		assertThat(all.at("/0/donors").asLong()).isEqualTo(2);
		assertThat(all.at("/0/donations").asLong()).isEqualTo(2);
		assertThat(all.at("/0/periodStart").isNull()).isTrue();
		LocalDate today = LocalDate.now(TEHRAN);
		JsonNode monthly = retail.admin().get("/api/donations/totals?period=MONTH&from=" + today + "&to=" + today).json();
		PersianCalendar.Date jalali = PersianCalendar.of(today);
		assertThat(monthly).hasSize(1);
		assertThat(monthly.at("/0/periodStartJalali").asString())
			.isEqualTo(String.format("%04d/%02d/01", jalali.year(), jalali.month()));
		assertThat(retail.admin().get("/api/donations/totals?from=" + today.plusDays(1)).json())
			.as("nothing was given tomorrow").isEmpty();
		assertThat(donate(reza, "mahak", 100, "d-3").status()).isEqualTo(201);
		JsonNode again = retail.admin().get("/api/donations/totals?period=MONTH&from=" + today + "&to=" + today).json();
		assertThat(again.at("/0/donations").asLong()).isEqualTo(3);
		assertThat(again.at("/0/donors").asLong()).as("Reza gave twice this month: one donor").isEqualTo(2);
		assertThat(again.at("/0/points").asLong()).isEqualTo(1300);

		Api.Reply export = retail.admin().get("/api/donations/export?reward=mahak&from=" + today);
		assertThat(export.status()).isEqualTo(200);
		assertThat(export.contentType()).startsWith("text/csv");
		List<String> rows = export.body().replace("\uFEFF", "").lines().toList();
		assertThat(rows).hasSize(4);
		assertThat(rows.get(0)).startsWith("donationId,donatedAt,localDate,jalaliDate,rewardCode");
		assertThat(rows.get(1)).startsWith(donation.get("id").asString())
			.contains(",mahak,\"Mahak children's cancer charity\"".replace("\"", ""))
			.contains("مؤسسهٔ خیریهٔ محک").contains(sara + ",1000,1000000,IRR,");
	}

	@Test
	void refusedDonationsStoreNothing() {
		Api.Reply tooMuch = donate(sara, "mahak", 1301, "x-1");
		Api.Reply zero = donate(sara, "mahak", 0, "x-2");
		Api.Reply discount = addDiscountAndDonateTo();
		Api.Reply unknownReward = donate(sara, "no-such-charity", 10, "x-4");
		Api.Reply unknownMember = donate(UUID.randomUUID(), "mahak", 10, "x-5");
		Api.Reply backwards = retail.admin().get("/api/donations/totals?from=2026-12-02&to=2026-12-01");
		retail.admin().post("/api/catalog/rewards", Map.of("code", "rich", "kind", "DONATION", "name",
				Map.of("en", "Rich", "fa", "غنی"), "costPoints", 1, "donation", Map.of("charity",
						Map.of("en", "Rich", "fa", "غنی"), "perPoint", Map.of("amount", new java.math.BigDecimal(
								"900000000000000"), "currency", "IRR"))));
		Api.Reply overflowing = donate(sara, "rich", 100, "x-6");

		assertThat(tooMuch.status()).isEqualTo(409);
		assertThat(tooMuch.fields()).containsExactly("points");
		assertThat(zero.status()).isEqualTo(400);
		assertThat(zero.fields()).containsExactly("points");
		assertThat(discount.status()).isEqualTo(422);
		assertThat(discount.fields()).containsExactly("reward");
		assertThat(unknownReward.status()).isEqualTo(422);
		assertThat(unknownMember.status()).isEqualTo(404);
		assertThat(backwards.status()).isEqualTo(422);
		assertThat(backwards.fields()).containsExactly("to");
		assertThat(overflowing.status()).as("worth more than a donation can hold").isEqualTo(422);
		assertThat(overflowing.fields()).containsExactly("points");
		assertThat(retail.admin().get("/api/donations/totals?period=ALL").json()).isEmpty();
		assertThat(retail.pos().get("/api/members/" + sara + "/donations").json()).isEmpty();
		assertThat(retail.pos().get("/api/members/" + sara + "/balance").json().get("pointsAvailable").asLong())
			.isEqualTo(1300);
		Api.Reply reserved = retail.pos().post("/api/members/" + sara + "/reservations", Map.of("reward", "mahak"));
		assertThat(reserved.status()).as("a donation is given, not reserved").isEqualTo(422);
	}

	@Test
	void anotherTenantSeesNeitherTheMemberNorTheTotals() {
		assertThat(donate(sara, "mahak", 100, "f-1").status()).isEqualTo(201);
		TestTenant other = tenant("other-retail", DemoPrograms.retail());

		assertThat(other.pos().post("/api/members/" + sara + "/donations", Map.of("reward", "mahak", "points", 10))
			.status()).isEqualTo(404);
		assertThat(other.pos().get("/api/members/" + sara + "/donations").status()).isEqualTo(404);
		assertThat(other.admin().get("/api/donations/totals?period=ALL").json()).isEmpty();
		assertThat(other.admin().get("/api/donations/export").body().replace("\uFEFF", "").lines()).hasSize(1);
		assertThat(retail.pos().get("/api/donations/totals").status()).as("a till reads no totals").isEqualTo(403);
	}

	private Api.Reply addDiscountAndDonateTo() {
		retail.admin().post("/api/catalog/rewards", Map.of("code", "ten-off", "kind", "DISCOUNT", "name",
				Map.of("en", "10% off", "fa", "۱۰٪ تخفیف"), "costPoints", 100, "discount",
				Map.of("type", "PERCENT", "percent", 10)));
		return donate(sara, "ten-off", 10, "x-3");
	}

	private Api.Reply donate(UUID member, String reward, long points, String key) {
		return retail.pos().post("/api/members/" + member + "/donations", Map.of("reward", reward, "points", points),
				key);
	}

	private void purchaseFor(String card, String externalId, Instant at, String amount) {
		Api.Reply reply = retail.pos().post("/api/purchases", purchase(externalId, card, at,
				line("SHIRT", "clothing", 1, amount)));
		assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
	}

	private long lotOf(UUID member, String externalId) {
		for (JsonNode lot : retail.pos().get("/api/members/" + member + "/lots?live=false").json()) {
			if (lot.get("purchaseId").asString().equals(
					retail.pos().get("/api/purchases/" + externalId).json().get("purchaseId").asString())) {
				return lot.get("id").asLong();
			}
		}
		throw new AssertionError("no lot of " + externalId);
	}
}
