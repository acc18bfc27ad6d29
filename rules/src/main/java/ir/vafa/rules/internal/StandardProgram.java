package ir.vafa.rules.internal;

import ir.vafa.rules.FirstPurchaseBonus;
import ir.vafa.rules.MultiplierRule;
import ir.vafa.rules.ProgramSpec;
import ir.vafa.rules.RuleRef;
import ir.vafa.rules.RuleSpec;
import ir.vafa.rules.SpendRule;
import ir.vafa.rules.StampRule;
import org.kie.api.KieBase;

import java.util.ArrayList;
import java.util.List;

/** A program made only of standard kinds: a validated spec plus its parameter facts, on the shared rule base. */
public final class StandardProgram implements ExecutableProgram {

    private final ProgramSpec spec;
    private final KieBase kieBase;
    private final List<Object> parameterFacts;
    private final RuleRef[] refs;

    private StandardProgram(ProgramSpec spec, KieBase kieBase, List<Object> parameterFacts, RuleRef[] refs) {
        this.spec = spec;
        this.kieBase = kieBase;
        this.parameterFacts = parameterFacts;
        this.refs = refs;
    }

    /** {@code spec} must have passed {@link ProgramValidator}. */
    public static StandardProgram of(ProgramSpec spec, SharedRuleBase base) {
        List<RuleSpec> rules = spec.rules();
        List<Object> facts = new ArrayList<>(rules.size() + spec.tiers().size());
        RuleRef[] refs = new RuleRef[rules.size()];
        for (int i = 0; i < rules.size(); i++) {
            RuleSpec rule = rules.get(i);
            refs[i] = new RuleRef(rule.id(), rule.name(), spec.version());
            facts.add(switch (rule) {
                case SpendRule r -> new SpendParams(i, r);
                case MultiplierRule r -> new MultiplierParams(i, r);
                case FirstPurchaseBonus r -> new BonusParams(i, r);
                case StampRule r -> new StampParams(i, r);
            });
        }
        for (int i = 0; i < spec.tiers().size(); i++) {
            if (spec.tiers().get(i).multiplies()) {
                facts.add(new TierParams(i, spec.tiers().get(i)));
            }
        }
        return new StandardProgram(spec, base.kieBase(), List.copyOf(facts), refs);
    }

    @Override
    public ProgramSpec spec() {
        return spec;
    }

    @Override
    public KieBase kieBase() {
        return kieBase;
    }

    @Override
    public List<Object> parameterFacts() {
        return parameterFacts;
    }

    @Override
    public RuleRef ref(int index) {
        return refs[index];
    }

    @Override
    public String toString() {
        return "StandardProgram[" + spec.tenantKey() + " v" + spec.version() + ", " + refs.length + " rules]";
    }
}
