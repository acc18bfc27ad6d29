package ir.vafa.catalog;

import java.math.BigDecimal;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import ir.vafa.purchases.PurchaseRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * An order the till is about to record: what a reward is quoted against. Its lines are those of the purchase the till
 * will send (their {@code discount} is what is off each already).
 */
@Schema(name = "QuoteOrder", example = """
		{
		  "currency": "IRR",
		  "lines": [
		    {"sku": "LATTE", "category": "coffee", "quantity": 2, "unitPrice": 1500000},
		    {"sku": "CHEESECAKE", "category": "pastry", "quantity": 1, "unitPrice": 1100000, "discount": 100000}
		  ]
		}""")
public record Order(
		@NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as IRR") String currency,
		@NotEmpty @Size(max = PurchaseRequest.MAX_LINES) List<PurchaseRequest.@Valid @NotNull Line> lines) {

	/** What a line costs after its own discount; never below zero. */
	static BigDecimal net(PurchaseRequest.Line line) {
		BigDecimal net = line.netAmount();
		return net.signum() < 0 ? BigDecimal.ZERO : net;
	}
}
