package ir.vafa.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import ir.vafa.support.Api;
import ir.vafa.support.ApiTest;
import ir.vafa.support.TestTenant;
import ir.vafa.support.Tokens;
import ir.vafa.support.VafaStack;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The OpenAPI document describes every API endpoint the application maps, as it really answers, and it and Swagger
 * UI are open while the API is not. The endpoints come from Spring MVC's mappings, so new ones are covered as they
 * are added.
 */
class OpenApiTest extends ApiTest {

	private static final String PROBLEM = "#/components/schemas/ProblemDetail";

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	private JsonNode document;

	/** An API operation as Spring MVC maps it: the method as the document spells it, the path as OpenAPI writes it. */
	record Endpoint(String method, String path, HandlerMethod handler) {

		@Override
		public String toString() {
			return method.toUpperCase() + " " + path;
		}
	}

	@BeforeEach
	void readTheDocument() {
		Api.Reply reply = anonymous().get("/v3/api-docs");
		assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
		document = reply.json();
	}

	@Test
	void everyApiEndpointTheApplicationMapsIsInTheDocumentWithItsMethodAndNothingElseIs() {
		List<Endpoint> mapped = mapped();
		assertThat(mapped).as("API endpoints found in the mappings").hasSizeGreaterThan(15);

		Set<String> documented = new TreeSet<>();
		document.get("paths").properties().forEach(path -> path.getValue().propertyNames()
			.forEach(method -> documented.add(method.toUpperCase() + " " + path.getKey())));
		assertThat(documented).containsExactlyInAnyOrderElementsOf(mapped.stream().map(Endpoint::toString).toList());
		assertThat(document.get("openapi").asString()).startsWith("3.1");
	}

	@Test
	void everyOperationWithABodyHasAnExample() {
		List<String> bodies = new ArrayList<>();
		operations().forEach((name, operation) -> {
			if (operation.has("requestBody")) {
				bodies.add(name);
				assertThat(example(operation).isObject()).as(name + " has an example of its body").isTrue();
			}
		});
		assertThat(bodies).contains("POST /api/purchases", "POST /api/purchases/{externalId}/returns",
				"POST /api/members", "POST /api/members/{memberId}/redemptions",
				"POST /api/members/{memberId}/adjustments", "PUT /api/program", "POST /api/support/tenants");
	}

	@Test
	void everyOperationNeedsABearerTokenFromTheRealmAndSaysWhatItsAbsenceAnswers() {
		JsonNode bearer = document.at("/components/securitySchemes/bearer");
		assertThat(bearer.get("type").asString()).isEqualTo("http");
		assertThat(bearer.get("scheme").asString()).isEqualTo("bearer");
		assertThat(bearer.get("bearerFormat").asString()).isEqualTo("JWT");
		assertThat(bearer.get("description").asString())
			.contains(VafaStack.keycloak().issuerUri() + "/protocol/openid-connect/token")
			.contains("client_credentials");

		operations().forEach((name, operation) -> {
			assertThat(operation.get("responses").has("401")).as(name + " answers 401").isTrue();
			if (name.equals("GET /api/member-page") || name.equals("POST /api/member-page/choice")) {
				// the member page's data is for the holder of a link's token, not of a Keycloak token
				assertThat(operation.get("security").findValues("memberPageToken")).as(name).hasSize(1);
				assertThat(operation.get("security").findValues("bearer")).as(name).isEmpty();
				return;
			}
			assertThat(operation.get("security").findValues("bearer")).as(name + " needs the bearer token").hasSize(1);
			assertThat(operation.get("responses").has("403")).as(name + " answers 403").isTrue();
		});
		assertThat(document.at("/components/securitySchemes/memberPageToken/name").asString())
			.isEqualTo("Member-Page-Token");
	}

	@Test
	void everyRefusalIsAProblemAndEverySuccessCarriesWhatTheHandlerReturns() {
		for (Endpoint endpoint : mapped()) {
			JsonNode responses = operation(endpoint).get("responses");
			boolean answersABody = endpoint.handler().getReturnType().getParameterType() != void.class;
			List<String> successes = new ArrayList<>();
			responses.properties().forEach(response -> {
				String status = response.getKey();
				JsonNode content = response.getValue().path("content");
				if (status.startsWith("2")) {
					successes.add(status);
					assertThat(content.at("/application~1json/schema").isMissingNode())
						.as(endpoint + " " + status + " has its body").isEqualTo(!answersABody);
				}
				else {
					assertThat(content.propertyNames()).as(endpoint + " " + status)
						.containsExactly("application/problem+json");
					assertThat(content.at("/application~1problem+json/schema/$ref").asString())
						.as(endpoint + " " + status).isEqualTo(PROBLEM);
				}
			});
			assertThat(successes).as(endpoint + " answers one success").hasSize(1);
		}
		JsonNode problem = document.at("/components/schemas/ProblemDetail/properties");
		assertThat(problem.propertyNames()).contains("type", "title", "status", "detail", "errors");
		assertThat(document.at("/components/schemas/FieldError/properties").propertyNames())
			.containsExactlyInAnyOrder("field", "message");
	}

	@Test
	void operationsDocumentTheirOwnRefusalsRatherThanEveryHandlerOfTheProblemHandler() {
		assertThat(operation("get", "/api/program/versions").get("responses").propertyNames())
			.containsExactly("200", "401", "403");
		assertThat(operation("get", "/api/support/tenants").get("responses").propertyNames())
			.containsExactly("200", "401", "403");
		assertThat(operation("get", "/api/members/{memberId}/balance").get("responses").propertyNames())
			.containsExactly("200", "400", "401", "403", "404");
		for (Endpoint endpoint : mapped()) {
			boolean failsByDesign = endpoint.handler().hasMethodAnnotation(Refusal.Failed.class);
			assertThat(operation(endpoint).get("responses").has("500")).as(endpoint + " documents 500")
				.isEqualTo(failsByDesign);
		}
	}

	@Test
	void theDocumentAndSwaggerUiAreOpenWhileEveryApiEndpointStillNeedsAToken() {
		Api.Reply yaml = anonymous().get("/v3/api-docs.yaml");
		assertThat(yaml.status()).isEqualTo(200);
		assertThat(yaml.body()).startsWith("openapi: 3.1");
		Api.Reply page = anonymous().get("/swagger-ui.html");
		assertThat(page.status()).isEqualTo(302);
		assertThat(anonymous().get("/swagger-ui/index.html").body()).contains("swagger-ui");
		assertThat(anonymous().get("/v3/api-docs/swagger-config").json().get("url").asString())
			.isEqualTo("/v3/api-docs");

		for (Endpoint endpoint : mapped()) {
			String path = endpoint.path().replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
			HttpResponse<String> refused = send(endpoint.method(), path, null, "application/json", "{}");
			assertThat(refused.statusCode()).as(endpoint + " without a token").isEqualTo(401);
		}
	}

	@Test
	void theRefusalsEveryOperationSharesAreWhatTheApiAnswers() {
		TestTenant shop = tenant("refusals");
		String token = Tokens.client(shop.posClientId(), shop.posClientSecret());
		assertRefusal("post", "/api/members", send("post", "/api/members", token, "text/plain", "PARDIS-0042"), 415);
		assertRefusal("get", "/api/members/{id}", send("get", "/api/members/not-an-id", token, "application/json", ""),
				400);
		assertRefusal("get", "/api/members/{id}", send("get", "/api/members/" + UUID.randomUUID(),
				Tokens.user("support", "support"), "application/json", ""), 403);
		assertRefusal("get", "/api/members/{id}", send("get", "/api/members/" + UUID.randomUUID(), null,
				"application/json", ""), 401);
	}

	private void assertRefusal(String method, String path, HttpResponse<String> reply, int status) {
		assertThat(reply.statusCode()).as(method + " " + path + ": " + reply.body()).isEqualTo(status);
		assertThat(reply.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
		assertThat(operation(method, path).get("responses").has(Integer.toString(status))).isTrue();
	}

	@Test
	void rulesNameTheirKindAsTheApiReadsIt() {
		JsonNode rule = document.at("/components/schemas/RuleDefinition");
		assertThat(rule.at("/discriminator/propertyName").asString()).isEqualTo("kind");
		assertThat(rule.at("/discriminator/mapping").propertyNames())
			.containsExactlyInAnyOrder("spend", "multiplier", "first-purchase-bonus", "stamp");
		assertThat(document.at("/components/schemas/SpendRule").findValue("kind").get("const").asString())
			.isEqualTo("spend");
	}

	/** swagger-core names a schema after its type's simple name: two types of one name would share one schema. */
	@Test
	void noTwoTypesOfTheApiShareASchemaName() {
		Map<String, Set<Class<?>>> byName = new TreeMap<>();
		Set<Class<?>> seen = new HashSet<>();
		for (Endpoint endpoint : mapped()) {
			collect(ResolvableType.forMethodReturnType(endpoint.handler().getMethod()), byName, seen);
			for (MethodParameter parameter : endpoint.handler().getMethodParameters()) {
				if (parameter.hasParameterAnnotation(RequestBody.class)) {
					collect(ResolvableType.forMethodParameter(parameter), byName, seen);
				}
			}
		}
		assertThat(byName).containsKeys("PurchaseRequest", "PurchaseLine", "ReturnLine", "RuleDefinition");
		byName.forEach((name, types) -> assertThat(types).as("types named " + name).hasSize(1));
	}

	/** The examples, sent in the order a café starts out: each is a request the API accepts, as it documents. */
	@Test
	void theExamplesAreRequestsTheApiAccepts() {
		ObjectNode newTenant = (ObjectNode) example(operation("post", "/api/support/tenants"));
		String slug = "examples-" + UUID.randomUUID().toString().substring(0, 8);
		newTenant.put("slug", slug).put("adminEmail", "owner@" + slug + ".example");
		accepted("post", "/api/support/tenants", support().post("/api/support/tenants", newTenant.toString()));

		TestTenant cafe = tenant("examples");
		accepted("post", "/api/catalog/rewards", cafe.admin().post("/api/catalog/rewards",
				body("post", "/api/catalog/rewards")));
		// the program's stamp card issues a free latte: the catalog has it first
		assertThat(cafe.admin().post("/api/catalog/rewards", Map.of("code", "free-latte", "kind", "FREE_PRODUCT",
				"name", Map.of("en", "A free latte", "fa", "یک لاته رایگان"), "costPoints", 150, "sku", "LATTE"))
			.status()).isEqualTo(201);
		accepted("put", "/api/program", cafe.admin().put("/api/program", body("put", "/api/program")));
		Api.Reply enrolled = cafe.pos().post("/api/members", body("post", "/api/members"));
		accepted("post", "/api/members", enrolled);
		String member = enrolled.json().get("id").asString();
		Api.Reply bought = cafe.pos().post("/api/purchases", body("post", "/api/purchases"));
		accepted("post", "/api/purchases", bought);
		assertThat(withoutIds(bought.json())).as("the receipt its example shows")
			.isEqualTo(withoutIds(answerExample("post", "/api/purchases")));
		String redemptions = "/api/members/{memberId}/redemptions";
		accepted("post", redemptions, cafe.pos().post(redemptions.replace("{memberId}", member),
				body("post", redemptions)));
		String returns = "/api/purchases/{externalId}/returns";
		String purchase = parameterExample("post", returns, "externalId");
		accepted("post", returns, cafe.pos().post(returns.replace("{externalId}", purchase), body("post", returns)));
		String adjustments = "/api/members/{memberId}/adjustments";
		accepted("post", adjustments, cafe.admin().post(adjustments.replace("{memberId}", member),
				body("post", adjustments)));
		String pageLinks = "/api/members/{memberId}/page-links";
		accepted("post", pageLinks, cafe.pos().post(pageLinks.replace("{memberId}", member), body("post", pageLinks)));
	}

	private void accepted(String method, String path, Api.Reply reply) {
		assertThat(reply.status()).as(method + " " + path + ": " + reply).isBetween(200, 299);
		assertThat(operation(method, path).get("responses").has(Integer.toString(reply.status())))
			.as(method + " " + path + " documents " + reply.status()).isTrue();
	}

	private JsonNode answerExample(String method, String path) {
		String schema = operation(method, path).at("/responses/200/content/application~1json/schema/$ref").asString();
		return document.at(schema.substring(1)).get("example");
	}

	/** Ids are new on every run. */
	private static JsonNode withoutIds(JsonNode receipt) {
		ObjectNode copy = (ObjectNode) receipt.deepCopy();
		copy.remove(List.of("purchaseId", "memberId"));
		return copy;
	}

	private String body(String method, String path) {
		return example(operation(method, path)).toString();
	}

	private String parameterExample(String method, String path, String name) {
		for (JsonNode parameter : operation(method, path).get("parameters")) {
			if (parameter.get("name").asString().equals(name)) {
				return parameter.get("example").asString();
			}
		}
		throw new AssertionError(method + " " + path + " has no parameter " + name);
	}

	/** The body's example: on the operation's media type, or on the schema it refers to. */
	private JsonNode example(JsonNode operation) {
		JsonNode media = operation.at("/requestBody/content/application~1json");
		if (media.has("example")) {
			return media.get("example").deepCopy();
		}
		JsonNode schema = media.get("schema");
		if (schema.has("$ref")) {
			schema = document.at(schema.get("$ref").asString().substring(1));
		}
		return (schema.has("example") ? schema.get("example") : schema.path("examples").path(0)).deepCopy();
	}

	private List<Endpoint> mapped() {
		List<Endpoint> endpoints = new ArrayList<>();
		mappings.getHandlerMethods().forEach((info, handler) -> info.getPatternValues().stream()
			.filter(pattern -> pattern.startsWith("/api/"))
			.forEach(pattern -> {
				assertThat(info.getMethodsCondition().getMethods()).as(pattern + " names its methods").isNotEmpty();
				info.getMethodsCondition().getMethods().forEach(method -> endpoints
					.add(new Endpoint(method.name().toLowerCase(), pattern.replaceAll("\\{([^}:]+):[^}]*}", "{$1}"),
							handler)));
			}));
		return endpoints;
	}

	private Map<String, JsonNode> operations() {
		Map<String, JsonNode> operations = new TreeMap<>();
		document.get("paths").properties().forEach(path -> path.getValue().properties()
			.forEach(op -> operations.put(op.getKey().toUpperCase() + " " + path.getKey(), op.getValue())));
		return operations;
	}

	private JsonNode operation(Endpoint endpoint) {
		return operation(endpoint.method(), endpoint.path());
	}

	private JsonNode operation(String method, String path) {
		JsonNode operation = document.path("paths").path(path).path(method);
		assertThat(operation.isObject()).as(method.toUpperCase() + " " + path + " in the document").isTrue();
		return operation;
	}

	/** Records and sealed interfaces of the API, reached from handlers' bodies and answers, by schema name. */
	private static void collect(ResolvableType type, Map<String, Set<Class<?>>> byName, Set<Class<?>> seen) {
		Class<?> raw = type.resolve();
		if (raw == null) {
			return;
		}
		for (ResolvableType generic : type.getGenerics()) {
			collect(generic, byName, seen);
		}
		if (!(raw.isRecord() || raw.isSealed()) || !raw.getName().startsWith("ir.vafa.") || !seen.add(raw)) {
			return;
		}
		Schema named = raw.getAnnotation(Schema.class);
		byName.computeIfAbsent(named != null && !named.name().isEmpty() ? named.name() : raw.getSimpleName(),
				name -> new HashSet<>()).add(raw);
		if (raw.isRecord()) {
			for (RecordComponent component : raw.getRecordComponents()) {
				collect(ResolvableType.forMethodReturnType(component.getAccessor()), byName, seen);
			}
		}
		else {
			for (Class<?> subtype : raw.getPermittedSubclasses()) {
				collect(ResolvableType.forClass(subtype), byName, seen);
			}
		}
	}

	/** Any method and body type; {@link Api} knows only GET, POST and PUT, and JSON. */
	private HttpResponse<String> send(String method, String path, String token, String contentType, String body) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.header("Content-Type", contentType)
			.method(method.toUpperCase(), HttpRequest.BodyPublishers.ofString(body));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		try (HttpClient http = HttpClient.newHttpClient()) {
			return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}
}
