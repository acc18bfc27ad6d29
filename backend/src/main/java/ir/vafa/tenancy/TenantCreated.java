package ir.vafa.tenancy;

/**
 * The answer to opening a tenant. The POS client secret (and a generated admin password) are shown here once and
 * stored nowhere in Vafa.
 */
public record TenantCreated(TenantView tenant, String adminUsername, String adminPassword, String posClientId,
		String posClientSecret) {
}
