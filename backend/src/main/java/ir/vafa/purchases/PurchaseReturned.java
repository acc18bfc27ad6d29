package ir.vafa.purchases;

import java.math.BigDecimal;
import java.util.UUID;

/** Lines of a purchase came back: {@code amount} of its spend and {@code pointsTakenBack} of its points. */
public record PurchaseReturned(UUID tenantId, UUID purchaseId, String externalId, UUID returnId, UUID memberId,
		BigDecimal amount, long pointsTakenBack, boolean complete) {
}
