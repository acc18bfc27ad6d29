package ir.vafa.purchases;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** What a return took back. */
public record ReturnReceipt(UUID returnId, String externalReturnId, String purchaseExternalId, UUID memberId,
		BigDecimal amountReturned, long pointsTakenBack, int stampsTakenBack, Long balance, List<Taken> taken) {

	public record Taken(int lineNo, int quantity, String ruleId, long points, int stamps) {
	}
}
