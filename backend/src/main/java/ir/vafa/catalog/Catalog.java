package ir.vafa.catalog;

import java.util.List;
import java.util.Optional;

/**
 * The current tenant's rewards catalog. Every change is checked against the tenant's current program (its
 * currency and its tiers) and logged with its actor.
 */
public interface Catalog {

	/** By code; archived rewards only when asked for. */
	List<CatalogReward> list(boolean includeArchived);

	Optional<CatalogReward> get(String code);

	CatalogReward create(RewardDefinition definition, String actor);

	/**
	 * Replaces the definition. {@code expectedRevision}, when given, must be the reward's revision now (else a 412
	 * problem: someone changed it since it was read).
	 */
	CatalogReward update(String code, RewardDefinition definition, Integer expectedRevision, String actor);

	/** No longer offered; it stays readable, as issued rewards name it. Archiving an archived reward changes nothing. */
	CatalogReward archive(String code, String actor);

	CatalogReward restore(String code, String actor);

	/**
	 * What the reward takes off an order the till is about to record (archived rewards too: their vouchers are still
	 * honoured); a 404 problem for an unknown code, 422 naming {@code currency} when the order's is not the reward's.
	 */
	RewardQuote quote(String code, Order order);

	/** Newest first. */
	List<CatalogChange> changes(String code);

	/**
	 * Takes one of the reward's stock for a member (a reservation at the till), if the reward is still as the caller
	 * read it: not archived, valid {@code at}, costing {@code costPoints}; false when none is left or it changed.
	 * Never below zero, however many tills ask at once; a reward with unlimited stock only counts, so tills taking it
	 * at once do not wait for each other.
	 */
	boolean take(String code, int costPoints, java.time.Instant at);

	/** Gives back {@code count} taken by {@link #take} (reservations cancelled or expired). */
	void giveBack(String code, int count);

}
