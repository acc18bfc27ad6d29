package ir.vafa.rules.internal;

/** The three shapes a time window takes once {@code null} bounds are filled in. */
public enum WindowKind {
    /** No window: the rule is always open. */
    ALWAYS,
    /** from &lt; to on the same day. */
    SAME_DAY,
    /** from &gt; to: open from {@code from} until midnight, and after midnight until {@code to}. */
    OVERNIGHT
}
