package ir.vafa.rules;

/**
 * A fixed bonus on a member's first purchase (the member's purchase count is 0 before this one), attributed to the
 * lines in proportion to their net amount.
 */
public record FirstPurchaseBonus(String id, String name, long points, TimeWindow window) implements RuleSpec {

    public FirstPurchaseBonus(String id, String name, long points) {
        this(id, name, points, null);
    }
}
