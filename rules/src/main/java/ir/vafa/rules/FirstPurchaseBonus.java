package ir.vafa.rules;

import java.util.Set;

/**
 * A fixed bonus on a member's first purchase (the member's purchase count is 0 before this one), attributed to the
 * lines in proportion to their net amount.
 */
public record FirstPurchaseBonus(String id, String name, long points, TimeWindow window, Set<String> tiers)
        implements RuleSpec {

    public FirstPurchaseBonus {
        tiers = Specs.copy(tiers);
    }

    public FirstPurchaseBonus(String id, String name, long points, TimeWindow window) {
        this(id, name, points, window, Set.of());
    }

    public FirstPurchaseBonus(String id, String name, long points) {
        this(id, name, points, null);
    }
}
