package ir.vafa.catalog;

import java.math.BigDecimal;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;

/** An amount in a currency (ISO 4217); the catalog's amounts are in the currency of the tenant's program. */
public record Money(@NotNull @Positive @Digits(integer = 15, fraction = 4) BigDecimal amount,
		@NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as IRR") String currency) {
}
