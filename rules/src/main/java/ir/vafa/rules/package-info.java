/**
 * Vafa's rule engine: what a loyalty program says ({@link ir.vafa.rules.ProgramSpec} and its
 * {@link ir.vafa.rules.RuleSpec} kinds), the facts of a purchase that go in, and the
 * {@link ir.vafa.rules.Effect}s that come out. Rules never call services: they only name effects, and the
 * caller (the ledger) applies them.
 *
 * <p>{@link ir.vafa.rules.RuleEngine#compile} validates a program once, when it is published;
 * {@link ir.vafa.rules.RuleEngine#evaluate} runs it per purchase. Everything under {@code internal} may change
 * without notice.
 */
package ir.vafa.rules;
