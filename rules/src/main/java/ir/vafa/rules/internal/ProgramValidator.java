package ir.vafa.rules.internal;

import ir.vafa.rules.EngineLimits;
import ir.vafa.rules.FirstPurchaseBonus;
import ir.vafa.rules.MultiplierRule;
import ir.vafa.rules.ProgramSpec;
import ir.vafa.rules.RuleSpec;
import ir.vafa.rules.SpendRule;
import ir.vafa.rules.StampRule;
import ir.vafa.rules.Tier;
import ir.vafa.rules.TimeWindow;
import ir.vafa.rules.ValidationReport;
import ir.vafa.rules.Violation;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks a program before it is published and reports every violation with its field path, so that an editor
 * can mark all of them at once. Bounds keep one tenant's program from costing the shared node much.
 */
public final class ProgramValidator {

    static final Pattern RULE_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    static final int MAX_NAME = 100;
    static final int MAX_KEY = 64;
    static final int MAX_ITEM = 64;
    static final int MAX_ITEMS = 1000;
    static final long MAX_POINTS_PER_UNIT = 1_000_000;
    static final BigDecimal MAX_FACTOR = BigDecimal.valueOf(100);
    static final long MAX_BONUS = 1_000_000;
    static final int MIN_STAMPS = 2;
    static final int MAX_STAMPS = 100;
    static final int MAX_TIERS = 20;
    static final BigDecimal MAX_TIER_MULTIPLIER = BigDecimal.TEN;

    private final EngineLimits limits;
    private final List<Violation> violations = new ArrayList<>();
    private final List<Violation> warnings = new ArrayList<>();

    public ProgramValidator(EngineLimits limits) {
        this.limits = limits;
    }

    /** The errors only. */
    public List<Violation> validate(ProgramSpec spec) {
        return check(spec).errors();
    }

    public ValidationReport check(ProgramSpec spec) {
        violations.clear();
        warnings.clear();
        if (spec == null) {
            return new ValidationReport(List.of(new Violation("", "a program is required")), List.of());
        }
        text("tenantKey", spec.tenantKey(), MAX_KEY);
        if (spec.version() < 1) {
            add("version", "must be 1 or more");
        }
        required("currency", spec.currency());
        required("zone", spec.zone());
        required("rounding", spec.rounding());
        List<RuleSpec> rules = spec.rules();
        if (rules.size() > limits.maxRules()) {
            add("rules", "at most " + limits.maxRules() + " rules, not " + rules.size());
        }
        Set<String> ladder = tiers(spec.tiers());
        Map<String, Integer> ids = new HashMap<>();
        Map<String, Integer> cards = new HashMap<>();
        for (int i = 0; i < rules.size(); i++) {
            String at = "rules[" + i + "]";
            RuleSpec rule = rules.get(i);
            if (rule == null) {
                add(at, "must not be null");
                continue;
            }
            ruleId(at + ".id", rule.id(), i, ids);
            text(at + ".name", rule.name(), MAX_NAME);
            window(at + ".window", rule.window());
            tierCondition(at + ".tiers", rule.tiers(), ladder);
            switch (rule) {
                case SpendRule r -> spend(at, r);
                case MultiplierRule r -> multiplier(at, r);
                case FirstPurchaseBonus r -> range(at + ".points", r.points(), 1, MAX_BONUS);
                case StampRule r -> stamp(at, r, i, cards);
            }
        }
        if (violations.isEmpty()) {
            new OverlapCheck(rules, spec.tiers(), warnings).run();
        }
        return new ValidationReport(violations, warnings);
    }

    /** The ladder's tier ids, checked: unique, well-formed, named, with a sane multiplier. */
    private Set<String> tiers(List<Tier> tiers) {
        if (tiers.size() > MAX_TIERS) {
            add("tiers", "at most " + MAX_TIERS + " tiers, not " + tiers.size());
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < tiers.size(); i++) {
            String at = "tiers[" + i + "]";
            Tier tier = tiers.get(i);
            if (tier == null) {
                add(at, "must not be null");
                continue;
            }
            if (tier.id() == null || !RULE_ID.matcher(tier.id()).matches()) {
                add(at + ".id", "must be 1-64 lower-case letters, digits or '-', starting with a letter or digit");
            } else if (!ids.add(tier.id())) {
                add(at + ".id", "'" + tier.id() + "' is already the id of another tier");
            }
            text(at + ".name", tier.name(), MAX_NAME);
            BigDecimal m = tier.pointsMultiplier();
            if (m != null && (m.compareTo(BigDecimal.ONE) < 0 || m.compareTo(MAX_TIER_MULTIPLIER) > 0)) {
                add(at + ".pointsMultiplier", "must be between 1 and " + MAX_TIER_MULTIPLIER + ", not " + m);
            }
        }
        return ids;
    }

    /** A rule limited to tiers must name tiers of the ladder, or it can never fire. */
    private void tierCondition(String field, Set<String> tiers, Set<String> ladder) {
        for (String tier : tiers) {
            if (tier == null || !ladder.contains(tier)) {
                add(field, ladder.isEmpty()
                        ? "the program has no tier ladder, so a rule limited to tiers can never fire"
                        : "'" + tier + "' is no tier of the ladder " + ladder.stream().sorted().toList()
                                + ", so the rule can never fire for it");
                return;
            }
        }
    }

    private void spend(String at, SpendRule rule) {
        if (rule.spendUnit() == null || rule.spendUnit().signum() <= 0) {
            add(at + ".spendUnit", "must be more than 0");
        }
        range(at + ".pointsPerUnit", rule.pointsPerUnit(), 1, MAX_POINTS_PER_UNIT);
    }

    private void multiplier(String at, MultiplierRule rule) {
        items(at, rule.skus(), rule.categories());
        BigDecimal factor = rule.factor();
        if (factor == null || factor.compareTo(BigDecimal.ONE) <= 0 || factor.compareTo(MAX_FACTOR) > 0) {
            add(at + ".factor", "must be more than 1 and at most " + MAX_FACTOR);
        }
    }

    private void stamp(String at, StampRule rule, int index, Map<String, Integer> cards) {
        items(at, rule.skus(), rule.categories());
        if (text(at + ".cardId", rule.cardId(), MAX_KEY)) {
            // Two rules feeding one card would each see the card without the other's stamp and miss the reward.
            Integer other = cards.putIfAbsent(rule.cardId(), index);
            if (other != null) {
                add(at + ".cardId", "card '" + rule.cardId() + "' is already filled by rules[" + other + "]");
            }
        }
        range(at + ".stampsPerReward", rule.stampsPerReward(), MIN_STAMPS, MAX_STAMPS);
        text(at + ".rewardCode", rule.rewardCode(), MAX_KEY);
    }

    private void ruleId(String field, String id, int index, Map<String, Integer> ids) {
        if (id == null || !RULE_ID.matcher(id).matches()) {
            add(field, "must be 1-64 lower-case letters, digits or '-', starting with a letter or digit");
            return;
        }
        Integer other = ids.putIfAbsent(id, index);
        if (other != null) {
            add(field, "'" + id + "' is already the id of rules[" + other + "]");
        }
    }

    private void window(String field, TimeWindow window) {
        if (window == null) {
            return;
        }
        LocalTime from = window.from() == null ? LocalTime.MIDNIGHT : window.from();
        if (window.to() != null && from.equals(window.to())) {
            add(field, "from and to are equal, so the window is empty; leave both out for all day");
        }
        if (window.days().contains(null)) {
            add(field + ".days", "must not contain null");
        }
    }

    private void items(String at, Set<String> skus, Set<String> categories) {
        if (skus.isEmpty() && categories.isEmpty()) {
            add(at + ".skus", "name at least one sku or category");
        }
        itemSet(at + ".skus", skus);
        itemSet(at + ".categories", categories);
    }

    private void itemSet(String field, Set<String> values) {
        if (values.size() > MAX_ITEMS) {
            add(field, "at most " + MAX_ITEMS + " entries, not " + values.size());
        }
        for (String value : values) {
            if (value == null || value.isBlank() || value.length() > MAX_ITEM) {
                add(field, "entries must be 1-" + MAX_ITEM + " characters, not blank: "
                        + (value == null ? "null" : "'" + abbreviate(value) + "'"));
                return; // one report per set is enough to find the bad entries
            }
        }
    }

    private boolean text(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            add(field, "is required");
            return false;
        }
        if (value.length() > max) {
            add(field, "at most " + max + " characters, not " + value.length());
            return false;
        }
        return true;
    }

    private void range(String field, long value, long min, long max) {
        if (value < min || value > max) {
            add(field, "must be between " + min + " and " + max + ", not " + value);
        }
    }

    private void required(String field, Object value) {
        if (value == null) {
            add(field, "is required");
        }
    }

    private void add(String field, String message) {
        violations.add(new Violation(field, message));
    }

    private static String abbreviate(String value) {
        return value.length() <= 20 ? value : value.substring(0, 20) + "...";
    }
}
