package ir.vafa.rules;

import java.time.ZoneId;
import java.util.Currency;
import java.util.List;

/**
 * A tenant's loyalty program as published: one version of it. Time windows are read in {@code zone}; amounts are
 * in {@code currency}.
 */
public record ProgramSpec(String tenantKey, int version, Currency currency, ZoneId zone, PointRounding rounding,
                          List<RuleSpec> rules) {

    public ProgramSpec {
        rules = Specs.copy(rules);
    }
}
