package ir.vafa.redemptions;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import ir.vafa.ledger.LotMove;

/**
 * A catalog reward reserved for a member at the till. While {@code HELD} (until {@code expiresAt}) its points are
 * held and one of its stock is taken; {@code CONFIRMED} spent the points ({@code ledgerLineId}, taken from
 * {@code lots}) with the purchase {@code purchaseExternalId} and issued the reward as the voucher
 * {@code voucherCode} (redeemed at once when confirmed with a purchase); {@code CANCELLED} and {@code EXPIRED} gave
 * both back.
 */
public record Reservation(UUID id, UUID memberId, String rewardCode, int points, Status status, Instant reservedAt,
		Instant expiresAt, String reservedBy, Instant endedAt, String endedBy, String purchaseExternalId,
		Long ledgerLineId, List<LotMove> lots, String voucherCode) {

	public Reservation {
		lots = lots == null ? List.of() : List.copyOf(lots);
	}

	public enum Status {
		HELD, CONFIRMED, CANCELLED, EXPIRED
	}
}
