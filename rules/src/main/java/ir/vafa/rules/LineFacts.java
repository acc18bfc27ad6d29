package ir.vafa.rules;

import java.math.BigDecimal;
import java.util.Objects;

/** One line of a purchase. A null discount is no discount. */
public record LineFacts(int lineNo, String sku, String category, int quantity, BigDecimal unitPrice,
                        BigDecimal discount) {

    public LineFacts {
        Objects.requireNonNull(unitPrice, "unitPrice");
        discount = discount == null ? BigDecimal.ZERO : discount;
    }

    public LineFacts(int lineNo, String sku, String category, int quantity, BigDecimal unitPrice) {
        this(lineNo, sku, category, quantity, unitPrice, BigDecimal.ZERO);
    }

    /** {@code quantity * unitPrice - discount}; may be zero or negative (returns, give-aways), which earn nothing. */
    public BigDecimal netAmount() {
        return unitPrice.multiply(BigDecimal.valueOf(quantity)).subtract(discount);
    }
}
