package ir.vafa.console.members;

import java.time.ZoneId;
import java.util.List;

import ir.vafa.ledger.LedgerEntry;
import ir.vafa.ledger.MemberAccount;
import ir.vafa.ledger.PointsBalance;
import ir.vafa.members.MemberView;
import ir.vafa.programs.TierLadder;
import ir.vafa.rewards.IssuedReward;
import ir.vafa.rewards.StampCard;
import ir.vafa.tiers.MemberTier;
import ir.vafa.tiers.TierHistoryEntry;

/**
 * Everything the look-up shows about one member, read in one go. {@code tier}, {@code ladder} are null when the
 * program has no tier ladder.
 */
record MemberFile(MemberView member, MemberAccount account, PointsBalance balance, List<StampCard> cards,
		List<IssuedReward> rewards, List<LedgerEntry> history, MemberTier tier, List<TierHistoryEntry> tierHistory,
		TierLadder ladder, String currency, ZoneId zone) {
}
