package ir.vafa.rules.internal;

import ir.vafa.rules.MultiplierRule;

public final class MultiplierParams extends ItemParams {

    public MultiplierParams(int index, MultiplierRule spec) {
        super(index, spec, spec.skus(), spec.categories());
    }
}
