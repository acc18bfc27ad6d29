package ir.vafa.purchases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import ir.vafa.demo.DemoPrograms;
import ir.vafa.support.Api;
import ir.vafa.support.ApiTest;
import ir.vafa.support.TestTenant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Bad input gets a 4xx problem+json naming the field, and nothing is persisted. */
class BadInputTest extends ApiTest {

	private TestTenant retail;
	private UUID member;

	@BeforeEach
	void retailer() {
		retail = tenant("bad", DemoPrograms.retail());
		member = enroll(retail, "B-1");
	}

	private Map<String, Object> valid(String id) {
		return purchase(id, "B-1", Instant.now(), line("TV", "electronics", 2, "500000"), line("PEN", "office", 1, "20000"));
	}

	@SuppressWarnings("unchecked")
	private void refused(String id, Consumer<Map<String, Object>> spoil, int status, String field) {
		Map<String, Object> body = valid(id);
		spoil.accept(body);
		Api.Reply reply = retail.pos().post("/api/purchases", body);
		assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
		assertThat(reply.contentType()).startsWith("application/problem+json");
		assertThat(reply.fields()).as(reply.toString()).contains(field);
		assertThat(retail.pos().get("/api/purchases/" + id).status()).as("persisted").isEqualTo(404);
		assertThat(balance(retail, member)).isZero();
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> line(Map<String, Object> body, int i) {
		return (Map<String, Object>) ((List<Object>) body.get("lines")).get(i);
	}

	@Test
	void negativeAmountsAreRefused() {
		refused("neg-1", b -> b.put("total", -1), 400, "total");
		refused("neg-2", b -> line(b, 0).put("unitPrice", "-500000"), 400, "lines[0].unitPrice");
		refused("neg-3", b -> line(b, 1).put("discount", "-1"), 400, "lines[1].discount");
		refused("neg-4", b -> line(b, 1).put("quantity", 0), 400, "lines[1].quantity");
	}

	@Test
	void malformedAmountsAreRefused() {
		refused("mal-1", b -> b.put("total", "a lot"), 400, "total");
		refused("mal-2", b -> line(b, 0).put("unitPrice", "1,000"), 400, "lines[0].unitPrice");
		refused("mal-3", b -> b.put("total", "1020000.123456"), 400, "total");
	}

	@Test
	void anUnknownCurrencyOrOneThatIsNotTheProgramsIsRefused() {
		refused("cur-1", b -> b.put("currency", "rial"), 400, "currency");
		refused("cur-2", b -> b.put("currency", "EUR"), 422, "currency");
	}

	@Test
	void linesThatDoNotAddUpToTheTotalAreRefused() {
		refused("sum-1", b -> b.put("total", "1020001"), 422, "total");
		refused("sum-2", b -> line(b, 1).put("discount", "30000"), 422, "lines[1].discount");
	}

	@Test
	void tooManyLinesAreRefused() {
		refused("many-1", b -> {
			List<Object> lines = new ArrayList<>();
			for (int i = 0; i < 201; i++) {
				lines.add(Map.of("sku", "S" + i, "quantity", 1, "unitPrice", "1"));
			}
			b.put("lines", lines);
			b.put("total", "201");
		}, 400, "lines");
	}

	@Test
	void anUnknownMemberIsRefused() {
		refused("who-1", b -> b.put("member", Map.of("cardNumber", "NOBODY")), 422, "member.cardNumber");
		refused("who-2", b -> b.put("member", Map.of("cardNumber", "B-1", "phone", "09120000000")), 422, "member");
	}

	@Test
	void aTimeFarInTheFutureIsRefused() {
		refused("fut-1", b -> b.put("occurredAt", Instant.now().plus(Duration.ofDays(2)).toString()), 422, "occurredAt");
		refused("fut-2", b -> b.put("occurredAt", "yesterday"), 400, "occurredAt");
	}

	@Test
	void missingFieldsAreNamed() {
		refused("miss-1", b -> b.remove("store"), 400, "store");
		refused("miss-2", b -> line(b, 0).remove("sku"), 400, "lines[0].sku");
	}

	@Test
	void aBodyOverOneMegabyteIsRefusedBeforeItIsRead() {
		String huge = "{\"externalId\":\"big-1\",\"store\":\"" + "x".repeat(1_100_000) + "\"}";
		Api.Reply reply = retail.pos().post("/api/purchases", huge);
		assertThat(reply.status()).isEqualTo(413);
		assertThat(reply.contentType()).startsWith("application/problem+json");
		assertThat(reply.fields()).containsExactly("body");
		assertThat(retail.pos().get("/api/purchases/big-1").status()).isEqualTo(404);
	}

	@Test
	void aBodyThatIsNotJsonIsRefused() {
		Api.Reply reply = retail.pos().post("/api/purchases", "{\"externalId\": ");
		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.contentType()).startsWith("application/problem+json");
	}

	@Test
	void badMembersAreRefusedWithTheirField() {
		Api.Reply noId = retail.pos().post("/api/members", Map.of("displayName", "Nobody"));
		assertThat(noId.status()).isEqualTo(400);
		assertThat(noId.fields()).contains("identified");
		Api.Reply taken = retail.pos().post("/api/members", Map.of("cardNumber", "b-1"));
		assertThat(taken.status()).isEqualTo(409);
		assertThat(taken.fields()).containsExactly("cardNumber");
		Api.Reply longPhone = retail.pos().post("/api/members", Map.of("phone", "+98912123456789012345"));
		assertThat(longPhone.status()).isEqualTo(400);
		assertThat(longPhone.fields()).containsExactly("phone");
		Api.Reply badLimit = retail.pos().get("/api/members/" + member + "/history?limit=0");
		assertThat(badLimit.status()).isEqualTo(400);
		assertThat(badLimit.contentType()).startsWith("application/problem+json");
		assertThat(badLimit.fields()).containsExactly("limit");
		Api.Reply badEmail = retail.pos().post("/api/members", Map.of("email", "not-an-email"));
		assertThat(badEmail.status()).isEqualTo(400);
		assertThat(badEmail.fields()).containsExactly("email");
	}

	@Test
	void anInvalidProgramIsRefusedWithTheRulesFieldAndNotPublished() {
		Map<String, Object> program = Map.of("name", "Broken", "currency", "IRR", "timezone", "Asia/Tehran",
				"rounding", "DOWN", "rules", List.of(Map.of("kind", "spend", "id", "base", "name", "Base",
						"spendUnit", "0", "pointsPerUnit", 1)));
		Api.Reply reply = retail.admin().put("/api/program", program);
		assertThat(reply.status()).isEqualTo(422);
		assertThat(reply.fields()).contains("rules[0].spendUnit");
		assertThat(retail.admin().get("/api/program").json().get("version").asInt()).isEqualTo(1);

		Api.Reply zone = retail.admin().put("/api/program", Map.of("name", "Broken", "currency", "IRR",
				"timezone", "Mars/Olympus", "rounding", "DOWN", "rules", List.of()));
		assertThat(zone.status()).isEqualTo(422);
		assertThat(zone.fields()).containsExactly("timezone");
	}
}
