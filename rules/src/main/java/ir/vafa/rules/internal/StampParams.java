package ir.vafa.rules.internal;

import ir.vafa.rules.StampRule;

public final class StampParams extends ItemParams {

    private final String cardId;
    private final int stampsPerReward;

    public StampParams(int index, StampRule spec) {
        super(index, spec, spec.skus(), spec.categories());
        this.cardId = spec.cardId();
        this.stampsPerReward = spec.stampsPerReward();
    }

    public String getCardId() {
        return cardId;
    }

    public int getStampsPerReward() {
        return stampsPerReward;
    }
}
