package ir.vafa.rules;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.List;

/**
 * A purchase as the rules see it. {@code member} null means anonymous, which earns nothing. {@code total} is
 * informational: the rules work on the lines' net amounts.
 */
public record PurchaseFacts(String purchaseRef, Instant occurredAt, String store, String channel, Currency currency,
                            BigDecimal total, List<LineFacts> lines, MemberFacts member) {

    public PurchaseFacts {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }
}
