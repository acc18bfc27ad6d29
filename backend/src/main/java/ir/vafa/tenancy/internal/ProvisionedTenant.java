package ir.vafa.tenancy.internal;

import java.util.UUID;

/**
 * What {@link KeycloakTenantProvisioner#provision} created for one tenant. The secrets ({@code adminPassword} when
 * it was generated, {@code posClientSecret}) are shown once to the caller and never stored by Vafa.
 *
 * @param tenantId        the tenant, also the {@code tenant_id} claim of its tokens
 * @param organizationId  Keycloak's id of the tenant's organization (alias = slug)
 * @param adminUserId     Keycloak's id of the first tenant-admin user
 * @param adminUsername   that user's login name (the admin e-mail address)
 * @param adminPassword   the password generated for that user, or {@code null} when the caller chose it
 * @param posClientId     the OAuth client id of the tenant's first POS client ({@code pos-<slug>})
 * @param posClientSecret that client's secret, for the client-credentials grant
 */
public record ProvisionedTenant(UUID tenantId, String organizationId, String adminUserId, String adminUsername,
		String adminPassword, String posClientId, String posClientSecret) {

	@Override
	public String toString() {
		return "ProvisionedTenant[tenantId=" + tenantId + ", organizationId=" + organizationId + ", adminUserId="
				+ adminUserId + ", adminUsername=" + adminUsername + ", posClientId=" + posClientId
				+ ", secrets hidden]";
	}
}
