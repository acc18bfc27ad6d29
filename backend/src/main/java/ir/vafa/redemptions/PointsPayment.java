package ir.vafa.redemptions;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import ir.vafa.ledger.LotMove;

/**
 * Points that paid {@code amount} (in {@code currency}) of a purchase: the REDEEM line {@code ledgerLineId} took them
 * from {@code lots}. {@code refundedPoints} of them came back with returns of the purchase so far.
 */
public record PointsPayment(UUID id, UUID memberId, String purchaseExternalId, long points, BigDecimal amount,
		String currency, long ledgerLineId, List<LotMove> lots, Instant paidAt, String paidBy, long refundedPoints) {

	public PointsPayment {
		lots = lots == null ? List.of() : List.copyOf(lots);
	}
}
