package ir.vafa.console.members;

import java.time.ZoneId;
import java.util.List;

import ir.vafa.ledger.LedgerEntry;
import ir.vafa.ledger.MemberAccount;
import ir.vafa.members.MemberView;
import ir.vafa.rewards.IssuedReward;
import ir.vafa.rewards.StampCard;

/** Everything the look-up shows about one member, read in one go. */
record MemberFile(MemberView member, MemberAccount account, List<StampCard> cards, List<IssuedReward> rewards,
		List<LedgerEntry> history, String currency, ZoneId zone) {
}
