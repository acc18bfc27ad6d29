package ir.vafa.support;

import ir.vafa.devstack.Database;
import ir.vafa.devstack.DevInfrastructure;
import ir.vafa.devstack.IdentityServer;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Points a test application at PostgreSQL and Keycloak as the devstack decides (configured URL, else
 * Testcontainers, else embedded PostgreSQL and the Keycloak distribution). Each application context gets a
 * database of its own.
 */
public final class VafaStack {

	private VafaStack() {
	}

	public static void register(DynamicPropertyRegistry registry) {
		Database database = DevInfrastructure.database();
		IdentityServer keycloak = DevInfrastructure.identityServer();
		String url = database.createDatabase("vafa_test");
		registry.add("spring.datasource.url", () -> url);
		registry.add("spring.flyway.user", database::superUser);
		registry.add("spring.flyway.password", database::superPassword);
		registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", keycloak::issuerUri);
		registry.add("vafa.keycloak.url", keycloak::baseUrl);
		registry.add("vafa.keycloak.realm", keycloak::realm);
		// Jobs run when a test runs them (the support API), never by themselves in the middle of another test.
		registry.add("vafa.jobs.scheduler.enabled", () -> "false");
		// The member page links' signing key: the application refuses to start without one.
		registry.add("vafa.member-page.secret", () -> "test-member-page-secret-of-at-least-32-bytes");
	}

	public static IdentityServer keycloak() {
		return DevInfrastructure.identityServer();
	}
}
