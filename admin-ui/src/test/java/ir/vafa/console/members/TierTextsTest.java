package ir.vafa.console.members;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import ir.vafa.console.i18n.Formats;
import ir.vafa.console.i18n.Language;
import ir.vafa.console.i18n.Messages;
import ir.vafa.programs.TierLadder;
import ir.vafa.programs.TierLadder.Qualification.Metric;
import ir.vafa.tiers.MemberTier;
import ir.vafa.tiers.TierHistoryEntry;
import org.junit.jupiter.api.Test;

/** A member's tier in words: the way to the next tier, what keeps it, a placement by hand; Jalali in Persian. */
class TierTextsTest {

	private static final ZoneId TEHRAN = ZoneId.of("Asia/Tehran");
	private static final TierLadder.Names SILVER = new TierLadder.Names("Silver", "نقره‌ای");
	private static final TierLadder.Names GOLD = new TierLadder.Names("Gold", "طلایی");
	private static final Map<String, TierLadder.Names> NAMES = Map.of("bronze", new TierLadder.Names("Bronze", "برنزی"),
			"silver", SILVER, "gold", GOLD);

	/** Silver with 25,000,000 IRR of spend since 2026-03-21 (1405/01/01), 75,000,000 short of gold. */
	private static final MemberTier SILVER_MEMBER = new MemberTier("silver", SILVER, Instant.parse("2026-11-30T21:00:00Z"),
			Metric.SPEND, LocalDate.of(2026, 3, 21), new BigDecimal("25000000"),
			new MemberTier.Next("gold", GOLD, new BigDecimal("100000000"), new BigDecimal("75000000")),
			new MemberTier.Keep(new BigDecimal("20000000"), new BigDecimal("0"), LocalDate.of(2027, 11, 30)), null, null);

	private static TierTexts texts(Language language) {
		Messages messages = Messages.of(language);
		return new TierTexts(messages, new Formats(messages.locale(), TEHRAN), "IRR", NAMES);
	}

	@Test
	void theWayToTheNextTierIsSaidInTheMetricsUnit() {
		assertThat(texts(Language.ENGLISH).progress(SILVER_MEMBER))
			.isEqualTo("25,000,000 IRR of 100,000,000 IRR: 75,000,000 IRR more to Gold");
		assertThat(texts(Language.PERSIAN).progress(SILVER_MEMBER))
			.isEqualTo("۲۵٬۰۰۰٬۰۰۰ IRR از ۱۰۰٬۰۰۰٬۰۰۰ IRR: ۷۵٬۰۰۰٬۰۰۰ IRR تا سطح طلایی");
		assertThat(TierTexts.fraction(SILVER_MEMBER)).isEqualTo(0.25);
	}

	@Test
	void persianDatesAreJalali() {
		assertThat(texts(Language.PERSIAN).window(SILVER_MEMBER)).isEqualTo("از ۱۴۰۵/۰۱/۰۱ شمرده می‌شود");
		assertThat(texts(Language.PERSIAN).since(SILVER_MEMBER)).isEqualTo("در این سطح از ۱۴۰۵/۰۹/۱۰");
		assertThat(texts(Language.PERSIAN).keep(SILVER_MEMBER)).isEqualTo("سطح نقره‌ای دست‌کم تا ۹ آذر ۱۴۰۶ می‌ماند");
		assertThat(texts(Language.ENGLISH).keep(SILVER_MEMBER)).isEqualTo("Silver is kept at least until November 30, 2027");
	}

	@Test
	void whatKeepingATierNeedsIsSaidWithTheDay() {
		MemberTier short_ = new MemberTier("silver", SILVER, null, Metric.VISITS, LocalDate.of(2026, 1, 1),
				new BigDecimal("3"), null, new MemberTier.Keep(new BigDecimal("5"), new BigDecimal("2"),
						LocalDate.of(2027, 3, 20)), null, null);

		assertThat(texts(Language.ENGLISH).keep(short_)).isEqualTo("To keep Silver: 2 visits more by March 20, 2027");
		assertThat(texts(Language.PERSIAN).keep(short_)).isEqualTo("برای ماندن در سطح نقره‌ای: ۲ مراجعه دیگر تا ۲۹ اسفند ۱۴۰۵");
		assertThat(texts(Language.ENGLISH).progress(short_)).isEqualTo("Silver is the highest tier (3 visits counted)");
		assertThat(TierTexts.fraction(short_)).isEqualTo(1);
	}

	@Test
	void aPlacementByHandAndAGracePeriodAreSaidAsSuch() {
		MemberTier placed = new MemberTier("gold", GOLD, null, Metric.SPEND, LocalDate.of(2026, 1, 1), BigDecimal.ZERO,
				null, null, new MemberTier.Assignment(Instant.parse("2027-03-20T20:30:00Z"), "VIP guest", "admin"),
				Instant.parse("2026-12-31T20:30:00Z"));

		assertThat(texts(Language.ENGLISH).assignment(placed))
			.isEqualTo("Placed in Gold by hand by admin, until Mar 21, 2027, 12:00\u202fAM: VIP guest");
		assertThat(texts(Language.PERSIAN).grace(placed)).isEqualTo("دیگر شرایط را ندارد: تا ۱۱ دی ۱۴۰۵ در مهلت، در سطح طلایی می‌ماند");
	}

	@Test
	void historyLinesNameTheTiersAndTheReason() {
		TierHistoryEntry up = new TierHistoryEntry(1, "bronze", "silver", TierHistoryEntry.Reason.UPGRADE,
				new BigDecimal("25000000"), null, 2, null, null, Instant.parse("2026-11-30T21:00:00Z"));

		assertThat(texts(Language.PERSIAN).change(up)).isEqualTo("برنزی ← نقره‌ای");
		assertThat(texts(Language.PERSIAN).reason(up)).isEqualTo("ارتقا");
		assertThat(texts(Language.ENGLISH).detail(up)).isEqualTo("program v2");
	}
}
