package ir.vafa.tiers;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The current tenant's members on its tier ladder. */
public interface Tiers {

	/** Empty when the program has no ladder. */
	Optional<MemberTier> of(UUID member);

	/** Newest first. */
	List<TierHistoryEntry> history(UUID member, int limit);

	/**
	 * Places the member in {@code tierId} until {@code until}, with a reason; earning a higher tier still moves them
	 * up. When it ends, the member is in whatever tier they qualify for (the placement is no floor).
	 */
	MemberTier assign(UUID member, String tierId, Instant until, String reason, String actor);

	/** Ends an admin's placement now. */
	MemberTier endAssignment(UUID member, String actor);
}
