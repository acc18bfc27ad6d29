package ir.vafa.ledger;

import java.time.Instant;
import java.util.UUID;

/** Points a member still has in lots that expire at {@code expiresAt} (all their lots of that instant together). */
public record ExpiringPoints(UUID memberId, Instant expiresAt, long points) {
}
