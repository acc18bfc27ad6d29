package ir.vafa.support;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Real tokens from the real Keycloak: client credentials for POS clients, password grant for people. */
public final class Tokens {

	private static final HttpClient HTTP = HttpClient.newHttpClient();
	private static final JsonMapper JSON = new JsonMapper();
	private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

	private Tokens() {
	}

	public static String client(String clientId, String secret) {
		return CACHE.computeIfAbsent("client:" + clientId, k -> request(Map.of("grant_type", "client_credentials",
				"client_id", clientId, "client_secret", secret)));
	}

	public static String user(String username, String password) {
		return CACHE.computeIfAbsent("user:" + username, k -> request(Map.of("grant_type", "password",
				"client_id", "vafa-cli", "username", username, "password", password, "scope", "openid")));
	}

	/** A token fetched now, bypassing the cache (for tests about suspension). */
	public static HttpResponse<String> tryClient(String clientId, String secret) {
		return post(Map.of("grant_type", "client_credentials", "client_id", clientId, "client_secret", secret));
	}

	/** A user's token fetched now, bypassing the cache (for tests about disabled users). */
	public static HttpResponse<String> tryUser(String username, String password) {
		return post(Map.of("grant_type", "password", "client_id", "vafa-cli", "username", username, "password", password,
				"scope", "openid"));
	}

	public static void forget() {
		CACHE.clear();
	}

	private static String request(Map<String, String> form) {
		HttpResponse<String> response = post(form);
		if (response.statusCode() != 200) {
			throw new IllegalStateException("Keycloak refused a token: " + response.statusCode() + " " + response.body());
		}
		JsonNode body = JSON.readTree(response.body());
		return body.get("access_token").asString();
	}

	private static HttpResponse<String> post(Map<String, String> form) {
		String body = form.entrySet().stream()
			.map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		HttpRequest request = HttpRequest.newBuilder(URI.create(VafaStack.keycloak().issuerUri() + "/protocol/openid-connect/token"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		try {
			return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}
}
