/**
 * Tenants and identity: who the caller is and which tenant they act for. The tenant comes only from the
 * caller's token ({@code tenant_id} claim); {@link ir.vafa.tenancy.CurrentTenant} carries it through the
 * request and into every database connection, where row-level security enforces it. Support staff create and
 * suspend tenants through {@link ir.vafa.tenancy.TenantDirectory}, which also provisions Keycloak and publishes
 * {@link ir.vafa.tenancy.TenantSuspended} and {@link ir.vafa.tenancy.TenantReactivated}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "platform")
package ir.vafa.tenancy;
