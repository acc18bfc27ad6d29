package ir.vafa.rules.internal;

import ir.vafa.rules.SpendRule;

/** A spend rule applies to every line, so it needs no parameters beyond its window to match. */
public final class SpendParams extends RuleParams {

    public SpendParams(int index, SpendRule spec) {
        super(index, spec);
    }
}
