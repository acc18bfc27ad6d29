package ir.vafa.programs;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import ir.vafa.demo.DemoPrograms;
import ir.vafa.rules.PointRounding;
import ir.vafa.support.Api;
import ir.vafa.support.ApiTest;
import ir.vafa.support.TestClock;
import ir.vafa.support.TestTenant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** Programs as versions: drafts, validation, publishing now or at a time, rollback, the audit log, dry runs. */
class ProgramVersionsTest extends ApiTest {

	@Autowired
	JdbcTemplate jdbc;

	private TestTenant retail;

	@BeforeEach
	void aRetailerOnItsFirstVersion() {
		retail = tenant("versions", DemoPrograms.retailRules());
		enroll(retail, "V-1");
	}

	@Test
	void aScheduledVersionServesPurchasesFromItsTimeAndEachLedgerLineNamesItsVersion() {
		Api admin = retail.admin();
		assertThat(admin.put("/api/program/draft", doubled()).status()).isEqualTo(200);
		Instant at = Instant.now().plus(Duration.ofHours(3));
		Api.Reply published = admin.post("/api/program/draft/publication", Map.of("activateAt", at.toString()));
		assertThat(published.status()).as(published.toString()).isEqualTo(201);
		assertThat(published.json().at("/program/version").asInt()).isEqualTo(2);
		assertThat(published.json().at("/state/currentVersion").asInt()).isEqualTo(1);
		assertThat(published.json().at("/state/scheduledVersion").asInt()).isEqualTo(2);

		JsonNode before = buy("v-before", Instant.now());
		TestClock.shift(Duration.ofHours(3).plusSeconds(1));
		JsonNode after = buy("v-after", TestClock.now());

		assertThat(before.get("programVersion").asInt()).isEqualTo(1);
		assertThat(before.get("pointsEarned").asLong()).isEqualTo(100);
		assertThat(after.get("programVersion").asInt()).isEqualTo(2);
		assertThat(after.get("pointsEarned").asLong()).isEqualTo(200);
		assertThat(admin.get("/api/program").json().get("version").asInt()).isEqualTo(2);

		support().post("/api/support/jobs/program-activation/runs", Map.of());
		JsonNode state = admin.get("/api/program/state").json();
		assertThat(state.get("currentVersion").asInt()).isEqualTo(2);
		assertThat(state.get("scheduledVersion").isNull()).isTrue();
		JsonNode history = retail.pos().get("/api/members/" + member("V-1") + "/history").json();
		assertThat(history.findValues("programVersion")).extracting(JsonNode::asInt).contains(1, 2);
	}

	@Test
	void aRollbackServesAnEarlierVersionAtOnceAndTheAuditLogSaysWhoDidWhat() {
		Api admin = retail.admin();
		admin.put("/api/program", doubled());
		assertThat(buy("v-2", Instant.now()).get("programVersion").asInt()).isEqualTo(2);

		Api.Reply rolledBack = admin.post("/api/program/rollback", Map.of("version", 1));

		assertThat(rolledBack.status()).as(rolledBack.toString()).isEqualTo(200);
		assertThat(rolledBack.json().get("currentVersion").asInt()).isEqualTo(1);
		JsonNode again = buy("v-1-again", Instant.now());
		assertThat(again.get("programVersion").asInt()).isEqualTo(1);
		assertThat(again.get("pointsEarned").asLong()).isEqualTo(100);

		List<JsonNode> audit = list(admin.get("/api/program/audit").json());
		assertThat(audit).extracting(a -> a.get("action").asString()).containsSubsequence("ROLLED_BACK", "PUBLISHED",
				"PUBLISHED");
		assertThat(audit.getFirst().get("actor").asString()).isEqualTo(retail.adminUsername());
		assertThat(audit.getFirst().get("fromVersion").asInt()).isEqualTo(2);
		JsonNode publishedTwo = audit.stream().filter(a -> a.get("action").asString().equals("PUBLISHED")
				&& a.get("version").asInt() == 2).findFirst().orElseThrow();
		assertThat(publishedTwo.get("changes")).anySatisfy(c -> {
			assertThat(c.get("path").asString()).isEqualTo("rules[id=base].pointsPerUnit");
			assertThat(c.get("before").asInt()).isEqualTo(1);
			assertThat(c.get("after").asInt()).isEqualTo(2);
		});
		JsonNode changes = admin.get("/api/program/versions/2/changes?against=1").json();
		assertThat(changes.findValuesAsString("path")).contains("rules[id=base].pointsPerUnit");
	}

	@Test
	void aDryRunAgainstTheDraftAnswersEachEffectWithItsRuleAndWhyAndWritesNothing() {
		Api admin = retail.admin();
		admin.put("/api/program/draft", doubled());
		Map<String, Long> before = counts();

		Api.Reply tried = admin.post("/api/program/dry-run", Map.of("purchase", Map.of("store", "s", "channel", "pos",
				"occurredAt", Instant.now().toString(), "currency", "IRR", "total", 1_500_000,
				"lines", List.of(Map.of("sku", "TV", "category", "electronics", "quantity", 1, "unitPrice", 1_000_000),
						Map.of("sku", "PEN", "category", "office", "quantity", 1, "unitPrice", 500_000)))));

		assertThat(tried.status()).as(tried.toString()).isEqualTo(200);
		assertThat(tried.json().get("draft").asBoolean()).isTrue();
		assertThat(tried.json().get("version").asInt()).isEqualTo(2);
		assertThat(tried.json().get("pointsEarned").asLong()).isEqualTo(300 + 200);
		assertThat(tried.json().get("effects")).allSatisfy(e -> {
			assertThat(e.get("ruleId").asString()).isNotBlank();
			assertThat(e.get("why").asString()).isNotBlank();
		});
		assertThat(tried.json().at("/effects/0/why").asString()).contains("2 point(s) per 10000 IRR").contains("1500000");
		Map<String, Long> after = counts();
		assertThat(after).isEqualTo(before);
	}

	@Test
	void aDryRunForARealMemberUsesTheirStateAndAVersionOfChoice() {
		buy("v-first", Instant.now());
		UUID member = member("V-1");

		Api.Reply tried = retail.admin().post("/api/program/dry-run", Map.of("version", 1, "member", Map.of("id",
				member.toString()), "purchase", Map.of("store", "s", "channel", "pos", "occurredAt",
				Instant.now().toString(), "currency", "IRR", "total", 1_000_000, "lines", List.of(Map.of("sku", "TV",
						"category", "apparel", "quantity", 1, "unitPrice", 1_000_000)))));

		assertThat(tried.status()).as(tried.toString()).isEqualTo(200);
		assertThat(tried.json().at("/member/purchaseCount").asLong()).isEqualTo(1);
		assertThat(tried.json().get("pointsEarned").asLong()).isEqualTo(100);
		assertThat(balance(retail, member)).isEqualTo(100);
	}

	@Test
	void invalidProgramsAreRefusedNamingTheFieldAndNothingIsStored() {
		Api admin = retail.admin();
		ProgramDefinition base = DemoPrograms.retail();
		TierLadder ladder = base.tiers();
		TierLadder outOfOrder = new TierLadder(ladder.qualification(), 30, List.of(ladder.levels().get(0),
				ladder.levels().get(2), ladder.levels().get(1)));
		ProgramDefinition unknownTier = base.withRules(List.of(new RuleDefinition.Spend("vip", "VIP",
				new BigDecimal("10000"), 1L, null, Set.of("platinum"))));
		int versions = admin.get("/api/program/versions").json().size();

		assertThat(admin.put("/api/program", base.withTiers(outOfOrder)).fields()).containsExactly("tiers.levels[2].threshold");
		assertThat(admin.put("/api/program", base.withLifecycle(new Lifecycle(-1, null, null))).fields())
			.containsExactly("lifecycle.pendingDays");
		assertThat(admin.put("/api/program", unknownTier).fields()).containsExactly("rules[0].tiers");
		Api.Reply refused = admin.put("/api/program", unknownTier);
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.contentType()).startsWith("application/problem+json");

		admin.put("/api/program/draft", doubled());
		Api.Reply past = admin.post("/api/program/draft/publication",
				Map.of("activateAt", Instant.now().minusSeconds(60).toString()));
		assertThat(past.status()).isEqualTo(422);
		assertThat(past.fields()).containsExactly("activateAt");
		Api.Reply unknownVersion = admin.post("/api/program/rollback", Map.of("version", 99));
		assertThat(unknownVersion.status()).isEqualTo(422);
		assertThat(unknownVersion.fields()).containsExactly("version");

		assertThat(admin.get("/api/program/versions").json().size()).isEqualTo(versions);
		assertThat(admin.get("/api/program/draft").status()).as("the draft is still there").isEqualTo(200);
		assertThat(admin.get("/api/program/state").json().get("currentVersion").asInt()).isEqualTo(1);
	}

	@Test
	void aDraftKeepsAnyShapeAndSaysWhatIsWrongWithItAndAPublishAnswersItsWarnings() {
		Api admin = retail.admin();
		ProgramDefinition twoSpends = doubled().withRules(List.of(
				new RuleDefinition.Spend("base", "Base", new BigDecimal("10000"), 1),
				new RuleDefinition.Spend("extra", "Extra", new BigDecimal("10000"), 1)));

		JsonNode draft = admin.put("/api/program/draft", twoSpends.withName("")).json();
		assertThat(draft.at("/validation/errors").findValuesAsString("field")).containsExactly("name");

		Api.Reply published = admin.put("/api/program", twoSpends);
		assertThat(published.status()).isEqualTo(200);
		assertThat(published.json().get("warnings").findValuesAsString("field")).containsExactly("rules[1]");
	}

	@Test
	void anotherTenantsTokenSeesAndChangesOnlyItsOwnProgram() {
		TestTenant foreign = tenant("versions-foreign", DemoPrograms.cafe());
		retail.admin().put("/api/program/draft", doubled());
		retail.admin().put("/api/program", doubled());

		Api theirs = foreign.admin();
		assertThat(theirs.get("/api/program/draft").status()).isEqualTo(404);
		assertThat(theirs.get("/api/program/versions/2").status()).isEqualTo(404);
		assertThat(theirs.get("/api/program/audit").json().findValues("version")).extracting(JsonNode::asInt)
			.containsOnly(1);
		assertThat(theirs.post("/api/program/rollback", Map.of("version", 2)).fields()).containsExactly("version");
		assertThat(retail.admin().get("/api/program/state").json().get("currentVersion").asInt()).isEqualTo(2);
		assertThat(theirs.get("/api/program/state").json().get("currentVersion").asInt()).isEqualTo(1);
	}

	@Test
	void aTenantWithoutAProgramStillRecordsItsPurchasesAndTheyEarnNothing() {
		TestTenant fresh = tenant("no-program");
		enroll(fresh, "F-1");

		Api.Reply bought = fresh.pos().post("/api/purchases", purchase("f-1", "F-1", Instant.now(),
				line("TV", "electronics", 1, "1000000")));

		assertThat(bought.status()).as(bought.toString()).isEqualTo(200);
		assertThat(bought.json().get("pointsEarned").asLong()).isZero();
		assertThat(bought.json().get("programVersion").isNull()).isTrue();
		assertThat(fresh.pos().get("/api/purchases/f-1").json()).isEqualTo(bought.json());
	}

	/** The retail rules with twice the base points. */
	private static ProgramDefinition doubled() {
		return new ProgramDefinition("Retail, doubled", "IRR", "Asia/Tehran", PointRounding.DOWN, List.of(
				new RuleDefinition.Spend("base", "2 points per 10,000 rials", new BigDecimal("10000"), 2),
				new RuleDefinition.Multiplier("electronics-double", "Electronics earn double", Set.of(),
						Set.of("electronics"), new BigDecimal("2"), null, null)));
	}

	private JsonNode buy(String externalId, Instant at) {
		Api.Reply reply = retail.pos().post("/api/purchases", purchase(externalId, "V-1", at,
				line("COAT", "apparel", 1, "1000000")));
		assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
		return reply.json();
	}

	private UUID member(String card) {
		return UUID.fromString(retail.pos().get("/api/members?cardNumber=" + card).json().get("id").asString());
	}

	private Map<String, Long> counts() {
		return ir.vafa.tenancy.CurrentTenant.callAs(retail.id(), () -> Map.of(
				"purchase", count("purchase"), "ledger_line", count("ledger_line"), "point_lot", count("point_lot"),
				"member_account", count("member_account"), "program_version", count("program_version"),
				"member_activity_day", count("member_activity_day")));
	}

	private long count(String table) {
		return jdbc.queryForObject("SELECT count(*) FROM " + table + " WHERE tenant_id = ?", Long.class, retail.id());
	}

	private static List<JsonNode> list(JsonNode array) {
		List<JsonNode> list = new ArrayList<>();
		array.forEach(list::add);
		return list;
	}
}
