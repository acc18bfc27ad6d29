package ir.vafa.rules;

import java.util.Set;

/**
 * A visit with at least one listed line earns one stamp on card {@code cardId}, however many listed lines it has.
 * The stamp that brings the card to {@code stampsPerReward} also issues {@code rewardCode}; the caller then starts
 * the card again.
 */
public record StampRule(String id, String name, String cardId, Set<String> skus, Set<String> categories,
                        int stampsPerReward, String rewardCode, TimeWindow window, Set<String> tiers)
        implements RuleSpec {

    public StampRule {
        skus = Specs.copy(skus);
        categories = Specs.copy(categories);
        tiers = Specs.copy(tiers);
    }

    public StampRule(String id, String name, String cardId, Set<String> skus, Set<String> categories,
                     int stampsPerReward, String rewardCode, TimeWindow window) {
        this(id, name, cardId, skus, categories, stampsPerReward, rewardCode, window, Set.of());
    }

    public static StampRule onCategories(String id, String name, String cardId, int stampsPerReward, String rewardCode,
                                         String... categories) {
        return new StampRule(id, name, cardId, Set.of(), Set.of(categories), stampsPerReward, rewardCode, null);
    }
}
