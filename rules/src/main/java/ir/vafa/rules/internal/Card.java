package ir.vafa.rules.internal;

/** A member's stamp card as it was before this purchase. */
public final class Card {

    private final String cardId;
    private final int stamps;

    public Card(String cardId, int stamps) {
        this.cardId = cardId;
        this.stamps = stamps;
    }

    public String getCardId() {
        return cardId;
    }

    public int getStamps() {
        return stamps;
    }
}
