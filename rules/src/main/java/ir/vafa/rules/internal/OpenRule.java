package ir.vafa.rules.internal;

/** Derived in DRL: the rule at {@code index} is open at the purchase's local time. */
public final class OpenRule {

    private final int index;

    public OpenRule(int index) {
        this.index = index;
    }

    public int getIndex() {
        return index;
    }
}
