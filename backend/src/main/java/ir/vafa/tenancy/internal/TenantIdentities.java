package ir.vafa.tenancy.internal;

import java.util.Optional;
import java.util.UUID;

/** Where tenants' people and POS systems get their identities: Keycloak in production and in tests. */
interface TenantIdentities {

	Provisioned provision(UUID tenantId, String slug, String name, String adminEmail, String adminPassword);

	/** Takes back what {@link #provision} created, for a tenant that was never recorded. */
	void deprovision(UUID tenantId, String slug);

	void suspend(String slug);

	void reactivate(String slug);

	/** The current secret of the tenant's POS client, if it has one by that id. */
	Optional<String> posClientSecret(UUID tenantId, String posClientId);

	record Provisioned(String adminUsername, String adminPassword, String posClientId, String posClientSecret) {
	}
}
