package ir.vafa.rewards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import ir.vafa.demo.DemoPrograms;
import ir.vafa.programs.ProgramDefinition;
import ir.vafa.programs.RewardChoice;
import ir.vafa.programs.RuleDefinition;
import ir.vafa.support.Api;
import ir.vafa.support.ApiTest;
import ir.vafa.support.TestClock;
import ir.vafa.support.TestTenant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A café whose full coffee card lets the member choose a free coffee or a free pastry within 7 days: no voucher
 * until one is chosen, by a cashier or by the member on their page; whoever does not choose gets the coffee.
 */
public class RewardChoiceTest extends ApiTest {

	private TestTenant cafe;
	private UUID member;

	public static ProgramDefinition cafeWithChoice(RewardChoice choice) {
		ProgramDefinition cafe = DemoPrograms.cafe();
		return cafe.withRules(cafe.rules().stream().map(rule -> rule instanceof RuleDefinition.Stamp s
				? new RuleDefinition.Stamp(s.id(), s.name(), s.cardId(), s.skus(), s.categories(), s.stampsPerReward(),
						s.rewardCode(), s.window(), s.tiers(), choice)
				: rule).toList());
	}

	@BeforeEach
	void aCafeWhoseCardOffersCoffeeOrPastry() {
		cafe = tenant("choice", cafeWithChoice(new RewardChoice(List.of("free-pastry"), 7)));
		member = enroll(cafe, "CH-1");
	}

	@Test
	void theFullCardWaitsForAChoiceThenTheCashiersPickIsIssuedWithAVoucher() {
		JsonNode fifth = fiveCoffeeVisits(cafe, "CH-1", "ch");

		JsonNode onReceipt = fifth.at("/rewards/0");
		assertThat(onReceipt.get("voucherCode").isNull()).as("no voucher before the choice").isTrue();
		assertThat(onReceipt.get("choices")).extracting(JsonNode::asString).containsExactly("free-coffee", "free-pastry");
		assertThat(Instant.parse(onReceipt.get("chooseBy").asString()))
			.isCloseTo(Instant.now().plus(7, ChronoUnit.DAYS), within(1, ChronoUnit.MINUTES));
		String id = onReceipt.get("rewardId").asString();
		JsonNode waiting = cafe.pos().get("/api/members/" + member + "/rewards").json().get(0);
		assertThat(waiting.get("status").asString()).isEqualTo("CHOOSING");
		assertThat(waiting.get("voucherCode").isNull()).isTrue();

		Api.Reply chosen = cafe.pos().post(choice(id), Map.of("reward", "free-pastry"));

		assertThat(chosen.status()).as(chosen.toString()).isEqualTo(200);
		assertThat(chosen.json().get("status").asString()).isEqualTo("ISSUED");
		assertThat(chosen.json().get("rewardCode").asString()).isEqualTo("free-pastry");
		String voucher = chosen.json().get("voucherCode").asString();
		assertThat(voucher).matches("[0-9A-HJKMNP-TV-Z]{13}");
		assertThat(chosen.json().get("chosenBy").asString()).isNotBlank().isNotEqualTo("system");
		Api.Reply again = cafe.pos().post(choice(id), Map.of("reward", "free-pastry"));
		assertThat(again.status()).as("choosing the same again is a safe retry").isEqualTo(200);
		assertThat(again.json().get("voucherCode").asString()).isEqualTo(voucher);
		Api.Reply other = cafe.pos().post(choice(id), Map.of("reward", "free-coffee"));
		assertThat(other.status()).as(other.toString()).isEqualTo(409);
		assertThat(other.fields()).containsExactly("reward");
		Api.Reply used = cafe.pos().post("/api/vouchers/" + voucher + "/redemption", Map.of(), "ch-redeem");
		assertThat(used.status()).as(used.toString()).isEqualTo(200);
		assertThat(used.json().get("rewardCode").asString()).isEqualTo("free-pastry");
	}

	@Test
	void aChoiceOutsideTheOfferIsRefusedNamingTheRewardAndNothingChanges() {
		String id = fiveCoffeeVisits(cafe, "CH-1", "ch").at("/rewards/0/rewardId").asString();

		Api.Reply notOffered = cafe.pos().post(choice(id), Map.of("reward", "free-cake"));
		Api.Reply malformed = cafe.pos().post(choice(id), Map.of("reward", "Free Cake!"));
		Api.Reply missing = cafe.pos().post(choice(id), Map.of());

		assertThat(notOffered.status()).as(notOffered.toString()).isEqualTo(422);
		assertThat(notOffered.fields()).containsExactly("reward");
		assertThat(malformed.status()).as(malformed.toString()).isEqualTo(400);
		assertThat(malformed.fields()).containsExactly("reward");
		assertThat(missing.fields()).containsExactly("reward");
		assertThat(cafe.pos().post("/api/members/" + member + "/rewards/" + UUID.randomUUID() + "/choice",
				Map.of("reward", "free-pastry")).status()).as("a reward the member does not have").isEqualTo(404);
		assertThat(cafe.pos().get("/api/members/" + member + "/rewards").json().at("/0/status").asString())
			.isEqualTo("CHOOSING");
	}

	@Test
	void anotherTenantsStaffCannotChooseForTheMember() {
		String id = fiveCoffeeVisits(cafe, "CH-1", "ch").at("/rewards/0/rewardId").asString();
		TestTenant other = tenant("choice-other");

		Api.Reply foreign = other.pos().post(choice(id), Map.of("reward", "free-pastry"));
		Api.Reply foreignAdmin = other.admin().post(choice(id), Map.of("reward", "free-pastry"));

		assertThat(foreign.status()).as(foreign.toString()).isEqualTo(404);
		assertThat(foreignAdmin.status()).as(foreignAdmin.toString()).isEqualTo(404);
		assertThat(cafe.pos().get("/api/members/" + member + "/rewards").json().at("/0/status").asString())
			.isEqualTo("CHOOSING");
	}

	@Test
	void theMemberChoosesOnTheirOwnPage() {
		String id = fiveCoffeeVisits(cafe, "CH-1", "ch").at("/rewards/0/rewardId").asString();
		String token = cafe.pos().post("/api/members/" + member + "/page-links", Map.of()).json().get("token").asString();
		JsonNode offered = page(token).json().at("/myRewards/0");
		assertThat(offered.get("status").asString()).isEqualTo("CHOOSING");
		assertThat(offered.get("choices")).extracting(c -> c.get("code").asString())
			.containsExactly("free-coffee", "free-pastry");
		assertThat(offered.at("/choices/1/name/en").asString()).isEqualTo("Free free-pastry");

		Api.Reply forged = anonymous().post("/api/member-page/choice", Map.of("rewardId", id, "reward", "free-pastry"),
				"Member-Page-Token", token.substring(0, token.length() - 2) + "xx");
		Api.Reply wrong = anonymous().post("/api/member-page/choice", Map.of("rewardId", id, "reward", "free-cake"),
				"Member-Page-Token", token);
		Api.Reply chosen = anonymous().post("/api/member-page/choice", Map.of("rewardId", id, "reward", "free-pastry"),
				"Member-Page-Token", token);

		Api.Reply empty = anonymous().post("/api/member-page/choice", Map.of(), "Member-Page-Token", token);
		assertThat(empty.status()).isEqualTo(400);
		assertThat(empty.fields()).containsExactlyInAnyOrder("rewardId", "reward");
		assertThat(forged.status()).isEqualTo(401);
		assertThat(wrong.status()).isEqualTo(422);
		assertThat(wrong.fields()).containsExactly("reward");
		assertThat(chosen.status()).as(chosen.toString()).isEqualTo(200);
		JsonNode mine = chosen.json().at("/myRewards/0");
		assertThat(mine.get("status").asString()).isEqualTo("ISSUED");
		assertThat(mine.get("rewardCode").asString()).isEqualTo("free-pastry");
		assertThat(mine.get("voucherCode").asString()).matches("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]");
		assertThat(mine.get("choices")).as("nothing left to choose").isEmpty();
		assertThat(cafe.pos().get("/api/members/" + member + "/rewards").json().at("/0/chosenBy").asString())
			.isEqualTo("member");

		// another member's reward is unknown to this member's link
		UUID another = enroll(cafe, "CH-2");
		String theirs = fiveCoffeeVisits(cafe, "CH-2", "ch2").at("/rewards/0/rewardId").asString();
		Api.Reply notMine = anonymous().post("/api/member-page/choice", Map.of("rewardId", theirs, "reward", "free-pastry"),
				"Member-Page-Token", token);
		assertThat(notMine.status()).as(notMine.toString()).isEqualTo(404);
		assertThat(cafe.pos().get("/api/members/" + another + "/rewards").json().at("/0/status").asString())
			.isEqualTo("CHOOSING");
	}

	@Test
	void whoeverHasNotChosenByTheDeadlineGetsTheCardsOwnReward() {
		String id = fiveCoffeeVisits(cafe, "CH-1", "ch").at("/rewards/0/rewardId").asString();

		TestClock.shift(Duration.ofDays(8));
		Api.Reply late = cafe.pos().post(choice(id), Map.of("reward", "free-pastry"));
		assertThat(late.status()).as(late.toString()).isEqualTo(409);
		assertThat(late.fields()).containsExactly("reward");
		Api.Reply run = support().post("/api/support/jobs/reward-choice-deadline/runs", Map.of());
		assertThat(run.status()).as(run.toString()).isEqualTo(200);
		Api.Reply runAgain = support().post("/api/support/jobs/reward-choice-deadline/runs", Map.of());

		JsonNode given = cafe.pos().get("/api/members/" + member + "/rewards").json().get(0);
		assertThat(given.get("status").asString()).isEqualTo("ISSUED");
		assertThat(given.get("rewardCode").asString()).isEqualTo("free-coffee");
		assertThat(given.get("chosenBy").asString()).isEqualTo("system");
		assertThat(given.get("voucherCode").asString()).matches("[0-9A-HJKMNP-TV-Z]{13}");
		assertThat(runAgain.json().toString()).as("a second run finds nothing to do").contains("\"choicesSettled\":0");
		assertThat(cafe.pos().get("/api/vouchers/" + given.get("voucherCode").asString()).json().get("redeemable")
			.asBoolean()).isTrue();
	}

	@Test
	void returningTheStampOfAnUnchosenRewardRevokesIt() {
		String id = fiveCoffeeVisits(cafe, "CH-1", "ch").at("/rewards/0/rewardId").asString();

		Api.Reply returned = cafe.pos().post("/api/purchases/ch-5/returns",
				Map.of("returnId", "ch-5-back", "lines", List.of(Map.of("lineNo", 1, "quantity", 1))));

		assertThat(returned.status()).as(returned.toString()).isEqualTo(200);
		assertThat(returned.json().get("rewardsRevoked")).extracting(JsonNode::asString).containsExactly(id);
		assertThat(cafe.pos().get("/api/members/" + member + "/rewards").json().at("/0/status").asString())
			.isEqualTo("REVOKED");
		assertThat(cafe.pos().post(choice(id), Map.of("reward", "free-pastry")).status()).isEqualTo(409);
	}

	@Test
	void aProgramsChoiceNamesCatalogRewardsEachOnceForUpToAYear() {
		Api.Reply unknown = cafe.admin().put("/api/program",
				cafeWithChoice(new RewardChoice(List.of("free-pastry", "free-cake"), 7)));
		Api.Reply twice = cafe.admin().post("/api/program/validation",
				cafeWithChoice(new RewardChoice(List.of("free-coffee", "free-pastry", "free-pastry"), 400)));

		assertThat(unknown.status()).as(unknown.toString()).isEqualTo(422);
		assertThat(unknown.fields()).as("not in the catalog").containsExactly("rules[3].choice.rewards[1]");
		assertThat(twice.fields()).containsExactlyInAnyOrder("rules[3].choice.rewards[0]", "rules[3].choice.rewards[2]",
				"rules[3].choice.days");
		assertThat(cafe.admin().get("/api/program").json().get("version").asInt()).as("nothing published").isEqualTo(1);
	}

	private String choice(String rewardId) {
		return "/api/members/" + member + "/rewards/" + rewardId + "/choice";
	}

	private Api.Reply page(String token) {
		return anonymous().get("/api/member-page", "Member-Page-Token", token);
	}
}
