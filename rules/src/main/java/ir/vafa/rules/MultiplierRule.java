package ir.vafa.rules;

import java.math.BigDecimal;
import java.util.Set;

/**
 * Lines whose SKU or category is listed earn {@code factor} times the points the spend rules gave them. The extra
 * {@code (factor - 1)} times is a separate effect naming this rule, rounded per line with the program's rounding.
 */
public record MultiplierRule(String id, String name, Set<String> skus, Set<String> categories, BigDecimal factor,
                             TimeWindow window, Set<String> tiers) implements RuleSpec {

    public MultiplierRule {
        skus = Specs.copy(skus);
        categories = Specs.copy(categories);
        tiers = Specs.copy(tiers);
    }

    public MultiplierRule(String id, String name, Set<String> skus, Set<String> categories, BigDecimal factor,
                          TimeWindow window) {
        this(id, name, skus, categories, factor, window, Set.of());
    }

    public static MultiplierRule onCategories(String id, String name, BigDecimal factor, TimeWindow window,
                                              String... categories) {
        return new MultiplierRule(id, name, Set.of(), Set.of(categories), factor, window);
    }
}
