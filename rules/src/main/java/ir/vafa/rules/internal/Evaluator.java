package ir.vafa.rules.internal;

import ir.vafa.rules.EngineLimits;
import ir.vafa.rules.Evaluation;
import ir.vafa.rules.FiringLimitExceededException;
import ir.vafa.rules.LineFacts;
import ir.vafa.rules.MemberFacts;
import ir.vafa.rules.ProgramSpec;
import ir.vafa.rules.PurchaseFacts;
import org.drools.commands.runtime.rule.FireAllRulesCommand;
import org.kie.api.command.Command;
import org.kie.internal.command.CommandFactory;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** Runs one purchase through a program in a fresh stateless session, then settles the matches into effects. */
public final class Evaluator {

    private static final String FIRED = "fired";

    private final EngineLimits limits;

    public Evaluator(EngineLimits limits) {
        this.limits = limits;
    }

    public Evaluation evaluate(ExecutableProgram program, PurchaseFacts purchase) {
        ProgramSpec spec = program.spec();
        List<Object> facts = facts(program, lines(spec, purchase), purchase);
        Run run = run(program, facts, limits.maxFirings());
        if (run.capReached()) {
            throw new FiringLimitExceededException(spec.tenantKey(), spec.version(), limits.maxFirings());
        }
        return Settlement.settle(program, run.matches(), run.fired());
    }

    /** The program's parameters plus the purchase, as the facts the rule base knows. */
    static List<Object> facts(ExecutableProgram program, List<Line> lines, PurchaseFacts purchase) {
        List<Object> facts = new ArrayList<>(program.parameterFacts().size() + lines.size() + 8);
        facts.addAll(program.parameterFacts());
        facts.add(Moment.of(purchase.occurredAt(), program.spec().zone()));
        facts.addAll(lines);
        MemberFacts member = purchase.member();
        if (member != null) {
            facts.add(new Member(member.purchaseCount(), member.tier()));
            for (Map.Entry<String, Integer> card : member.stampsOnCard().entrySet()) {
                facts.add(new Card(card.getKey(), card.getValue() == null ? 0 : card.getValue()));
            }
        }
        return facts;
    }

    /**
     * What one session decided, how many activations fired to decide it (never more than the cap), and whether
     * more wanted to fire (then the matches are incomplete).
     */
    record Run(Matches matches, int fired, boolean capReached) {
    }

    static Run run(ExecutableProgram program, List<Object> facts, int cap) {
        Matches matches = new Matches(program.spec().rules().size());
        FiringBudget budget = new FiringBudget(cap);
        List<Command<?>> commands = List.of(
                CommandFactory.newSetGlobal(Matches.GLOBAL, matches),
                CommandFactory.newInsertElements(facts),
                // The budget is the exact cap. Drools' own max is only a backstop, one above, so that Drools never
                // stops before the budget has been asked for the firing that tells "more was wanted".
                new FireAllRulesCommand(FIRED, cap == Integer.MAX_VALUE ? cap : cap + 1, budget));
        // A fresh stateless session per purchase: nothing of one tenant's evaluation survives into the next.
        program.kieBase().newStatelessKieSession().execute(CommandFactory.newBatchExecution(commands));
        return new Run(matches, budget.fired(), budget.exceeded());
    }

    List<Line> lines(ProgramSpec spec, PurchaseFacts purchase) {
        Objects.requireNonNull(purchase, "purchase");
        Objects.requireNonNull(purchase.occurredAt(), "purchase.occurredAt");
        if (purchase.lines().size() > limits.maxLines()) {
            throw new IllegalArgumentException("purchase " + purchase.purchaseRef() + " has " + purchase.lines().size()
                    + " lines; at most " + limits.maxLines() + " are evaluated");
        }
        if (purchase.currency() != null && !purchase.currency().equals(spec.currency())) {
            throw new IllegalArgumentException("purchase " + purchase.purchaseRef() + " is in " + purchase.currency()
                    + " but the program counts " + spec.currency());
        }
        Set<Integer> seen = new HashSet<>();
        List<Line> lines = new ArrayList<>(purchase.lines().size());
        for (LineFacts line : purchase.lines()) {
            // Points are attributed per line number, so a repeated one would merge two lines' earnings.
            if (!seen.add(line.lineNo())) {
                throw new IllegalArgumentException("purchase " + purchase.purchaseRef() + " repeats line "
                        + line.lineNo());
            }
            lines.add(new Line(line));
        }
        return lines;
    }
}
