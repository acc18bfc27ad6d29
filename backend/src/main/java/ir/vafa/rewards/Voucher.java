package ir.vafa.rewards;

import java.time.Instant;
import java.util.UUID;

import ir.vafa.catalog.RewardKind;
import ir.vafa.catalog.Texts;

/**
 * A voucher as a till sees it when it looks the code up: the reward (from the catalog, when it is there), whose it
 * is, and whether it can still be redeemed. {@code displayCode} is the code in groups of four; {@code expiresAt}
 * when it stops being usable (null: never), its {@code status} {@code EXPIRED} from then on.
 */
public record Voucher(String code, String displayCode, IssuedReward.Status status, boolean redeemable,
		String rewardCode, RewardKind kind, Texts rewardName, UUID rewardId, UUID memberId, String cardNumber,
		String memberName, Source source, Instant issuedAt, Instant expiresAt, Instant redeemedAt, String redeemedBy,
		String redeemedPurchase) {

	/** What issued it: a full stamp card, a reservation confirmed at the till, or reaching a tier. */
	public enum Source {
		STAMP_CARD, RESERVATION, TIER
	}
}
