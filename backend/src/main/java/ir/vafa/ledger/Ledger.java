package ir.vafa.ledger;

import java.util.List;
import java.util.UUID;

/**
 * The current tenant's points: the append-only ledger, each member's lots, and their account. Earning, returns and
 * expiry write here through the purchase path and the jobs; people spend and correct through this interface.
 */
public interface Ledger {

	/** The member's running totals (zeros before their first purchase). */
	MemberAccount account(UUID member);

	/** Available, pending, expiring and owed points, with when pending ones free up and the next expiries. */
	PointsBalance balance(UUID member);

	/** Newest first, each line with the lots it created or took from; {@code beforeId} pages back. */
	List<LedgerEntry> history(UUID member, int limit, Long beforeId);

	/** The member's lots, newest first; only those with points left when {@code live}. */
	List<PointLot> lots(UUID member, boolean live);

	/**
	 * Spends available points, from the lots that expire soonest; pending points cannot be spent. Refuses (409) more
	 * than is available. Retrying with the same key returns the first result.
	 */
	LedgerEntry redeem(UUID member, long points, String reason, String idempotencyKey, String actor);

	/**
	 * Corrects the balance: a positive adjustment is a lot of its own (available at once, expiring by the program's
	 * rule), paying the member's debt first; a negative one takes from available lots, then pending ones, and is
	 * refused (409) beyond what the lots hold.
	 */
	LedgerEntry adjust(UUID member, long points, String reason, String idempotencyKey, String actor);
}
