package ir.vafa.redemptions;

import java.util.List;
import java.util.UUID;

/** Points paying part of a purchase at the till, at the program's point value. */
public interface PointsPayments {

	/**
	 * Spends the member's available points on the recorded purchase, up to what is left to pay of it. The same key
	 * again answers the first payment.
	 */
	PointsPayment pay(UUID member, NewPointsPayment payment, String idempotencyKey, String actor);

	/** The payments of a purchase, oldest first. */
	List<PointsPayment> forPurchase(String purchaseExternalId);
}
