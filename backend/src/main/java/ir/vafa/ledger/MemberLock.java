package ir.vafa.ledger;

import java.util.UUID;

/**
 * The lock that serialises everything about one member: their account row, locked until the transaction ends.
 * Purchases, returns, redemptions and the jobs that touch a member's points or tier all take it first.
 */
public interface MemberLock {

	/** Locks the member's account (creating it when absent); only inside a transaction. */
	void lock(UUID member);
}
