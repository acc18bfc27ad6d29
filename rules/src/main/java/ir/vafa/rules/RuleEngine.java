package ir.vafa.rules;

import ir.vafa.rules.internal.ExecutableProgram;
import ir.vafa.rules.internal.Evaluator;
import ir.vafa.rules.internal.ProgramValidator;
import ir.vafa.rules.internal.SharedRuleBase;
import ir.vafa.rules.internal.StandardProgram;

import java.util.List;

/**
 * Compiles and evaluates loyalty programs. Thread-safe; make one per JVM, since construction compiles the shared
 * rule base (a few seconds). After that, {@link #compile} is cheap (validation and a handful of parameter objects,
 * no Drools compile), so 10,000 tenants cost 10,000 small objects, not 10,000 rule bases.
 */
public final class RuleEngine {

    private final EngineLimits limits;
    private final SharedRuleBase standardKinds;
    private final Evaluator evaluator;

    public RuleEngine(EngineLimits limits) {
        this.limits = limits;
        this.standardKinds = SharedRuleBase.compile();
        this.evaluator = new Evaluator(limits);
    }

    public RuleEngine() {
        this(EngineLimits.defaults());
    }

    public EngineLimits limits() {
        return limits;
    }

    /**
     * Validates the program and prepares it for evaluation. Call it when a program is published, never per purchase.
     *
     * @throws InvalidProgramException with every violation and its field path
     */
    public CompiledProgram compile(ProgramSpec spec) {
        List<Violation> violations = new ProgramValidator(limits).validate(spec);
        if (!violations.isEmpty()) {
            throw new InvalidProgramException(violations);
        }
        return StandardProgram.of(spec, standardKinds);
    }

    /**
     * The effects that {@code purchase} earns under {@code program}.
     *
     * @throws IllegalArgumentException    when the purchase exceeds {@link EngineLimits#maxLines()}, repeats a line
     *                                     number, is in another currency, or the program was not made by a RuleEngine
     * @throws FiringLimitExceededException when the evaluation would need more than {@link EngineLimits#maxFirings()}
     */
    public Evaluation evaluate(CompiledProgram program, PurchaseFacts purchase) {
        if (!(program instanceof ExecutableProgram executable)) {
            throw new IllegalArgumentException("not a program compiled by a RuleEngine: " + program);
        }
        return evaluator.evaluate(executable, purchase);
    }
}
