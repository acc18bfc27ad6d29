package ir.vafa.tenancy;

import java.util.UUID;

/** A suspended tenant may act again. Published inside the reactivating transaction, like {@link TenantSuspended}. */
public record TenantReactivated(UUID tenantId) {
}
