package ir.vafa.demo;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import ir.vafa.programs.CalendarSystem;
import ir.vafa.programs.Expiry;
import ir.vafa.programs.Lifecycle;
import ir.vafa.programs.ProgramDefinition;
import ir.vafa.programs.ReturnPolicy;
import ir.vafa.programs.RuleDefinition;
import ir.vafa.programs.TierLadder;
import ir.vafa.rules.PointRounding;

/** The two stories of the seeds, as programs. */
public final class DemoPrograms {

	private DemoPrograms() {
	}

	/**
	 * A café: a visit with a coffee is a stamp, five stamps are a free coffee; coffee earns double 08:00–10:00
	 * Tehran time; the first visit earns a welcome bonus so the first reward comes fast. Points expire six months
	 * after they are earned; a return takes back spent points down to a zero balance.
	 */
	public static ProgramDefinition cafe() {
		return new ProgramDefinition("Café Vafa club", "IRR", "Asia/Tehran", PointRounding.DOWN, List.of(
				new RuleDefinition.Spend("base", "1 point per 10,000 rials", new BigDecimal("10000"), 1),
				new RuleDefinition.Multiplier("morning-coffee", "Coffee earns double 08:00-10:00", Set.of(),
						Set.of("coffee"), new BigDecimal("2"),
						new RuleDefinition.Window(LocalTime.of(8, 0), LocalTime.of(10, 0), Set.of()), null),
				new RuleDefinition.FirstPurchaseBonus("welcome", "Welcome bonus on the first visit", 20L, null, null),
				new RuleDefinition.Stamp("coffee-card", "A stamp for each coffee visit", "coffee-card", Set.of(),
						Set.of("coffee"), 5, "free-coffee", null, null)))
			.withLifecycle(new Lifecycle(0, Expiry.rolling(6, false), ReturnPolicy.BALANCE_TO_ZERO));
	}

	/**
	 * A retail chain: 1 point per 10,000 IRR rounded down; electronics earn double. Bronze, silver from 20,000,000
	 * IRR of spend in the last 12 months, gold from 100,000,000; silver earns x1.5 and gold x2 on spend points, and a
	 * member keeps a tier 30 days after no longer qualifying. Points are pending for the 14-day return window and
	 * expire at the end of the Jalali year they were earned in. At the till a point pays 1,000 IRR, and a reserved
	 * reward is held 15 minutes.
	 */
	public static ProgramDefinition retail() {
		return retailRules()
			.withLifecycle(new Lifecycle(14, Expiry.calendar(Expiry.Period.YEAR, CalendarSystem.PERSIAN),
					ReturnPolicy.NEGATIVE_BALANCE))
			.withTiers(retailTiers())
			.withRedemption(new ir.vafa.programs.TillSettings(new BigDecimal("1000"), 15));
	}

	/** The retail program's earning rules alone: no tiers, points available at once, never expiring. */
	public static ProgramDefinition retailRules() {
		return new ProgramDefinition("Vafa Retail rewards", "IRR", "Asia/Tehran", PointRounding.DOWN, List.of(
				new RuleDefinition.Spend("base", "1 point per 10,000 rials", new BigDecimal("10000"), 1),
				new RuleDefinition.Multiplier("electronics-double", "Electronics earn double", Set.of(),
						Set.of("electronics"), new BigDecimal("2"), null, null)));
	}

	public static TierLadder retailTiers() {
		return new TierLadder(new TierLadder.Qualification(TierLadder.Qualification.Metric.SPEND,
				TierLadder.Qualification.Window.ROLLING, 12, null), 30, List.of(
						new TierLadder.Level("bronze", new TierLadder.Names("Bronze", "برنزی"), BigDecimal.ZERO, null),
						new TierLadder.Level("silver", new TierLadder.Names("Silver", "نقره‌ای"),
								new BigDecimal("20000000"), new BigDecimal("1.5")),
						new TierLadder.Level("gold", new TierLadder.Names("Gold", "طلایی"), new BigDecimal("100000000"),
								new BigDecimal("2"))));
	}
}
