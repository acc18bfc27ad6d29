package ir.vafa.tenancy;

import java.util.UUID;

/**
 * A tenant was suspended: its people and POS clients are switched off and its calls are refused. Published inside
 * the suspending transaction; listen after commit ({@code @TransactionalEventListener}) to act only on a suspension
 * that happened.
 */
public record TenantSuspended(UUID tenantId) {
}
