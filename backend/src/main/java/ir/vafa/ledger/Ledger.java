package ir.vafa.ledger;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import ir.vafa.platform.WriteBatch;

/**
 * The current tenant's ledger. Methods that change it join the caller's transaction; {@link #lockAccount}
 * first, so one member's postings never interleave.
 */
public interface Ledger {

	/** The member's account, created when absent, locked until the transaction ends. */
	MemberAccount lockAccount(UUID member);

	/** Writes the lines and moves each member's balance by their sum. */
	void post(List<Posting> postings);

	/**
	 * Adds to the batch what a purchase earned and its count into the member's history (visits, spend): the lines
	 * and the account's move in one statement, which fails the batch if the account was not locked first.
	 */
	void settlePurchase(WriteBatch batch, UUID member, List<Posting> earned, BigDecimal amount, Instant at);

	/** Takes returned spend back out of the member's history. */
	void recordReturn(UUID member, BigDecimal amount);

	MemberAccount account(UUID member);

	/** Newest first; {@code beforeId} pages back. */
	List<LedgerEntry> history(UUID member, int limit, Long beforeId);

	List<LedgerEntry> forPurchase(UUID purchase);

	/** Spends points; refuses an overdraw. Retrying with the same key returns the first result. */
	LedgerEntry redeem(UUID member, long points, String reason, String idempotencyKey, String actor);

	LedgerEntry adjust(UUID member, long points, String reason, String idempotencyKey, String actor);
}
