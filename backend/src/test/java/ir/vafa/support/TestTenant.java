package ir.vafa.support;

import java.util.UUID;

/** A tenant opened through the support API for one test, with real Keycloak tokens for its POS and admin. */
public record TestTenant(UUID id, String slug, String adminUsername, String adminPassword, String posClientId,
		String posClientSecret, int port) {

	public Api pos() {
		return new Api(port, Tokens.client(posClientId, posClientSecret));
	}

	public Api admin() {
		return new Api(port, Tokens.user(adminUsername, adminPassword));
	}
}
