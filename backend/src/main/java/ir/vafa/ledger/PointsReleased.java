package ir.vafa.ledger;

import java.util.UUID;

/** A member's pending points came out of the return window and can now be spent. */
public record PointsReleased(UUID tenantId, UUID memberId, long points) {
}
