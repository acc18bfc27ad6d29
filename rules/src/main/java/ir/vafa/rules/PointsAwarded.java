package ir.vafa.rules;

/** Points earned by one line, so that returning the line can take back exactly these points. Never zero. */
public record PointsAwarded(RuleRef rule, int lineNo, long points) implements Effect {
}
