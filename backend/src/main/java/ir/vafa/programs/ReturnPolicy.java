package ir.vafa.programs;

/**
 * What a return takes when the points its purchase earned were already spent. In every case the purchase's own
 * points still there (pending or available) are taken first.
 */
public enum ReturnPolicy {
	/** Take the rest from the member's other points, down to zero; what is still missing is not recovered. */
	BALANCE_TO_ZERO,
	/** Take the rest from the member's other points; what is still missing becomes a debt that future earnings pay. */
	NEGATIVE_BALANCE,
	/** Take back only the purchase's own points that are still pending; nothing else. */
	PENDING_ONLY
}
