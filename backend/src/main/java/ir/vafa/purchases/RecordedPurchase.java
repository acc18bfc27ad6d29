package ir.vafa.purchases;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A purchase as recorded: what participants need to rebuild its receipt or take back its effects.
 * {@code receivedAt} is when it was recorded; {@code balanceAfter} and {@code tierAfter} are the member's balance and tier right after it.
 */
public record RecordedPurchase(UUID id, String externalId, UUID memberId, Integer programVersion, Instant occurredAt,
		Instant receivedAt, BigDecimal total, Long balanceAfter, String tierAfter) {
}
