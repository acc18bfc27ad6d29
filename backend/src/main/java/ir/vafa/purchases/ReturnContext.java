package ir.vafa.purchases;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import ir.vafa.programs.ActiveProgram;

/**
 * A return being recorded: the purchase, which of its lines come back and how much of each had come back before,
 * the receipt the purchase was answered with (what each line earned), and the program version serving now (its
 * return policy decides what is taken when points were spent; null when the tenant has none).
 *
 * @param completes true when, after this return, every unit of the purchase is back
 */
public record ReturnContext(RecordedPurchase purchase, UUID returnId, List<ReturnedLine> lines, PurchaseReceipt original,
		ActiveProgram program, Instant now, boolean completes) {

	public ReturnContext {
		lines = List.copyOf(lines);
	}

	/**
	 * One returned line: {@code before} units of its {@code quantity} had come back already, {@code after} have
	 * now; {@code amount} is this return's share of the line's net amount.
	 */
	public record ReturnedLine(int lineNo, int quantity, int before, int after, BigDecimal amount) {

		public int returned() {
			return after - before;
		}

		/**
		 * What of {@code earned} (something the line got: points, a stamp) falls to the units coming back now:
		 * after n of q units are back, floor(earned × n / q) has been taken, so a line returned in any pieces gives
		 * back exactly its whole, never more.
		 */
		public long share(long earned) {
			return Math.floorDiv(earned * after, quantity) - Math.floorDiv(earned * before, quantity);
		}
	}

	public BigDecimal amount() {
		return lines.stream().map(ReturnedLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
	}
}
