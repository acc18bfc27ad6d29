package ir.vafa.rules;

import ir.vafa.rules.internal.ExecutableProgram;
import ir.vafa.rules.internal.Evaluator;
import ir.vafa.rules.internal.ProgramValidator;
import ir.vafa.rules.internal.SharedRuleBase;
import ir.vafa.rules.internal.StandardProgram;

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
        ValidationReport report = check(spec);
        if (!report.valid()) {
            throw new InvalidProgramException(report.errors());
        }
        return StandardProgram.of(spec, standardKinds);
    }

    /**
     * Everything wrong with the program (errors, which {@link #compile} refuses) and everything doubtful about it
     * (warnings: rules that can pay twice for one purchase). Cheap: no compile.
     */
    public ValidationReport check(ProgramSpec spec) {
        return new ProgramValidator(limits).check(spec);
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
