package ir.vafa.purchases;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A purchase was recorded (once: a retry publishes nothing). {@code memberId} is null for anonymous purchases,
 * {@code programVersion} before the tenant's first program.
 */
public record PurchaseRecorded(UUID tenantId, UUID purchaseId, String externalId, UUID memberId,
		Integer programVersion, Instant occurredAt, String currency, BigDecimal total, long pointsEarned) {
}
