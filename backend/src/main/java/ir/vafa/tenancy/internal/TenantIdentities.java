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

	/** Adds a staff user to the tenant's organization; answers Keycloak's id of the user. */
	String addStaff(UUID tenantId, String slug, String username, String email, String password,
			java.util.Set<String> roles);

	/**
	 * Sets a staff user's tenant roles (when given: the others are taken away) and whether they may log in (when given;
	 * disabling ends their sessions). Answers them as they are then.
	 */
	ir.vafa.tenancy.StaffMember changeStaff(UUID tenantId, ir.vafa.tenancy.StaffMember user,
			java.util.Set<String> roles, Boolean enabled);

	/** The tenant's users (not its POS clients' service accounts) with their tenant roles. */
	java.util.List<ir.vafa.tenancy.StaffMember> staff(UUID tenantId);

	/** The current secret of the tenant's POS client, if it has one by that id. */
	Optional<String> posClientSecret(UUID tenantId, String posClientId);

	record Provisioned(String adminUsername, String adminPassword, String posClientId, String posClientSecret) {
	}
}
