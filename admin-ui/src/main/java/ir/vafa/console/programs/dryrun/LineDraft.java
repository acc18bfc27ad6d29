package ir.vafa.console.programs.dryrun;

import java.io.Serializable;
import java.math.BigDecimal;

import ir.vafa.purchases.PurchaseRequest;

/** A purchase line being typed for a dry run. */
public final class LineDraft implements Serializable {

	private String sku = "";
	private String category = "";
	private Integer quantity = 1;
	private BigDecimal unitPrice;

	public PurchaseRequest.Line toLine() {
		return new PurchaseRequest.Line(sku.strip(), category == null || category.isBlank() ? null : category.strip(),
				quantity, unitPrice, null);
	}

	public String getSku() {
		return sku;
	}

	public void setSku(String sku) {
		this.sku = sku;
	}

	public String getCategory() {
		return category;
	}

	public void setCategory(String category) {
		this.category = category;
	}

	public Integer getQuantity() {
		return quantity;
	}

	public void setQuantity(Integer quantity) {
		this.quantity = quantity;
	}

	public BigDecimal getUnitPrice() {
		return unitPrice;
	}

	public void setUnitPrice(BigDecimal unitPrice) {
		this.unitPrice = unitPrice;
	}
}
