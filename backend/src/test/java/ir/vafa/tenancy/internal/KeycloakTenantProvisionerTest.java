package ir.vafa.tenancy.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import ir.vafa.support.VafaStack;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class KeycloakTenantProvisionerTest {

	/** Never contacted: the checks below fail before any call to Keycloak. */
	private final KeycloakRealm nowhere = KeycloakRealm.connect("http://127.0.0.1:9", "vafa", "vafa-provisioner",
			"unused");

	private final KeycloakTenantProvisioner offline = new KeycloakTenantProvisioner(nowhere,
			new KeycloakTenantLookup(nowhere));

	@AfterEach
	void closeOffline() {
		nowhere.close();
	}

	@Test
	void generatedPasswordsHaveEveryCharacterClass() {
		for (int i = 0; i < 200; i++) {
			String password = KeycloakTenantProvisioner.generatePassword();
			assertThat(password).hasSize(20).containsPattern("[A-Z]").containsPattern("[a-z]")
				.containsPattern("[0-9]").containsPattern("[-_.!]");
		}
	}

	@Test
	void slugsMustBeLowerCaseWordsWithInnerHyphens() {
		for (String bad : new String[] { "", "Cafe", "cafe shop", "-cafe", "cafe-", "caf\u00e9", "a".repeat(51) }) {
			assertThatThrownBy(() -> offline.provision(UUID.randomUUID(), bad, "Cafe", "a@b.example", null))
				.as(bad)
				.isInstanceOf(IllegalArgumentException.class);
		}
	}

	@Test
	void staffCanOnlyGetTenantRoles() {
		assertThatThrownBy(() -> offline.addUser(UUID.randomUUID(), "cafe", "eve", null, "Pw-123456",
				Set.of("platform-support")))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("platform-support");
		assertThatThrownBy(() -> offline.addUser(UUID.randomUUID(), "cafe", "eve", null, "Pw-123456", Set.of()))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void provisionedTenantDoesNotPrintItsSecrets() {
		ProvisionedTenant tenant = new ProvisionedTenant(UUID.randomUUID(), "org", "user", "a@b.example",
				"generated-pw", "pos-cafe", "pos-secret");
		assertThat(tenant.toString()).doesNotContain("generated-pw").doesNotContain("pos-secret");
	}

	/** Against the real Keycloak the devstack provides, with deploy/keycloak/vafa-realm.json imported. */
	@Nested
	@TestInstance(TestInstance.Lifecycle.PER_CLASS)
	class AgainstKeycloak {

		private final JsonMapper json = new JsonMapper();

		private final HttpClient http = HttpClient.newHttpClient();

		private final String keycloak = keycloakUrl();

		private KeycloakRealm realm;
		private KeycloakTenantLookup lookup;
		private KeycloakTenantProvisioner provisioner;
		private KeycloakTenantSuspension suspension;

		@BeforeAll
		void connect() {
			realm = KeycloakRealm.connect(keycloak, "vafa", "vafa-provisioner", "vafa-provisioner-secret");
			lookup = new KeycloakTenantLookup(realm);
			provisioner = new KeycloakTenantProvisioner(realm, lookup);
			suspension = new KeycloakTenantSuspension(realm, lookup);
		}

		@AfterAll
		void disconnect() {
			realm.close();
		}

		@Test
		void posAndStaffTokensCarryTheTenantTheirRolesAndTheApiAudience() throws Exception {
			UUID tenantId = UUID.randomUUID();
			String slug = "t-" + tenantId.toString().substring(0, 8);
			ProvisionedTenant tenant = provisioner.provision(tenantId, slug, "Test " + slug, "owner@" + slug + ".example",
					null);

			JsonNode pos = claims(clientCredentials(tenant.posClientId(), tenant.posClientSecret()).body());
			assertThat(pos.path("tenant_id").asString()).isEqualTo(tenantId.toString());
			assertThat(roles(pos)).containsExactly("cashier");
			assertThat(pos.path("aud").toString()).contains("vafa-api");
			assertThat(pos.path("iss").asString()).isEqualTo(keycloak + "/realms/vafa");

			JsonNode admin = claims(password(tenant.adminUsername(), tenant.adminPassword()).body());
			assertThat(admin.path("tenant_id").asString()).isEqualTo(tenantId.toString());
			assertThat(roles(admin)).contains("tenant-admin").doesNotContain("platform-support");
			assertThat(admin.path("aud").toString()).contains("vafa-api");

			provisioner.addUser(tenantId, slug, "analyst@" + slug + ".example", null, "Analyst-pass-1",
					Set.of("tenant-analyst"));
			JsonNode analyst = claims(password("analyst@" + slug + ".example", "Analyst-pass-1").body());
			assertThat(analyst.path("tenant_id").asString()).isEqualTo(tenantId.toString());
			assertThat(roles(analyst)).contains("tenant-analyst").doesNotContain("tenant-admin");
		}

		@Test
		void aSecondTenantWithTheSameSlugIsAConflict() {
			UUID tenantId = UUID.randomUUID();
			String slug = "t-" + tenantId.toString().substring(0, 8);
			provisioner.provision(tenantId, slug, "Test " + slug, "owner@" + slug + ".example", "Owner-pass-1");

			assertThatThrownBy(() -> provisioner.provision(UUID.randomUUID(), slug, "Other " + slug,
					"other@" + slug + ".example", "Owner-pass-1"))
				.isInstanceOfSatisfying(TenantProvisioningException.class, e -> assertThat(e.isConflict()).isTrue());
		}

		@Test
		void aSuspendedTenantGetsNoTokensUntilReactivated() throws Exception {
			UUID tenantId = UUID.randomUUID();
			String slug = "t-" + tenantId.toString().substring(0, 8);
			ProvisionedTenant tenant = provisioner.provision(tenantId, slug, "Test " + slug,
					"owner@" + slug + ".example", "Owner-pass-1");

			suspension.suspend(slug);
			assertThat(clientCredentials(tenant.posClientId(), tenant.posClientSecret()).statusCode()).isEqualTo(401);
			assertThat(password(tenant.adminUsername(), "Owner-pass-1").statusCode()).isEqualTo(400);

			suspension.reactivate(slug);
			assertThat(clientCredentials(tenant.posClientId(), tenant.posClientSecret()).statusCode()).isEqualTo(200);
			assertThat(password(tenant.adminUsername(), "Owner-pass-1").statusCode()).isEqualTo(200);
		}

		@Test
		void aDeprovisionedTenantLeavesNoOrganizationUserOrClientAndDeprovisioningAgainIsHarmless() throws Exception {
			UUID tenantId = UUID.randomUUID();
			String slug = "t-" + tenantId.toString().substring(0, 8);
			ProvisionedTenant tenant = provisioner.provision(tenantId, slug, "Test " + slug,
					"owner@" + slug + ".example", "Owner-pass-1");
			provisioner.addUser(tenantId, slug, "analyst@" + slug + ".example", null, "Analyst-pass-1",
					Set.of("tenant-analyst"));

			provisioner.deprovision(tenantId, slug);

			assertThat(lookup.organization(slug)).isEmpty();
			assertThat(lookup.organizationsOf(tenantId)).isEmpty();
			assertThat(lookup.usersOf(tenantId.toString())).isEmpty();
			assertThat(lookup.posClientsOf(slug, tenantId.toString())).isEmpty();
			assertThat(clientCredentials(tenant.posClientId(), tenant.posClientSecret()).statusCode()).isEqualTo(401);
			provisioner.deprovision(tenantId, slug);
		}

		@Test
		void aPosSecretCanBeReadBackOnlyForTheTenantsOwnClient() {
			UUID tenantId = UUID.randomUUID();
			String slug = "t-" + tenantId.toString().substring(0, 8);
			ProvisionedTenant tenant = provisioner.provision(tenantId, slug, "Test " + slug,
					"owner@" + slug + ".example", "Owner-pass-1");

			assertThat(lookup.posClientSecret(tenantId, tenant.posClientId())).contains(tenant.posClientSecret());
			assertThat(lookup.posClientSecret(UUID.randomUUID(), tenant.posClientId())).isEmpty();
			assertThat(lookup.posClientSecret(tenantId, "vafa-provisioner")).isEmpty();
			assertThat(lookup.posClientSecret(tenantId, "pos-no-such-tenant")).isEmpty();
		}

		private HttpResponse<String> clientCredentials(String clientId, String secret) throws Exception {
			return token("grant_type", "client_credentials", "client_id", clientId, "client_secret", secret);
		}

		/** The password grant of the dev/test client {@code vafa-cli}. */
		private HttpResponse<String> password(String username, String password) throws Exception {
			return token("grant_type", "password", "client_id", "vafa-cli", "username", username, "password",
					password);
		}

		private HttpResponse<String> token(String... form) throws Exception {
			StringBuilder body = new StringBuilder();
			for (int i = 0; i < form.length; i += 2) {
				body.append(i == 0 ? "" : "&")
					.append(form[i])
					.append('=')
					.append(URLEncoder.encode(form[i + 1], StandardCharsets.UTF_8));
			}
			HttpRequest request = HttpRequest
				.newBuilder(URI.create(keycloak + "/realms/vafa/protocol/openid-connect/token"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(body.toString()))
				.build();
			return http.send(request, HttpResponse.BodyHandlers.ofString());
		}

		private JsonNode claims(String tokenResponse) {
			String jwt = json.readTree(tokenResponse).path("access_token").asString();
			String payload = jwt.split("\\.")[1];
			return json.readTree(new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8));
		}

		private Set<String> roles(JsonNode claims) {
			Stream.Builder<String> roles = Stream.builder();
			claims.path("realm_access").path("roles").forEach(role -> roles.add(role.asString()));
			return roles.build().collect(Collectors.toSet());
		}
	}

	static String keycloakUrl() {
		return VafaStack.keycloak().baseUrl().replaceAll("/+$", "");
	}
}
