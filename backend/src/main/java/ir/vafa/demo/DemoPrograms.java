package ir.vafa.demo;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import ir.vafa.programs.ProgramDefinition;
import ir.vafa.rules.FirstPurchaseBonus;
import ir.vafa.rules.MultiplierRule;
import ir.vafa.rules.PointRounding;
import ir.vafa.rules.SpendRule;
import ir.vafa.rules.StampRule;
import ir.vafa.rules.TimeWindow;

/** The two stories of the seeds, as programs. */
public final class DemoPrograms {

	private DemoPrograms() {
	}

	/**
	 * A café: a visit with a coffee is a stamp, five stamps are a free coffee; coffee earns double 08:00–10:00
	 * Tehran time; the first visit earns a welcome bonus so the first reward comes fast.
	 */
	public static ProgramDefinition cafe() {
		return new ProgramDefinition("Café Vafa club", "IRR", "Asia/Tehran", PointRounding.DOWN, List.of(
				new SpendRule("base", "1 point per 10,000 rials", new BigDecimal("10000"), 1, null),
				new MultiplierRule("morning-coffee", "Coffee earns double 08:00-10:00", Set.of(), Set.of("coffee"),
						new BigDecimal("2"), new TimeWindow(LocalTime.of(8, 0), LocalTime.of(10, 0), Set.of())),
				new FirstPurchaseBonus("welcome", "Welcome bonus on the first visit", 20, null),
				new StampRule("coffee-card", "A stamp for each coffee visit", "coffee-card", Set.of(), Set.of("coffee"), 5,
						"free-coffee", null)));
	}

	/** A retail chain: 1 point per 10,000 IRR rounded down; electronics earn double. */
	public static ProgramDefinition retail() {
		return new ProgramDefinition("Vafa Retail rewards", "IRR", "Asia/Tehran", PointRounding.DOWN, List.of(
				new SpendRule("base", "1 point per 10,000 rials", new BigDecimal("10000"), 1, null),
				new MultiplierRule("electronics-double", "Electronics earn double", Set.of(), Set.of("electronics"),
						new BigDecimal("2"), null)));
	}
}
