package ir.vafa.rules;

import java.math.BigDecimal;
import java.util.Set;

/**
 * Points for money spent: {@code round(net total / spendUnit * pointsPerUnit)} over the whole purchase, rounded
 * once with the program's {@link PointRounding}, then attributed to the lines in proportion to their net amount.
 * Example: 1 point per 10,000 IRR is {@code new SpendRule(id, name, new BigDecimal("10000"), 1, null)}.
 */
public record SpendRule(String id, String name, BigDecimal spendUnit, long pointsPerUnit, TimeWindow window,
                        Set<String> tiers) implements RuleSpec {

    public SpendRule {
        tiers = Specs.copy(tiers);
    }

    public SpendRule(String id, String name, BigDecimal spendUnit, long pointsPerUnit, TimeWindow window) {
        this(id, name, spendUnit, pointsPerUnit, window, Set.of());
    }

    public SpendRule(String id, String name, BigDecimal spendUnit, long pointsPerUnit) {
        this(id, name, spendUnit, pointsPerUnit, null);
    }
}
