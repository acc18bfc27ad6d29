package ir.vafa.rules;

/** One stamp on {@code cardId}, attributed to the first line that qualified the visit. */
public record StampAdded(RuleRef rule, String cardId, int lineNo) implements Effect {
}
