package ir.vafa.memberpage;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import ir.vafa.catalog.RewardKind;
import ir.vafa.catalog.Texts;
import ir.vafa.ledger.EntryKind;
import ir.vafa.ledger.PointsBalance;
import ir.vafa.programs.TierLadder;
import ir.vafa.rewards.IssuedReward;
import ir.vafa.tiers.MemberTier;

/**
 * What a member sees on their own page: their card number (for the digital card a till scans), points, recent
 * history with why each line was written, tier, stamp cards, the catalog rewards they can afford now and the rewards
 * they were given ({@code myRewards}: usable ones with their voucher code, used ones with when). Amounts
 * are in {@code currency}, local days in {@code timezone} (the program's); {@code linkExpiresAt} is when the link
 * that opened it stops working. Staff-only details (who adjusted, program versions, purchase ids) are left out.
 */
public record MemberPageView(UUID memberId, String cardNumber, String displayName, String programName,
		String currency, String timezone, Instant linkExpiresAt, Points points, List<HistoryLine> history,
		Tier tier, List<Card> stampCards, List<AffordableReward> affordableRewards, List<MyReward> myRewards) {

	public MemberPageView {
		history = List.copyOf(history);
		stampCards = List.copyOf(stampCards);
		affordableRewards = List.copyOf(affordableRewards);
		myRewards = List.copyOf(myRewards);
	}

	/**
	 * @param available    spendable now
	 * @param held         available, but held by a reward being reserved at the till
	 * @param pending      inside the return window ({@code pendingUntil} says when they free up)
	 * @param expiringSoon of the available ones, those whose last day is within the configured window (30 days)
	 * @param expiries     the next expiries, soonest first, each with its last day (Gregorian and Jalali)
	 */
	@Schema(name = "MemberPagePoints")
	public record Points(long balance, long available, long held, long pending, long expiringSoon,
			List<PointsBalance.Pending> pendingUntil, List<PointsBalance.Expiry> expiries) {
	}

	/**
	 * A ledger line, written {@code at}: {@code ruleName} the rule that earned (or gave back) it, {@code reason} a
	 * person's note; {@code rewardName} the catalog reward the points were spent on, when a reservation spent them.
	 */
	@Schema(name = "MemberPageHistoryLine")
	public record HistoryLine(long id, EntryKind kind, long points, Instant at, String ruleName, String reason,
			Texts rewardName) {
	}

	/** Where the member stands: {@code value} in the ladder's {@code metric}; {@code next} null at the top. */
	@Schema(name = "MemberPageTier")
	public record Tier(String tierId, TierLadder.Names name, TierLadder.Qualification.Metric metric, BigDecimal value,
			MemberTier.Next next) {
	}

	/** A stamp card: {@code stamps} of {@code stampsPerReward}; filling it gives {@code rewardCode}. */
	@Schema(name = "MemberPageStampCard")
	public record Card(String cardId, String name, int stamps, int stampsPerReward, int cycle, String rewardCode,
			Texts rewardName) {
	}

	/** A catalog reward the member can take now with their available points. */
	@Schema(name = "MemberPageReward")
	public record AffordableReward(String code, RewardKind kind, Texts name, Texts description, int costPoints,
			String imageUrl) {
	}

	/**
	 * A reward the member was given, newest first (the last 20): {@code voucherCode} (grouped, as a till types it)
	 * only while it can still be used ({@code ISSUED}); {@code redeemedAt} once it was used ({@code REDEEMED});
	 * {@code REVOKED} when a return took back what earned it; {@code CHOOSING}, with the {@code choices} to pick from
	 * until {@code chooseBy} ({@code rewardCode}, the first, is given then); {@code EXPIRED} when it was not used by
	 * {@code expiresAt} (shown for usable and expired ones; null: it never expires).
	 */
	@Schema(name = "MemberPageIssuedReward")
	public record MyReward(UUID id, String rewardCode, Texts name, IssuedReward.Status status, String voucherCode,
			Instant issuedAt, Instant redeemedAt, List<Option> choices, Instant chooseBy, Instant expiresAt) {

		public MyReward {
			choices = choices == null ? List.of() : List.copyOf(choices);
		}
	}

	/** One of the rewards a full card lets the member choose from, while they may ({@code CHOOSING}). */
	@Schema(name = "MemberPageRewardOption")
	public record Option(String code, Texts name) {
	}
}
