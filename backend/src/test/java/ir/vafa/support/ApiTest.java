package ir.vafa.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import ir.vafa.VafaApplication;
import ir.vafa.programs.ProgramDefinition;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Base of the API tests: the whole application on a random port, against real PostgreSQL and real Keycloak.
 * All tests share one application context (and database); each test opens tenants of its own.
 */
@SpringBootTest(classes = VafaApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@org.springframework.context.annotation.Import(ApiTest.Clocks.class)
public abstract class ApiTest {

	/** The application runs on {@link TestClock}: real time unless a test shifts it. */
	@org.springframework.boot.test.context.TestConfiguration(proxyBeanMethods = false)
	static class Clocks {

		@org.springframework.context.annotation.Bean
		@org.springframework.context.annotation.Primary
		java.time.Clock testClock() {
			return new TestClock();
		}
	}

	@org.junit.jupiter.api.AfterEach
	void resetTheClock() {
		TestClock.reset();
	}

	private static final AtomicInteger SEQUENCE = new AtomicInteger();
	private static final String RUN = Long.toString(System.currentTimeMillis() % 1_000_000, 36);

	@LocalServerPort
	protected int port;

	@org.springframework.beans.factory.annotation.Autowired
	void useApplicationsJson(tools.jackson.databind.json.JsonMapper json) {
		Api.JSON = json;
	}

	@DynamicPropertySource
	static void stack(DynamicPropertyRegistry registry) {
		VafaStack.register(registry);
	}

	protected Api support() {
		return new Api(port, Tokens.user("support", "support"));
	}

	protected Api anonymous() {
		return new Api(port, null);
	}

	/**
	 * Opens a tenant through the support API and publishes the program, after adding to the catalog (as a merchant
	 * must first) a free product for each reward its stamp cards and tiers issue.
	 */
	protected TestTenant tenant(String name, ProgramDefinition program) {
		TestTenant tenant = tenant(name);
		java.util.Set<String> codes = program.rules().stream()
			.filter(ir.vafa.programs.RuleDefinition.Stamp.class::isInstance)
			.map(ir.vafa.programs.RuleDefinition.Stamp.class::cast)
			.flatMap(r -> r.choice() == null ? java.util.stream.Stream.of(r.rewardCode())
					: r.choice().options(r.rewardCode()).stream())
			.collect(java.util.stream.Collectors.toCollection(java.util.LinkedHashSet::new));
		if (program.tiers() != null && program.tiers().levels() != null) {
			program.tiers().levels().stream().filter(l -> l.rewardCode() != null)
				.flatMap(l -> l.choice() == null ? java.util.stream.Stream.of(l.rewardCode())
						: l.choice().options(l.rewardCode()).stream())
				.forEach(codes::add);
		}
		codes.stream()
			.forEach(code -> {
				Api.Reply added = tenant.admin().post("/api/catalog/rewards", Map.of("code", code, "kind",
						"FREE_PRODUCT", "name", Map.of("en", "Free " + code, "fa", code + " رایگان"), "costPoints", 100,
						"sku", code.toUpperCase()));
				assertThat(added.status()).as(added.toString()).isEqualTo(201);
			});
		Api.Reply published = tenant.admin().put("/api/program", program);
		assertThat(published.status()).as(published.toString()).isEqualTo(200);
		return tenant;
	}

	protected TestTenant tenant(String name) {
		String slug = name + "-" + RUN + "-" + SEQUENCE.incrementAndGet();
		String email = "admin@" + slug + ".example";
		Api.Reply created = support().post("/api/support/tenants",
				Map.of("slug", slug, "name", name, "adminEmail", email, "adminPassword", "password-" + slug));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		JsonNode body = created.json();
		return new TestTenant(UUID.fromString(body.at("/tenant/id").asString()), slug, body.get("adminUsername").asString(),
				"password-" + slug, body.get("posClientId").asString(), body.get("posClientSecret").asString(), port);
	}

	protected static UUID enroll(TestTenant tenant, String cardNumber) {
		Api.Reply reply = tenant.pos().post("/api/members", Map.of("cardNumber", cardNumber));
		assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
		return UUID.fromString(reply.json().get("id").asString());
	}

	protected static long balance(TestTenant tenant, UUID member) {
		Api.Reply reply = tenant.pos().get("/api/members/" + member + "/balance");
		assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
		return reply.json().get("pointsBalance").asLong();
	}

	/** A purchase body: lines are (sku, category, quantity, unit price[, discount]); the total is their sum. */
	protected static Map<String, Object> purchase(String externalId, String cardNumber, Instant at, Object[]... lines) {
		List<Map<String, Object>> items = new ArrayList<>();
		BigDecimal total = BigDecimal.ZERO;
		for (Object[] l : lines) {
			BigDecimal price = new BigDecimal(l[3].toString());
			int quantity = (Integer) l[2];
			Map<String, Object> line = new LinkedHashMap<>();
			line.put("sku", l[0]);
			line.put("category", l[1]);
			line.put("quantity", quantity);
			line.put("unitPrice", price);
			BigDecimal discount = l.length > 4 ? new BigDecimal(l[4].toString()) : BigDecimal.ZERO;
			if (l.length > 4) {
				line.put("discount", discount);
			}
			items.add(line);
			total = total.add(price.multiply(BigDecimal.valueOf(quantity))).subtract(discount);
		}
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("externalId", externalId);
		if (cardNumber != null) {
			body.put("member", Map.of("cardNumber", cardNumber));
		}
		body.put("store", "tehran-1");
		body.put("channel", "pos");
		body.put("occurredAt", at.toString());
		body.put("currency", "IRR");
		body.put("total", total);
		body.put("lines", items);
		return body;
	}

	/** Five coffee visits of the café's card, yesterday from 12:01: the fifth fills the card; its receipt. */
	protected static JsonNode fiveCoffeeVisits(TestTenant cafe, String card, String prefix) {
		JsonNode last = null;
		java.time.LocalDate day = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Tehran")).minusDays(1);
		for (int visit = 1; visit <= 5; visit++) {
			Instant at = day.atTime(12, visit).atZone(java.time.ZoneId.of("Asia/Tehran")).toInstant();
			Api.Reply reply = cafe.pos().post("/api/purchases", purchase(prefix + "-" + visit, card, at,
					line("LATTE", "coffee", 1, "120000")));
			assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
			last = reply.json();
		}
		assertThat(last.get("rewards")).hasSize(1);
		return last;
	}

	protected static Object[] line(String sku, String category, int quantity, String unitPrice) {
		return new Object[] { sku, category, quantity, unitPrice };
	}
}
