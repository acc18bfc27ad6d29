package ir.vafa.rules.internal;

import ir.vafa.rules.RuleSpec;

import java.util.Collections;
import java.util.HashSet;
import java.util.Set;

/** A rule that picks lines by SKU or category. */
public abstract class ItemParams extends RuleParams {

    private final Set<String> skus;
    private final Set<String> categories;

    protected ItemParams(int index, RuleSpec spec, Set<String> skus, Set<String> categories) {
        super(index, spec);
        // HashSet, not Set.copyOf: a line without a category asks contains(null), which Set.of-style sets reject.
        this.skus = Collections.unmodifiableSet(new HashSet<>(skus));
        this.categories = Collections.unmodifiableSet(new HashSet<>(categories));
    }

    public Set<String> getSkus() {
        return skus;
    }

    public Set<String> getCategories() {
        return categories;
    }
}
