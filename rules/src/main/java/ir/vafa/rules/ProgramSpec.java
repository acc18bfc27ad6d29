package ir.vafa.rules;

import java.time.ZoneId;
import java.util.Currency;
import java.util.List;

/**
 * A tenant's loyalty program as published: one version of it. Time windows are read in {@code zone}; amounts are
 * in {@code currency}. {@code tiers} is the ladder, lowest first (empty when the program has none).
 */
public record ProgramSpec(String tenantKey, int version, Currency currency, ZoneId zone, PointRounding rounding,
                          List<RuleSpec> rules, List<Tier> tiers) {

    public ProgramSpec {
        rules = Specs.copy(rules);
        tiers = Specs.copy(tiers);
    }

    public ProgramSpec(String tenantKey, int version, Currency currency, ZoneId zone, PointRounding rounding,
                       List<RuleSpec> rules) {
        this(tenantKey, version, currency, zone, rounding, rules, List.of());
    }
}
