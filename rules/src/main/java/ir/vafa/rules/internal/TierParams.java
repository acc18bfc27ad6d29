package ir.vafa.rules.internal;

import ir.vafa.rules.Tier;

/** A tier of the ladder that multiplies spend points, as a fact: the DRL matches it to the member's tier. */
public final class TierParams {

    private final int index;
    private final String tierId;

    public TierParams(int index, Tier tier) {
        this.index = index;
        this.tierId = tier.id();
    }

    /** Position in the program's ladder. */
    public int getIndex() {
        return index;
    }

    public String getTierId() {
        return tierId;
    }
}
