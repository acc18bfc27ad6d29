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
import ir.vafa.programs.TierLadder;
import ir.vafa.support.Api;
import ir.vafa.support.ApiTest;
import ir.vafa.support.TestClock;
import ir.vafa.support.TestTenant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The retail ladder with a welcome reward on silver (a free gift wrap) and on gold (a free tote): a member moving up
 * into a tier is given its reward as a voucher, once; falling back and climbing again gives nothing more.
 */
class TierRewardsTest extends ApiTest {

	private TestTenant retail;
	private UUID member;

	static ProgramDefinition retailWithTierRewards(String silver, String gold) {
		return retailWithTierRewards(silver, gold, null);
	}

	/** Gold may also offer a choice of other rewards instead of its own. */
	static ProgramDefinition retailWithTierRewards(String silver, String gold, RewardChoice goldChoice) {
		ProgramDefinition retail = DemoPrograms.retail();
		List<TierLadder.Level> levels = retail.tiers().levels().stream().map(l -> new TierLadder.Level(l.id(), l.name(),
				l.threshold(), l.pointsMultiplier(), switch (l.id()) {
					case "silver" -> silver;
					case "gold" -> gold;
					default -> null;
				}, l.id().equals("gold") ? goldChoice : null)).toList();
		return retail.withTiers(new TierLadder(retail.tiers().qualification(), retail.tiers().gracePeriodDays(), levels));
	}

	@BeforeEach
	void aRetailLadderWithWelcomeRewards() {
		retail = tenant("tier-rewards", retailWithTierRewards("gift-wrap", "tote"));
		member = enroll(retail, "TR-1");
	}

	@Test
	void movingUpIntoSilverGivesItsRewardOnceEvenAfterFallingBackAndClimbingAgain() {
		buy("tr-1", "19000000");
		assertThat(rewards()).as("bronze gives nothing").isEmpty();
		buy("tr-2", "2000000");

		JsonNode given = awaitRewards(1).get(0);
		assertThat(given.get("rewardCode").asString()).isEqualTo("gift-wrap");
		assertThat(given.get("tierId").asString()).isEqualTo("silver");
		assertThat(given.get("status").asString()).isEqualTo("ISSUED");
		assertThat(given.get("ruleName").asString()).as("why: the tier").isEqualTo("Silver");
		String voucher = given.get("voucherCode").asString();
		assertThat(retail.pos().get("/api/vouchers/" + voucher).json().get("redeemable").asBoolean()).isTrue();

		Api.Reply returned = retail.pos().post("/api/purchases/tr-2/returns",
				Map.of("returnId", "tr-2-back", "lines", new Object[] { Map.of("lineNo", 1, "quantity", 1) }));
		assertThat(returned.json().at("/tier/to").asString()).isEqualTo("bronze");
		buy("tr-3", "2000000");
		assertThat(retail.pos().get("/api/members/" + member + "/tier").json().get("tierId").asString())
			.isEqualTo("silver");

		assertThat(awaitRewards(1)).as("silver's reward, once").hasSize(1);
		assertThat(rewards().get(0).get("voucherCode").asString()).isEqualTo(voucher);
	}

	@Test
	void anAdminPlacingAMemberInGoldGivesGoldsReward() {
		Api.Reply placed = retail.admin().post("/api/members/" + member + "/tier/assignment", Map.of("tierId", "gold",
				"until", TestClock.now().plus(Duration.ofDays(10)).toString(), "reason", "press partner"));
		assertThat(placed.status()).as(placed.toString()).isEqualTo(200);

		JsonNode given = awaitRewards(1).get(0);
		assertThat(given.get("rewardCode").asString()).isEqualTo("tote");
		assertThat(given.get("tierId").asString()).isEqualTo("gold");
	}

	@Test
	void aTierThatOffersAChoiceWaitsForTheMembersPickAndThenIssuesTheChosenVoucher() {
		TestTenant choosing = tenant("tier-choice", retailWithTierRewards("gift-wrap", "tote",
				new RewardChoice(List.of("spa-day"), 7)));
		UUID vip = enroll(choosing, "TC-1");
		assertThat(choosing.admin().post("/api/members/" + vip + "/tier/assignment", Map.of("tierId", "gold",
				"until", TestClock.now().plus(Duration.ofDays(10)).toString(), "reason", "press partner")).status())
			.isEqualTo(200);

		JsonNode waiting = choosing.pos().get("/api/members/" + vip + "/rewards").json().get(0);
		assertThat(waiting.get("status").asString()).isEqualTo("CHOOSING");
		assertThat(waiting.get("tierId").asString()).isEqualTo("gold");
		assertThat(waiting.get("voucherCode").isNull()).as("no voucher before the choice").isTrue();
		assertThat(waiting.get("choices")).extracting(JsonNode::asString).containsExactly("tote", "spa-day");
		assertThat(Instant.parse(waiting.get("chooseBy").asString()))
			.isCloseTo(TestClock.now().plus(Duration.ofDays(7)), within(1, ChronoUnit.MINUTES));

		Api.Reply chosen = choosing.pos().post("/api/members/" + vip + "/rewards/" + waiting.get("id").asString()
				+ "/choice", Map.of("reward", "spa-day"));

		assertThat(chosen.status()).as(chosen.toString()).isEqualTo(200);
		assertThat(chosen.json().get("status").asString()).isEqualTo("ISSUED");
		assertThat(chosen.json().get("rewardCode").asString()).isEqualTo("spa-day");
		assertThat(choosing.pos().get("/api/vouchers/" + chosen.json().get("voucherCode").asString()).json()
			.get("source").asString()).isEqualTo("TIER");
	}

	@Test
	void aTiersChoiceNeedsTheTiersOwnReward() {
		Api.Reply refused = retail.admin().put("/api/program", retailWithTierRewards("gift-wrap", null,
				new RewardChoice(List.of("spa-day"), 7)));

		assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
		assertThat(refused.fields()).contains("tiers.levels[2].choice");
	}

	@Test
	void aTiersRewardMustBeInTheCatalogAndNotADonation() {
		Api.Reply unknown = retail.admin().put("/api/program", retailWithTierRewards("gift-wrap", "caviar"));

		assertThat(unknown.status()).as(unknown.toString()).isEqualTo(422);
		assertThat(unknown.fields()).containsExactly("tiers.levels[2].rewardCode");
	}

	private JsonNode rewards() {
		return retail.pos().get("/api/members/" + member + "/rewards").json();
	}

	/** The reward is given once the tier's move commits, before the request that moved it answers. */
	private JsonNode awaitRewards(int count) {
		JsonNode rewards = rewards();
		assertThat(rewards).hasSizeGreaterThanOrEqualTo(count);
		return rewards;
	}

	private void buy(String externalId, String amount) {
		Api.Reply reply = retail.pos().post("/api/purchases", purchase(externalId, "TR-1", Instant.now(),
				line("COAT", "apparel", 1, amount)));
		assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
	}
}
