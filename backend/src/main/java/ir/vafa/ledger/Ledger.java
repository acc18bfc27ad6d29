package ir.vafa.ledger;

import java.time.Instant;
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
	 * Spends available points, from the lots that expire soonest; pending and held points cannot be spent. Refuses
	 * (409) more than is available. Retrying with the same key returns the first result.
	 */
	LedgerEntry redeem(UUID member, long points, String reason, String idempotencyKey, String actor);

	/** What each of the member's lines {@code lineIds} took from (or gave to) each lot, by line id. */
	java.util.Map<Long, List<LotMove>> lotMoves(UUID member, List<Long> lineIds);

	/**
	 * Gives back {@code points} of those the ledger line {@code paidBy} spent, after the {@code refundedBefore} given
	 * back already: REFUND lines with a lot each, available at once and expiring when the lots they were spent from
	 * expire (one line per expiry), so paying with points and returning the purchase never makes them last longer.
	 * What the line's lots cannot account for expires by the program's rule from now. Each lot pays the member's debt
	 * first, as any earning. Its caller makes it once.
	 */
	List<LedgerEntry> refund(UUID member, long paidBy, long refundedBefore, long points, String reason, String actor);

	/** As {@link #redeem}, as a DONATE line: points given to a charity. */
	LedgerEntry donate(UUID member, long points, String reason, String idempotencyKey, String actor);

	/**
	 * Holds available points for a while, as a reward reserved at the till does: they stay the member's, but nothing
	 * else can spend them until the hold is spent or released, or {@code expiresAt} passes. Holding an id that is
	 * held already holds nothing more. Refuses (409 naming {@code points}) more than is available and not held.
	 */
	void hold(UUID member, UUID holdId, long points, Instant expiresAt, String reason);

	/**
	 * Spends a hold: its points leave the lots that expire soonest, as one REDEEM line, and the hold is gone. Refuses
	 * (409) a hold that is gone or past its time, or points the member's lots no longer have (an adjustment or the
	 * expiry job took them). What holds a hold makes its retries safe (a reservation's status, under its row lock).
	 */
	LedgerEntry spendHold(UUID member, UUID holdId, String reason, String actor);

	/** Makes a hold's points spendable again; a hold that is gone is no error. */
	void releaseHold(UUID member, UUID holdId);

	/**
	 * Corrects the balance: a positive adjustment is a lot of its own (available at once, expiring by the program's
	 * rule), paying the member's debt first; a negative one takes from available lots (held points too: a correction
	 * comes first, and a reservation whose points it took is refused when confirmed), then pending ones, and is
	 * refused (409) beyond what the lots hold.
	 */
	LedgerEntry adjust(UUID member, long points, String reason, String idempotencyKey, String actor);

	/**
	 * Takes points back for a return beyond what its purchase earned (a used reward's cost), by the return policy
	 * it names; the caller (a return) holds the member's lock. Nothing is written when nothing is taken.
	 */
	ReturnTakeBack.Result takeBack(ReturnTakeBack request);

	/**
	 * What is left in lots that expire after {@code from} and at or before {@code to}, per member and expiry instant,
	 * soonest first, at most {@code limit} rows: the notice of points about to expire reads it.
	 */
	List<ExpiringPoints> expiringBetween(Instant from, Instant to, int limit);
}
