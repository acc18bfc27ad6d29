package ir.vafa.rules.internal;

/** Present only when the purchase has a member: every earning rule requires it. */
public final class Member {

    private final long purchaseCount;

    public Member(long purchaseCount) {
        this.purchaseCount = purchaseCount;
    }

    public long getPurchaseCount() {
        return purchaseCount;
    }
}
