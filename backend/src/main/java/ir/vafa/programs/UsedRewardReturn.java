package ir.vafa.programs;

/**
 * What a return does when it takes back a stamp of a card whose reward was already used: the reward cannot be
 * taken back, so either the member pays for it or the card pays for it.
 */
public enum UsedRewardReturn {
	/** The reward stays used and the card is left short of the stamp (the default). */
	LEAVE_CARD_SHORT,
	/**
	 * The reward's catalog cost in points is taken back from the member's points, by the program's
	 * {@link ReturnPolicy}, and the stamp is gone with it; the card is not left short.
	 */
	RECOVER_POINTS
}
