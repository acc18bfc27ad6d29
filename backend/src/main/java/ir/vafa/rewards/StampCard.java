package ir.vafa.rewards;

public record StampCard(String cardId, int stamps, int stampsPerReward) {
}
