package ir.vafa.rules.internal;

import ir.vafa.rules.FirstPurchaseBonus;

public final class BonusParams extends RuleParams {

    public BonusParams(int index, FirstPurchaseBonus spec) {
        super(index, spec);
    }
}
