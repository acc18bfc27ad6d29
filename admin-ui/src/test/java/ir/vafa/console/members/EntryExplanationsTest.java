package ir.vafa.console.members;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import ir.vafa.console.i18n.Language;
import ir.vafa.console.i18n.Messages;
import ir.vafa.ledger.EntryKind;
import ir.vafa.ledger.LedgerEntry;
import ir.vafa.ledger.LinePoints;
import org.junit.jupiter.api.Test;

class EntryExplanationsTest {

	private static final UUID PURCHASE = UUID.fromString("1b2c3d4e-0000-0000-0000-000000000000");

	@Test
	void earnedPointsNameTheRuleTheProgramVersionAndThePurchaseLine() {
		LedgerEntry earned = entry(EntryKind.EARN, 85, null, null, new LinePoints(1, 85));

		assertThat(new EntryExplanations(Messages.of(Language.ENGLISH)).why(earned))
			.isEqualTo("Rule “1 point per 10,000 rials” (program v1) on line 1 of purchase 1b2c3d4e");
		assertThat(new EntryExplanations(Messages.of(Language.PERSIAN)).why(earned))
			.isEqualTo("قاعدهٔ «1 point per 10,000 rials» (برنامهٔ نسخهٔ ۱) روی ردیف ۱ خرید 1b2c3d4e");
	}

	@Test
	void aRuleThatEarnedOnSeveralLinesNamesThemAll() {
		LedgerEntry earned = entry(EntryKind.EARN, 60, null, null, new LinePoints(1, 10), new LinePoints(2, 20),
				new LinePoints(4, 30));
		LedgerEntry returned = entry(EntryKind.REVERSE, -30, null, null, new LinePoints(2, -20),
				new LinePoints(4, -10));

		EntryExplanations english = new EntryExplanations(Messages.of(Language.ENGLISH));
		assertThat(english.why(earned))
			.isEqualTo("Rule “1 point per 10,000 rials” (program v1) on lines 1, 2, 4 of purchase 1b2c3d4e");
		assertThat(english.why(returned))
			.isEqualTo("Returned from purchase 1b2c3d4e: lines 2, 4 (rule “1 point per 10,000 rials”, program v1)");
		assertThat(new EntryExplanations(Messages.of(Language.PERSIAN)).why(earned))
			.isEqualTo("قاعدهٔ «1 point per 10,000 rials» (برنامهٔ نسخهٔ ۱) روی ردیف‌های ۱، ۲، ۴ خرید 1b2c3d4e");
	}

	@Test
	void redemptionsAndAdjustmentsGiveTheirReason() {
		EntryExplanations english = new EntryExplanations(Messages.of(Language.ENGLISH));

		assertThat(english.why(entry(EntryKind.REDEEM, -50, "free coffee", null))).isEqualTo("Redeemed: free coffee");
		assertThat(english.why(entry(EntryKind.REDEEM, -50, null, null))).isEqualTo("Redeemed");
		assertThat(english.why(entry(EntryKind.ADJUST, 10, "goodwill", "admin@cafe"))).isEqualTo("Adjusted by admin@cafe: goodwill");
		assertThat(english.kind(entry(EntryKind.REVERSE, -5, null, null))).isEqualTo("Taken back");
		LedgerEntry expired = entry(EntryKind.EXPIRE, -30, null, null)
			.withLots(List.of(new ir.vafa.ledger.LotMove(7, -20), new ir.vafa.ledger.LotMove(9, -10)));
		assertThat(english.why(expired)).isEqualTo("2 lots reached their expiry");
		assertThat(english.kind(expired)).isEqualTo("Expired");
	}

	private static LedgerEntry entry(EntryKind kind, long points, String reason, String actor, LinePoints... lines) {
		boolean fromPurchase = kind == EntryKind.EARN || kind == EntryKind.REVERSE;
		return new LedgerEntry(1, UUID.randomUUID(), kind, points, fromPurchase ? PURCHASE : null, List.of(lines),
				null, fromPurchase ? "base" : null, fromPurchase ? "1 point per 10,000 rials" : null,
				fromPurchase ? 1 : null, reason, actor, Instant.now(), List.of());
	}
}
