package ir.vafa.purchases;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * A purchase as the POS sends it. {@code member} is left out for anonymous purchases. Amounts are decimals in
 * {@code currency}, which must be the program's; the lines' net amounts must add up to {@code total}.
 */
@Schema(example = """
		{
		  "externalId": "pardis-vanak-1-20261128-0042",
		  "member": {"cardNumber": "PARDIS-0042"},
		  "store": "vanak-1",
		  "channel": "pos",
		  "occurredAt": "2026-11-28T06:12:00Z",
		  "currency": "IRR",
		  "total": 4000000,
		  "lines": [
		    {"sku": "LATTE", "category": "coffee", "quantity": 2, "unitPrice": 1500000},
		    {"sku": "CHEESECAKE", "category": "pastry", "quantity": 1, "unitPrice": 1100000, "discount": 100000}
		  ]
		}""")
public record PurchaseRequest(
		@NotBlank @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9._:/-]+", message = "must be letters, digits or ._:/-") String externalId,
		@Valid MemberIdentifier member,
		@NotBlank @Size(max = 100) String store,
		@NotBlank @Size(max = 32) String channel,
		@NotNull Instant occurredAt,
		@NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as IRR") String currency,
		@NotNull @PositiveOrZero @Digits(integer = 15, fraction = 4) BigDecimal total,
		@NotEmpty @Size(max = PurchaseRequest.MAX_LINES) List<@Valid @NotNull Line> lines) {

	public static final int MAX_LINES = 200;

	/** Named apart from a return's line, which would otherwise share the schema name {@code Line}. */
	@Schema(name = "PurchaseLine")
	public record Line(
			@NotBlank @Size(max = 64) String sku,
			@Size(max = 64) String category,
			@Positive @Max(100_000) int quantity,
			@NotNull @PositiveOrZero @Digits(integer = 15, fraction = 4) BigDecimal unitPrice,
			@PositiveOrZero @Digits(integer = 15, fraction = 4) BigDecimal discount) {

		public BigDecimal discountOrZero() {
			return discount == null ? BigDecimal.ZERO : discount;
		}

		public BigDecimal netAmount() {
			return unitPrice.multiply(BigDecimal.valueOf(quantity)).subtract(discountOrZero());
		}
	}

	/** Exactly one of id, phone, email, card number. */
	public record MemberIdentifier(java.util.UUID id, @Size(max = 24) String phone, @Size(max = 320) String email,
			@Size(max = 64) String cardNumber) {
	}
}
