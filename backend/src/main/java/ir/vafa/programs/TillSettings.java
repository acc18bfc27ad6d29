package ir.vafa.programs;

import java.math.BigDecimal;

/**
 * How members spend points at the till.
 *
 * @param pointValue         what one point pays of a purchase, in the program's currency (demo retail: 1,000 IRR);
 *                           null: points cannot pay for purchases
 * @param reservationMinutes how long a reward reserved at the till holds its points and stock (1 to 1,440); null:
 *                           the node's default, 15 minutes
 */
public record TillSettings(BigDecimal pointValue, Integer reservationMinutes) {

	public static final int MAX_RESERVATION_MINUTES = 1440;
}
