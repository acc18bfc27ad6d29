package ir.vafa.ledger;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A member's running totals: the ledger's sum and the purchase history the rules see. */
public record MemberAccount(UUID memberId, long pointsBalance, int purchaseCount, BigDecimal lifetimeSpend,
		Instant firstPurchaseAt, Instant lastPurchaseAt) {
}
