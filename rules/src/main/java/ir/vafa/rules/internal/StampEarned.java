package ir.vafa.rules.internal;

/** Derived in DRL: this visit earned a stamp under {@code rule}; the reward rule then looks at the card. */
public final class StampEarned {

    private final StampParams rule;

    public StampEarned(StampParams rule) {
        this.rule = rule;
    }

    public StampParams getRule() {
        return rule;
    }

    public String getCardId() {
        return rule.getCardId();
    }

    public int getStampsPerReward() {
        return rule.getStampsPerReward();
    }
}
