package ir.vafa.programs;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
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
@Schema(example = """
		{
		  "name": "Café Pardis club",
		  "currency": "IRR",
		  "timezone": "Asia/Tehran",
		  "rounding": "DOWN",
		  "rules": [
		    {"kind": "spend", "id": "base", "name": "1 point per 100,000 rials", "spendUnit": 100000,
		     "pointsPerUnit": 1},
		    {"kind": "multiplier", "id": "morning-coffee", "name": "Coffee earns double 08:00-10:00", "skus": [],
		     "categories": ["coffee"], "factor": 2, "window": {"from": "08:00", "to": "10:00", "days": []}},
		    {"kind": "first-purchase-bonus", "id": "welcome", "name": "Welcome bonus on the first visit", "points": 20},
		    {"kind": "stamp", "id": "coffee-card", "name": "A stamp for each coffee visit", "cardId": "coffee-card",
		     "skus": [], "categories": ["coffee"], "stampsPerReward": 6, "rewardCode": "free-latte"}
		  ]
		}""")
public record ProgramDefinition(
		@NotBlank @Size(max = 200) String name,
		@NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as IRR") String currency,
		@NotBlank @Size(max = 64) String timezone,
		@NotNull PointRounding rounding,
		@NotNull @Size(max = 200) List<RuleSpec> rules) {
}
