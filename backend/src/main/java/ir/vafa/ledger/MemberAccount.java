package ir.vafa.ledger;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A member's running totals: the ledger's sum ({@code pointsBalance}, which is what their lots hold minus
 * {@code pointsDebt}), and the purchase history the rules see (returns take their spend back out, and a purchase
 * returned whole its visit).
 */
public record MemberAccount(UUID memberId, long pointsBalance, long pointsDebt, int purchaseCount,
		BigDecimal lifetimeSpend, Instant firstPurchaseAt, Instant lastPurchaseAt) {
}
