package ir.vafa.console.programs.editor;

import ir.vafa.programs.RuleDefinition;

/** The standard rule kinds the editor writes; {@link #key()} names them in the message bundles. */
public enum RuleKind {

	SPEND("spend"), MULTIPLIER("multiplier"), FIRST_PURCHASE("firstPurchase"), STAMP("stamp");

	private final String key;

	RuleKind(String key) {
		this.key = key;
	}

	public String key() {
		return key;
	}

	public static RuleKind of(RuleDefinition rule) {
		return switch (rule) {
			case RuleDefinition.Spend r -> SPEND;
			case RuleDefinition.Multiplier r -> MULTIPLIER;
			case RuleDefinition.FirstPurchaseBonus r -> FIRST_PURCHASE;
			case RuleDefinition.Stamp r -> STAMP;
		};
	}
}
