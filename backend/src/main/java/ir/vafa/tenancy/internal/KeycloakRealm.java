package ir.vafa.tenancy.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.RealmResource;

/**
 * The Vafa realm through Keycloak's admin REST API, as the {@code vafa-provisioner} service account
 * (client-credentials grant). Every call is named by its step, so a failure says what was being done; Keycloak's
 * refusals and unreachability become {@link TenantProvisioningException}s, a 409 a conflict. Thread-safe; close it on
 * shutdown.
 */
final class KeycloakRealm implements AutoCloseable {

	static final int PAGE = 100;

	private final Keycloak keycloak;
	private final String realm;

	KeycloakRealm(Keycloak keycloak, String realm) {
		this.keycloak = Objects.requireNonNull(keycloak, "keycloak");
		this.realm = Objects.requireNonNull(realm, "realm");
	}

	/**
	 * @param serverUrl    Keycloak's base URL, e.g. {@code http://127.0.0.1:18180}
	 * @param realm        the Vafa realm, {@code vafa}
	 * @param clientId     the provisioner's client, {@code vafa-provisioner}
	 * @param clientSecret its secret
	 */
	static KeycloakRealm connect(String serverUrl, String realm, String clientId, String clientSecret) {
		return new KeycloakRealm(KeycloakBuilder.builder()
			.serverUrl(serverUrl)
			.realm(realm)
			.grantType(OAuth2Constants.CLIENT_CREDENTIALS)
			.clientId(clientId)
			.clientSecret(clientSecret)
			.build(), realm);
	}

	RealmResource resource() {
		return keycloak.realm(realm);
	}

	<T> T call(String step, Supplier<T> action) {
		try {
			return action.get();
		}
		catch (WebApplicationException e) {
			Response response = e.getResponse();
			String body = "";
			try {
				body = response != null && response.hasEntity() ? response.readEntity(String.class) : "";
			}
			catch (RuntimeException ignored) {
				// body already consumed or not readable: the status says enough
			}
			int status = response != null ? response.getStatus() : 0;
			throw refused(step, status, body, e);
		}
		catch (ProcessingException e) {
			throw TenantProvisioningException.failed("Could not reach Keycloak to " + step + ": " + e.getMessage(), e);
		}
	}

	void run(String step, Runnable action) {
		call(step, () -> {
			action.run();
			return null;
		});
	}

	/** Runs a create call and returns the new id from its Location (null for a 204). */
	String created(String step, Supplier<Response> create) {
		try (Response response = call(step, create)) {
			return switch (response.getStatus()) {
				case 201 -> CreatedResponseUtil.getCreatedId(response);
				case 204 -> null;
				default -> throw refused(step, response);
			};
		}
	}

	/** Runs a call answered with a bare status, such as an update. */
	void succeeded(String step, Supplier<Response> action) {
		try (Response response = call(step, action)) {
			if (response.getStatus() >= 300) {
				throw refused(step, response);
			}
		}
	}

	/** Runs a delete; what is gone already counts as deleted, so taking back a tenant may be repeated. */
	void deleted(String step, Supplier<Response> delete) {
		try (Response response = call(step, delete)) {
			if (response.getStatus() >= 300 && response.getStatus() != 404) {
				throw refused(step, response);
			}
		}
		catch (TenantProvisioningException e) {
			if (!(e.getCause() instanceof NotFoundException)) {
				throw e;
			}
		}
	}

	/** Every page of a listing, {@link #PAGE} at a time. */
	<T> List<T> pages(Function<Integer, List<T>> page) {
		List<T> all = new ArrayList<>();
		for (int first = 0;; first += PAGE) {
			int from = first;
			List<T> batch = call("list page " + first, () -> page.apply(from));
			all.addAll(batch);
			if (batch.size() < PAGE) {
				return all;
			}
		}
	}

	@Override
	public void close() {
		keycloak.close();
	}

	private static TenantProvisioningException refused(String step, Response response) {
		return refused(step, response.getStatus(), response.hasEntity() ? response.readEntity(String.class) : "",
				null);
	}

	private static TenantProvisioningException refused(String step, int status, String body, Throwable cause) {
		String message = "Keycloak refused to " + step + ": HTTP " + status + " " + body;
		return status == 409 ? TenantProvisioningException.conflict(message)
				: TenantProvisioningException.failed(message, cause);
	}
}
