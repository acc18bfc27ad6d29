package ir.vafa.rules;

/** The card is full: issue {@code rewardCode} and start the card again. */
public record RewardIssued(RuleRef rule, String cardId, String rewardCode) implements Effect {
}
