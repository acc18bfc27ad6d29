package ir.vafa.ledger;

/**
 * How a ledger line touched one lot: an earning line creates its lot ({@code points} positive: the lot's size), a
 * spending line takes from lots ({@code points} negative, what it took from each).
 */
public record LotMove(long lotId, long points) {
}
