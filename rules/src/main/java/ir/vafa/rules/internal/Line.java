package ir.vafa.rules.internal;

import ir.vafa.rules.LineFacts;

import java.math.BigDecimal;

/** A purchase line with its net amount worked out once. */
public final class Line {

    private final int lineNo;
    private final String sku;
    private final String category;
    private final BigDecimal netAmount;

    public Line(LineFacts facts) {
        this.lineNo = facts.lineNo();
        this.sku = facts.sku();
        this.category = facts.category();
        this.netAmount = facts.netAmount();
    }

    public int getLineNo() {
        return lineNo;
    }

    public String getSku() {
        return sku;
    }

    public String getCategory() {
        return category;
    }

    public BigDecimal getNetAmount() {
        return netAmount;
    }

    @Override
    public String toString() {
        return "Line[" + lineNo + ":" + sku + "/" + category + "=" + netAmount + "]";
    }
}
