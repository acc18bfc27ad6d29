package ir.vafa.purchases;

import ir.vafa.platform.ReadBatch;
import ir.vafa.platform.WriteBatch;
import ir.vafa.rules.Evaluation;

/**
 * A module that owns one kind of a purchase's effects (points and lots, stamps and rewards, tier progress): it
 * reads what the rules need to know of the member, applies its effects, rebuilds them onto a retried purchase's
 * receipt, and takes them back on a return. The purchases module only orchestrates: it runs every participant in
 * {@code @Order}, so a new kind of effect is a new participant, not more code in the purchase path.
 * <p>
 * Round trips stay few whatever the number of participants: all of them read in one {@link ReadBatch} (led by the
 * ledger's lock on the member's account) and write in one {@link WriteBatch} (led by the purchase's claim).
 */
public interface PurchaseParticipant {

	/** Adds this participant's reads of the member to the purchase's read batch; nothing is read yet. */
	Prepared prepare(PurchaseContext purchase, ReadBatch reads);

	/** What one participant read for one purchase, and what it does with the rules' answer. */
	interface Prepared {

		/**
		 * False when the reads found the member's state not yet locked (their first purchase): the participant has
		 * fixed that, and the read batch is sent again.
		 */
		default boolean settled() {
			return true;
		}

		/** What the rules may know of the member, from this participant's reads. */
		default void describe(MemberFactsBuilder member) {
		}

		/** Adds the writes of the effects this participant owns to the batch, and says them on the receipt. */
		void apply(Evaluation evaluation, WriteBatch writes, ReceiptBuilder receipt);
	}

	/** What this participant wrote for a recorded purchase, onto its rebuilt receipt (a retry, a look-up). */
	void rebuild(RecordedPurchase purchase, ReceiptBuilder receipt);

	/** Takes back what the returned units got from this participant; the member's account is locked. */
	void giveBack(ReturnContext giveBack, ReturnReceiptBuilder receipt);
}
