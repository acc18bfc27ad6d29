package ir.vafa.rules;

import java.util.List;

/**
 * The effects of one purchase, in program rule order (then line order), and how many rule activations fired to
 * decide them.
 */
public record Evaluation(List<Effect> effects, int rulesFired) {

    public Evaluation {
        effects = List.copyOf(effects);
    }

    public long totalPoints() {
        return points().stream().mapToLong(PointsAwarded::points).sum();
    }

    public long pointsOnLine(int lineNo) {
        return points().stream().filter(p -> p.lineNo() == lineNo).mapToLong(PointsAwarded::points).sum();
    }

    public long pointsFrom(String ruleId) {
        return points().stream().filter(p -> p.rule().ruleId().equals(ruleId)).mapToLong(PointsAwarded::points).sum();
    }

    public List<PointsAwarded> points() {
        return only(PointsAwarded.class);
    }

    public List<StampAdded> stamps() {
        return only(StampAdded.class);
    }

    public List<RewardIssued> rewards() {
        return only(RewardIssued.class);
    }

    private <T extends Effect> List<T> only(Class<T> kind) {
        return effects.stream().filter(kind::isInstance).map(kind::cast).toList();
    }
}
