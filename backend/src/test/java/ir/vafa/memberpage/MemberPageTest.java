package ir.vafa.memberpage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
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
 * A member's own page, opened from a signed link staff make: what it shows, and that no link can be turned into
 * another member's, outlive its expiry or survive a revocation.
 */
class MemberPageTest extends ApiTest {

	private static final ZoneId TEHRAN = ZoneId.of("Asia/Tehran");

	private TestTenant cafe;
	private UUID member;

	/**
	 * The café's program with the retail ladder (silver from 20,000,000 IRR): two coffee visits of 240,000 IRR, one
	 * 170 days ago (24 + a 20-point welcome, expiring within a fortnight: points live six months) and one yesterday
	 * (24), both at noon; two stamps of five on the coffee card. The catalog has a free coffee for 50 points, a mug
	 * for 500 and a gold members' treat for 10.
	 */
	@BeforeEach
	void aCafeMemberWithTwoVisits() {
		cafe = tenant("mpage", DemoPrograms.cafe().withTiers(DemoPrograms.retailTiers()));
		member = enroll(cafe, "MP-1");
		visit("MP-1", "v1", 170);
		visit("MP-1", "v2", 1);
		// the card's free coffee is in the catalog already (the program names it): for 50 points here
		Api.Reply coffee = cafe.admin().put("/api/catalog/rewards/free-coffee", reward("free-coffee", 50, List.of()));
		assertThat(coffee.status()).as(coffee.toString()).isEqualTo(200);
		addReward("mug", 500, List.of());
		addReward("gold-treat", 10, List.of("gold"));
	}

	@Test
	void aLinkOpensTheMembersBalanceHistoryTierStampCardAndTheRewardsTheyCanAfford() {
		Api.Reply made = cafe.pos().post("/api/members/" + member + "/page-links", Map.of());

		assertThat(made.status()).as(made.toString()).isEqualTo(201);
		String url = made.json().get("url").asString();
		assertThat(url).startsWith("http://127.0.0.1:" + port + "/card/");
		String token = url.substring(url.lastIndexOf('/') + 1);
		assertThat(made.json().get("token").asString()).isEqualTo(token);
		assertThat(Instant.parse(made.json().get("expiresAt").asString()))
			.isCloseTo(Instant.now().plus(30, ChronoUnit.DAYS), within(1, ChronoUnit.MINUTES));

		Api.Reply shown = view(token);

		assertThat(shown.status()).as(shown.toString()).isEqualTo(200);
		JsonNode page = shown.json();
		assertThat(page.get("memberId").asString()).isEqualTo(member.toString());
		assertThat(page.get("cardNumber").asString()).isEqualTo("MP-1");
		assertThat(page.get("currency").asString()).isEqualTo("IRR");
		assertThat(page.at("/points/available").asLong()).isEqualTo(68);
		assertThat(page.at("/points/pending").asLong()).isZero();
		assertThat(page.at("/points/expiringSoon").asLong()).as("the first visit's 44 points").isEqualTo(44);
		assertThat(page.at("/points/expiries/0/points").asLong()).isEqualTo(44);
		assertThat(page.at("/points/expiries/0/lastDayPersian").asString()).matches("14\\d\\d/\\d\\d/\\d\\d");
		assertThat(page.get("history")).extracting(l -> l.get("ruleName").asString())
			.containsExactly("1 point per 10,000 rials", "Welcome bonus on the first visit", "1 point per 10,000 rials");
		assertThat(page.get("history")).extracting(l -> l.get("points").asLong()).containsExactly(24L, 20L, 24L);
		assertThat(page.at("/tier/tierId").asString()).isEqualTo("bronze");
		assertThat(page.at("/tier/value").decimalValue()).isEqualByComparingTo("480000");
		assertThat(page.at("/tier/next/tierId").asString()).isEqualTo("silver");
		assertThat(page.at("/tier/next/distance").decimalValue()).isEqualByComparingTo("19520000");
		JsonNode card = page.at("/stampCards/0");
		assertThat(card.get("cardId").asString()).isEqualTo("coffee-card");
		assertThat(card.get("name").asString()).isEqualTo("A stamp for each coffee visit");
		assertThat(card.get("stamps").asInt()).isEqualTo(2);
		assertThat(card.get("stampsPerReward").asInt()).isEqualTo(5);
		assertThat(card.get("rewardCode").asString()).isEqualTo("free-coffee");
		assertThat(card.at("/rewardName/en").asString()).isEqualTo("Reward free-coffee");
		assertThat(page.get("affordableRewards")).as("not the mug (500), not the gold members' treat")
			.extracting(r -> r.get("code").asString()).containsExactly("free-coffee");
		assertThat(page.get("linkExpiresAt").asString()).isEqualTo(made.json().get("expiresAt").asString());
	}

	@Test
	void aRewardTakenAtTheTillShowsItsVoucherCodeUntilItIsUsedAndTheSpendingIsNamedByTheReward() {
		Api.Reply reserved = cafe.pos().post("/api/members/" + member + "/reservations", Map.of("reward", "free-coffee"),
				"mp-reserve-1");
		assertThat(reserved.status()).as(reserved.toString()).isEqualTo(201);
		String reservation = reserved.json().get("id").asString();
		Api.Reply confirmed = cafe.pos().post("/api/reservations/" + reservation + "/confirmation", Map.of());
		assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
		String code = confirmed.json().get("voucherCode").asString();
		String token = cafe.pos().post("/api/members/" + member + "/page-links", Map.of()).json().get("token").asString();

		JsonNode page = view(token).json();

		JsonNode mine = page.at("/myRewards/0");
		assertThat(page.get("myRewards")).hasSize(1);
		assertThat(mine.get("rewardCode").asString()).isEqualTo("free-coffee");
		assertThat(mine.at("/name/fa").asString()).isEqualTo("جایزه free-coffee");
		assertThat(mine.get("status").asString()).isEqualTo("ISSUED");
		assertThat(mine.get("voucherCode").asString()).as("grouped as a till types it")
			.matches("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]").isEqualTo(ir.vafa.rewards.VoucherCode.parse(code).orElseThrow().grouped());
		assertThat(mine.get("redeemedAt").isNull()).isTrue();
		assertThat(page.at("/history/0/kind").asString()).isEqualTo("REDEEM");
		assertThat(page.at("/history/0/points").asLong()).isEqualTo(-50);
		assertThat(page.at("/history/0/rewardName/en").asString()).isEqualTo("Reward free-coffee");
		assertThat(page.at("/history/1/rewardName").isNull()).as("an earning buys nothing").isTrue();

		Api.Reply used = cafe.pos().post("/api/vouchers/" + code + "/redemption", Map.of(), "mp-voucher-1");
		assertThat(used.status()).as(used.toString()).isEqualTo(200);
		JsonNode after = view(token).json().at("/myRewards/0");

		assertThat(after.get("status").asString()).isEqualTo("REDEEMED");
		assertThat(after.get("voucherCode").isNull()).as("a used code is not shown again").isTrue();
		assertThat(Instant.parse(after.get("redeemedAt").asString())).isCloseTo(Instant.now(), within(1, ChronoUnit.MINUTES));
	}

	@Test
	void aLinkLastsTheDaysAskedForAndNoLongerThanTheMaximum() {
		Api.Reply fortnight = cafe.admin().post("/api/members/" + member + "/page-links", Map.of("validDays", 14));
		assertThat(fortnight.status()).as(fortnight.toString()).isEqualTo(201);
		assertThat(Instant.parse(fortnight.json().get("expiresAt").asString()))
			.isCloseTo(Instant.now().plus(14, ChronoUnit.DAYS), within(1, ChronoUnit.MINUTES));

		for (Object bad : new Object[] { 0, -1, 91, 100_000, "a week" }) {
			Api.Reply refused = cafe.admin().post("/api/members/" + member + "/page-links", Map.of("validDays", bad));
			assertThat(refused.status()).as(bad + ": " + refused).isEqualTo(400);
			assertThat(refused.contentType()).startsWith("application/problem+json");
			assertThat(refused.fields()).as(bad.toString()).containsExactly("validDays");
		}
	}

	@Test
	void noByteOfATokenCanBeChangedNorItsSignatureCut() {
		UUID another = enroll(cafe, "MP-2");
		String token = link(member);
		String anothers = link(another);
		assertThat(view(anothers).json().get("cardNumber").asString()).isEqualTo("MP-2");

		byte[] claims = claims(token);
		byte[] swapped = claims.clone();
		System.arraycopy(claims(anothers), 17, swapped, 17, 16);
		byte[] later = claims.clone();
		later[40]++; // the expiry's last byte: a second later
		String signature = token.substring(token.indexOf('.') + 1);
		for (String forged : List.of(
				encode(swapped) + "." + signature, // another member's id under this member's signature
				encode(claims(anothers)) + "." + signature, // another's claims, this signature
				encode(later) + "." + signature, // a changed expiry
				token.substring(0, token.length() - 1), // a cut signature
				token.substring(0, token.indexOf('.') + 1), // no signature
				token.substring(0, token.indexOf('.')), // no dot
				token + "A", "not-a-token", "")) {
			Api.Reply refused = view(forged);
			assertThat(refused.status()).as(forged + ": " + refused).isEqualTo(401);
			assertThat(refused.contentType()).startsWith("application/problem+json");
			assertThat(refused.body()).doesNotContain("MP-1").doesNotContain("MP-2");
		}
		Api.Reply none = anonymous().get("/api/member-page");
		assertThat(none.status()).isEqualTo(401);
		assertThat(view(token).status()).as("the untouched token still opens").isEqualTo(200);
	}

	@Test
	void anExpiredLinkShowsNothing() {
		String token = cafe.pos().post("/api/members/" + member + "/page-links", Map.of("validDays", 1))
			.json().get("token").asString();
		TestClock.shift(Duration.ofHours(23));
		assertThat(view(token).status()).isEqualTo(200);

		TestClock.shift(Duration.ofHours(1).plusSeconds(1));
		Api.Reply expired = view(token);

		assertThat(expired.status()).as(expired.toString()).isEqualTo(410);
		assertThat(expired.json().get("detail").asString()).contains("expired");
		assertThat(expired.body()).doesNotContain("MP-1");
	}

	@Test
	void revokingAMembersLinksEndsEveryLinkMadeBeforeButNotTheOnesAfter() {
		String first = link(member);
		String second = link(member);
		UUID another = enroll(cafe, "MP-2");
		String anothers = link(another);

		Api.Reply revoked = cafe.admin().post("/api/members/" + member + "/page-links/revocation", Map.of());

		assertThat(revoked.status()).as(revoked.toString()).isEqualTo(204);
		assertThat(view(first).status()).isEqualTo(410);
		assertThat(view(second).status()).isEqualTo(410);
		assertThat(view(anothers).status()).as("another member's links are theirs").isEqualTo(200);
		String afterwards = link(member);
		assertThat(view(afterwards).status()).isEqualTo(200);
		assertThat(cafe.pos().post("/api/members/" + member + "/page-links/revocation", Map.of()).status())
			.isEqualTo(204);
		assertThat(view(afterwards).status()).isEqualTo(410);
	}

	@Test
	void anotherTenantsMembersAreUnknownToItsStaff() {
		TestTenant other = tenant("mpage-other", DemoPrograms.cafe());
		Api.Reply link = other.pos().post("/api/members/" + member + "/page-links", Map.of());
		assertThat(link.status()).as(link.toString()).isEqualTo(404);
		assertThat(link.contentType()).startsWith("application/problem+json");
		assertThat(other.admin().post("/api/members/" + member + "/page-links/revocation", Map.of()).status())
			.isEqualTo(404);
		assertThat(cafe.pos().post("/api/members/" + UUID.randomUUID() + "/page-links", Map.of()).status())
			.isEqualTo(404);
		assertThat(view(link(member)).status()).as("nothing was revoked").isEqualTo(200);

		UUID theirs = enroll(other, "MP-1");
		JsonNode page = view(other.pos().post("/api/members/" + theirs + "/page-links", Map.of()).json()
			.get("token").asString()).json();
		assertThat(page.get("memberId").asString()).as("a token opens its own tenant's member").isEqualTo(theirs.toString());
		assertThat(page.at("/points/available").asLong()).isZero();
		assertThat(anonymous().post("/api/members/" + member + "/page-links", Map.of()).status()).isEqualTo(401);
	}

	@Test
	void aSuspendedTenantsLinksShowNothingUntilItIsReactivated() {
		String token = link(member);
		Api.Reply suspended = support().post("/api/support/tenants/" + cafe.id() + "/suspension", Map.of());
		assertThat(suspended.status()).as(suspended.toString()).isEqualTo(200);

		assertThat(view(token).status()).isEqualTo(410);

		assertThat(support().post("/api/support/tenants/" + cafe.id() + "/reactivation", Map.of()).status())
			.isEqualTo(200);
		assertThat(view(token).status()).isEqualTo(200);
	}

	private Api.Reply view(String token) {
		return anonymous().get("/api/member-page", "Member-Page-Token", token);
	}

	private String link(UUID who) {
		Api.Reply made = cafe.pos().post("/api/members/" + who + "/page-links", Map.of());
		assertThat(made.status()).as(made.toString()).isEqualTo(201);
		return made.json().get("token").asString();
	}

	private static byte[] claims(String token) {
		return Base64.getUrlDecoder().decode(token.substring(0, token.indexOf('.')));
	}

	private static String encode(byte[] bytes) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	private void visit(String card, String externalId, int daysAgo) {
		Instant noon = LocalDate.now(TEHRAN).minusDays(daysAgo).atTime(LocalTime.NOON).atZone(TEHRAN).toInstant();
		Api.Reply bought = cafe.pos().post("/api/purchases", purchase(externalId, card, noon,
				line("LATTE", "coffee", 2, "120000")));
		assertThat(bought.status()).as(bought.toString()).isEqualTo(200);
	}

	private void addReward(String code, int cost, List<String> tiers) {
		Api.Reply added = cafe.admin().post("/api/catalog/rewards", reward(code, cost, tiers));
		assertThat(added.status()).as(added.toString()).isEqualTo(201);
	}

	private static Map<String, Object> reward(String code, int cost, List<String> tiers) {
		Map<String, Object> reward = new LinkedHashMap<>();
		reward.put("code", code);
		reward.put("kind", "FREE_PRODUCT");
		reward.put("name", Map.of("en", "Reward " + code, "fa", "جایزه " + code));
		reward.put("costPoints", cost);
		reward.put("sku", code.toUpperCase());
		reward.put("tiers", tiers);
		return reward;
	}
}
