package ir.vafa.ledger;

import java.util.UUID;

/** Points of a member expired: the ledger line {@code lineId} took them from their lots. */
public record PointsExpired(UUID tenantId, UUID memberId, long lineId, long points) {
}
