package ir.vafa.tiers;

import java.util.UUID;

/** A member moved from one tier to another (up, down, back after a return, or by an admin's hand). */
public record TierChanged(UUID tenantId, UUID memberId, String fromTier, String toTier,
		TierHistoryEntry.Reason reason) {
}
