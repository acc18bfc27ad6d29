package ir.vafa.ledger;

import java.time.Instant;
import java.util.UUID;

/**
 * Points earned together (by one rule on one purchase, or one adjustment): its id is the id of the ledger line that
 * earned it. {@code remaining} is what is left of it; it cannot be spent before {@code availableAt} and expires at
 * {@code expiresAt} (null: never).
 */
public record PointLot(long id, UUID purchaseId, long points, long remaining, Instant earnedAt, Instant availableAt,
		Instant expiresAt, Status status) {

	public enum Status {
		PENDING, AVAILABLE, EXPIRED, USED
	}

	public static Status status(long remaining, Instant availableAt, Instant expiresAt, Instant now) {
		if (remaining == 0) {
			return Status.USED;
		}
		if (expiresAt != null && !now.isBefore(expiresAt)) {
			return Status.EXPIRED;
		}
		return now.isBefore(availableAt) ? Status.PENDING : Status.AVAILABLE;
	}
}
