package ir.vafa.rules;

/** Something a rule decided; the caller applies it. */
public sealed interface Effect permits PointsAwarded, StampAdded, RewardIssued {

    RuleRef rule();
}
