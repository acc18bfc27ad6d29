package ir.vafa.rules.internal;

import ir.vafa.rules.CompiledProgram;
import ir.vafa.rules.RuleRef;
import org.kie.api.KieBase;

import java.util.List;

/**
 * What the evaluator needs from a compiled program: the rule base to run on and the parameter facts to insert
 * before the purchase. Standard programs share one base; a program with a tenant's own DRL will carry its own.
 */
public interface ExecutableProgram extends CompiledProgram {

    KieBase kieBase();

    /** Immutable facts, shared by concurrent evaluations: rules must never modify them. */
    List<Object> parameterFacts();

    /** The reference every effect of rule number {@code index} carries. */
    RuleRef ref(int index);
}
