package ir.vafa.purchases;

import java.util.Optional;

/** The current tenant's purchases. */
public interface Purchases {

	/** Records and evaluates a purchase; the same external id and content again answers the first receipt. */
	PurchaseReceipt record(PurchaseRequest purchase);

	Optional<PurchaseReceipt> receipt(String externalId);

	/** The purchase as it was recorded (its member, time and total), without its receipt. */
	Optional<RecordedPurchase> recorded(String externalId);

	/**
	 * Locks the purchase's row until the caller's transaction ends, as its returns do first, so that what is
	 * attached to it (a voucher used, points paying for it) and its returns go one after the other; answers whether
	 * any of it has come back.
	 */
	Optional<Boolean> lockAndTellReturned(String externalId);

	/** Takes back what the returned lines earned; the same return id and content again answers the first receipt. */
	ReturnReceipt giveBack(String purchaseExternalId, ReturnRequest request);

	/** What a purchase would earn under the draft or a version; writes nothing. */
	DryRun.Result dryRun(DryRun request);
}
