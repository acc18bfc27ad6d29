package ir.vafa.programs.internal;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import ir.vafa.rules.FirstPurchaseBonus;
import ir.vafa.rules.MultiplierRule;
import ir.vafa.rules.RuleSpec;
import ir.vafa.rules.SpendRule;
import ir.vafa.rules.StampRule;
import org.springframework.boot.jackson.JacksonMixin;

/**
 * How rule specs look in JSON: a {@code kind} names the rule kind. Kept out of the rules module, which knows
 * nothing of JSON.
 */
@JacksonMixin(RuleSpec.class)
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
		@JsonSubTypes.Type(value = SpendRule.class, name = "spend"),
		@JsonSubTypes.Type(value = MultiplierRule.class, name = "multiplier"),
		@JsonSubTypes.Type(value = FirstPurchaseBonus.class, name = "first-purchase-bonus"),
		@JsonSubTypes.Type(value = StampRule.class, name = "stamp") })
interface RuleSpecJson {
}
