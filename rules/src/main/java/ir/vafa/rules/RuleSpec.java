package ir.vafa.rules;

import java.util.Set;

/**
 * One rule of a program, in one of the standard kinds that the shared rule base knows. A null
 * {@link #window()} means the rule always applies; an empty {@link #tiers()} means members of every tier (and of
 * none) earn it, otherwise only members of the listed tiers.
 */
public sealed interface RuleSpec permits SpendRule, MultiplierRule, FirstPurchaseBonus, StampRule {

    String id();

    String name();

    TimeWindow window();

    Set<String> tiers();
}
