package ir.vafa.rules;

import java.math.BigDecimal;

/**
 * A level of the program's tier ladder as the rules see it: its id (what rules name in their {@code tiers}), the
 * name a ledger line gives it, and a points multiplier on spend points ({@code 1} or null for none). Which tier a
 * member is in is decided outside the rules (by spend, points or visits over a window) and comes in with the
 * member's facts.
 */
public record Tier(String id, String name, BigDecimal pointsMultiplier) {

    public Tier(String id, String name) {
        this(id, name, null);
    }

    /** The rule id of the ledger lines this tier's multiplier writes: a colon keeps it apart from rule ids. */
    public String ruleId() {
        return "tier:" + id;
    }

    public boolean multiplies() {
        return pointsMultiplier != null && pointsMultiplier.compareTo(BigDecimal.ONE) > 0;
    }
}
