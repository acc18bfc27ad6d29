package ir.vafa.tiers;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** One change of a member's tier, or of its grace period, and why: by a purchase, a return, the job, an admin. */
public record TierHistoryEntry(long id, String fromTier, String toTier, Reason reason, BigDecimal qualifyingValue,
		UUID purchaseId, Integer programVersion, String actor, String note, Instant at) {

	public enum Reason {
		UPGRADE, DOWNGRADE, RETURN, MANUAL, MANUAL_ENDED, GRACE_STARTED, GRACE_ENDED
	}
}
