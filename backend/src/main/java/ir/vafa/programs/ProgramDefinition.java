package ir.vafa.programs;

import java.util.List;

import ir.vafa.rules.PointRounding;
import ir.vafa.rules.RuleSpec;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A program as a tenant writes it: rules are structured JSON objects with a {@code kind} (spend, multiplier,
 * first-purchase-bonus, stamp); the rule engine checks their values when the program is published.
 */
public record ProgramDefinition(
		@NotBlank @Size(max = 200) String name,
		@NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as IRR") String currency,
		@NotBlank @Size(max = 64) String timezone,
		@NotNull PointRounding rounding,
		@NotNull @Size(max = 200) List<RuleSpec> rules) {
}
