package ir.vafa.rules;

/**
 * One rule of a program, in one of the standard kinds that the shared rule base knows. A null
 * {@link #window()} means the rule always applies.
 */
public sealed interface RuleSpec permits SpendRule, MultiplierRule, FirstPurchaseBonus, StampRule {

    String id();

    String name();

    TimeWindow window();
}
