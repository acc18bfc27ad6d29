package ir.vafa.rules.internal;

/** Present only when the purchase has a member: every earning rule requires it. */
public final class Member {

    private final long purchaseCount;
    private final String tier;

    public Member(long purchaseCount, String tier) {
        this.purchaseCount = purchaseCount;
        this.tier = tier;
    }

    public long getPurchaseCount() {
        return purchaseCount;
    }

    /** The member's tier id, or null when the program has no ladder. */
    public String getTier() {
        return tier;
    }
}
