package ir.vafa.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A small HTTP client for the API under test: raw enough to send malformed and oversized bodies. */
public final class Api {

	private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
	/** The application's own mapper once a test context is up, so request bodies are written as the API reads them. */
	static volatile JsonMapper JSON = new JsonMapper();

	private final String base;
	private final String token;

	public Api(int port, String token) {
		this.base = "http://127.0.0.1:" + port;
		this.token = token;
	}

	public Api as(String otherToken) {
		return new Api(Integer.parseInt(base.substring(base.lastIndexOf(':') + 1)), otherToken);
	}

	public Reply get(String path) {
		return send(builder(path).GET());
	}

	/** A GET with headers of its own: name, value, name, value… */
	public Reply get(String path, String... headers) {
		return send(builder(path).headers(headers).GET());
	}

	public Reply post(String path, Object body) {
		return send(builder(path).POST(HttpRequest.BodyPublishers.ofString(json(body))));
	}

	public Reply post(String path, Object body, String idempotencyKey) {
		return send(builder(path).header("Idempotency-Key", idempotencyKey)
			.POST(HttpRequest.BodyPublishers.ofString(json(body))));
	}

	/** A POST with a header of its own, e.g. {@code Member-Page-Token}. */
	public Reply post(String path, Object body, String header, String value) {
		return send(builder(path).header(header, value).POST(HttpRequest.BodyPublishers.ofString(json(body))));
	}

	public Reply put(String path, Object body) {
		return send(builder(path).PUT(HttpRequest.BodyPublishers.ofString(json(body))));
	}

	/** A request with headers of its own, e.g. {@code If-Match}: name, value, name, value… */
	public Reply put(String path, Object body, String... headers) {
		return send(builder(path).headers(headers).PUT(HttpRequest.BodyPublishers.ofString(json(body))));
	}

	public Reply patch(String path, Object body) {
		return send(builder(path).method("PATCH", HttpRequest.BodyPublishers.ofString(json(body))));
	}

	public Reply delete(String path) {
		return send(builder(path).DELETE());
	}

	private HttpRequest.Builder builder(String path) {
		HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json");
		return token == null ? b : b.header("Authorization", "Bearer " + token);
	}

	private static String json(Object body) {
		return body instanceof String s ? s : JSON.writeValueAsString(body);
	}

	private static Reply send(HttpRequest.Builder request) {
		try {
			HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
			return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
					response.headers().firstValue("ETag").orElse(null),
					response.body(), response.headers().firstValue("Retry-After").orElse(null));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	public record Reply(int status, String contentType, String etag, String body, String retryAfter) {

		public JsonNode json() {
			return JSON.readTree(body);
		}

		/** The fields a problem+json answer names in its {@code errors}. */
		public java.util.List<String> fields() {
			java.util.List<String> fields = new java.util.ArrayList<>();
			JsonNode errors = json().get("errors");
			if (errors != null) {
				errors.forEach(e -> fields.add(e.get("field").asString()));
			}
			return fields;
		}

		@Override
		public String toString() {
			return status + " " + body;
		}
	}
}
