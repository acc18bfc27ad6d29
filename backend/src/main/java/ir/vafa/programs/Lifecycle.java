package ir.vafa.programs;

import java.time.Instant;
import java.time.ZoneId;

/**
 * What happens to points after they are earned.
 *
 * @param pendingDays  the return window: points stay pending (not spendable) for this many days after the
 *                     purchase's own time ({@code occurredAt}), 0 for none
 * @param expiry       when earned points expire; null means never
 * @param returnPolicy what a return takes when the purchase's points were already spent; null means
 *                     {@link ReturnPolicy#NEGATIVE_BALANCE}
 * @param usedRewardReturn what a return does when it takes back a stamp of a card whose reward was used already;
 *                     null means {@link UsedRewardReturn#LEAVE_CARD_SHORT}
 */
public record Lifecycle(Integer pendingDays, Expiry expiry, ReturnPolicy returnPolicy,
		UsedRewardReturn usedRewardReturn) {

	public static final Lifecycle NONE = new Lifecycle(0, null, null, null);

	/** As the format was before {@code usedRewardReturn}: the card is left short. */
	public Lifecycle(Integer pendingDays, Expiry expiry, ReturnPolicy returnPolicy) {
		this(pendingDays, expiry, returnPolicy, null);
	}

	public int pendingDaysOrZero() {
		return pendingDays == null ? 0 : pendingDays;
	}

	public Expiry expiryOrNever() {
		return expiry == null ? Expiry.NEVER : expiry;
	}

	/** When points earned by a purchase at {@code occurredAt} stop being pending: N days later on the local clock. */
	public Instant availableAt(Instant occurredAt, ZoneId zone) {
		int days = pendingDaysOrZero();
		return days == 0 ? occurredAt : occurredAt.atZone(zone).plusDays(days).toInstant();
	}

	public ReturnPolicy returnPolicyOrDefault() {
		return returnPolicy == null ? ReturnPolicy.NEGATIVE_BALANCE : returnPolicy;
	}

	public UsedRewardReturn usedRewardReturnOrDefault() {
		return usedRewardReturn == null ? UsedRewardReturn.LEAVE_CARD_SHORT : usedRewardReturn;
	}
}
