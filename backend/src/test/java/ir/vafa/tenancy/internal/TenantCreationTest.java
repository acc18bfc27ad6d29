package ir.vafa.tenancy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import ir.vafa.support.Api;
import ir.vafa.support.ApiTest;
import ir.vafa.support.VafaStack;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * Opening a tenant provisions Keycloak outside the database transaction; whichever side fails, neither keeps a
 * tenant the other does not have.
 */
class TenantCreationTest extends ApiTest {

	@Autowired
	JdbcClient jdbc;

	@Value("${spring.datasource.url}")
	String url;

	@Value("${spring.flyway.user}")
	String owner;

	@Value("${spring.flyway.password}")
	String ownerPassword;

	private KeycloakRealm keycloak;
	private KeycloakTenantLookup lookup;

	@BeforeEach
	void connect() {
		keycloak = KeycloakRealm.connect(VafaStack.keycloak().baseUrl().replaceAll("/+$", ""), "vafa",
				"vafa-provisioner", "vafa-provisioner-secret");
		lookup = new KeycloakTenantLookup(keycloak);
	}

	@AfterEach
	void disconnect() {
		keycloak.close();
	}

	@Test
	void aTenantWhoseCommitFailsAfterKeycloakWasProvisionedLeavesNoOrganizationUserOrClient() {
		String slug = "doomed-" + UUID.randomUUID().toString().substring(0, 8);
		JdbcClient schemaOwner = JdbcClient.create(new SimpleDriverDataSource(new org.postgresql.Driver(), url, owner,
				ownerPassword));
		// A deferred constraint trigger: the failure comes at COMMIT, after Keycloak has been provisioned.
		schemaOwner.sql("""
				CREATE FUNCTION test_refuse_doomed_tenants() RETURNS trigger LANGUAGE plpgsql AS $$
				BEGIN
				  RAISE EXCEPTION 'refused at commit for the test';
				END $$""").update();
		schemaOwner.sql("""
				CREATE CONSTRAINT TRIGGER test_refuse_doomed_tenants AFTER INSERT ON support_audit
				  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (NEW.detail LIKE 'doomed-%')
				  EXECUTE FUNCTION test_refuse_doomed_tenants()""").update();
		Api.Reply created;
		try {
			created = open(slug);
		}
		finally {
			schemaOwner.sql("DROP TRIGGER test_refuse_doomed_tenants ON support_audit").update();
			schemaOwner.sql("DROP FUNCTION test_refuse_doomed_tenants()").update();
		}

		assertThat(created.status()).as(created.toString()).isEqualTo(500);
		assertThat(jdbc.sql("SELECT count(*) FROM tenant WHERE slug = ?").param(slug).query(Long.class).single())
			.isZero();
		assertThat(lookup.organization(slug)).isEmpty();
		assertThat(keycloak.resource().users().search("admin@" + slug + ".example", true)).isEmpty();
		assertThat(keycloak.resource().clients().findByClientId("pos-" + slug)).isEmpty();
	}

	@Test
	void aSlugKeycloakHoldsAlreadyIsAConflictAndRecordsNothing() {
		String slug = "held-" + UUID.randomUUID().toString().substring(0, 8);
		UUID holder = UUID.randomUUID();
		KeycloakTenantProvisioner provisioner = new KeycloakTenantProvisioner(keycloak, lookup);
		provisioner.provision(holder, slug, "Held " + slug, "owner@" + slug + ".example", "Owner-pass-1");
		try {
			Api.Reply created = open(slug);

			assertThat(created.status()).as(created.toString()).isEqualTo(409);
			assertThat(created.fields()).containsExactly("slug");
			assertThat(jdbc.sql("SELECT count(*) FROM tenant WHERE slug = ?").param(slug).query(Long.class).single())
				.isZero();
			assertThat(lookup.requireOrganization(slug).getAttributes().get(KeycloakTenantLookup.TENANT_ID))
				.containsExactly(holder.toString());
		}
		finally {
			provisioner.deprovision(holder, slug);
		}
	}

	private Api.Reply open(String slug) {
		return support().post("/api/support/tenants", Map.of("slug", slug, "name", "Shop " + slug, "adminEmail",
				"admin@" + slug + ".example", "adminPassword", "password-" + slug));
	}
}
