package ir.vafa.rewards;

/** A member's card: {@code stamps} of {@code stampsPerReward} on its current {@code cycle} (1, then 2 once filled…). */
public record StampCard(String cardId, int stamps, int stampsPerReward, int cycle) {
}
