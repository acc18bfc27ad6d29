package ir.vafa.rules;

/**
 * A validated program, ready to evaluate. Opaque, immutable and thread-safe; cheap enough to keep one per tenant
 * in memory. Only the {@link RuleEngine} makes them.
 */
public interface CompiledProgram {

    ProgramSpec spec();
}
