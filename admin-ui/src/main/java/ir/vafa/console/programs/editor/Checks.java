package ir.vafa.console.programs.editor;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.regex.Pattern;

import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.Validator;
import com.vaadin.flow.function.SerializablePredicate;
import com.vaadin.flow.function.SerializableSupplier;
import ir.vafa.console.i18n.Messages;

/**
 * The editor's field checks, with their messages in the form's language: the same bounds the server checks (so most
 * mistakes show on the field as they are typed), said the reader's way. Empty values pass every check but
 * {@link #required()}: what is required is said once, by that.
 */
public final class Checks implements Serializable {

	/** Rule and tier ids, as the engine wants them. */
	static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
	static final int MAX_RULE_NAME = 100;
	static final int MAX_KEY = 64;
	static final int MAX_PROGRAM_NAME = 200;
	static final int MAX_TIER_NAME = 60;

	private final Messages messages;

	public Checks(Messages messages) {
		this.messages = messages;
	}

	public String requiredMessage() {
		return messages.get("validation.required");
	}

	public <T> Validator<T> required() {
		return (value, context) -> value == null || value instanceof String text && text.isBlank()
				|| value instanceof Collection<?> values && values.isEmpty()
				? ValidationResult.error(requiredMessage()) : ValidationResult.ok();
	}

	/** The rewards a choice offers besides the reward code: at most {@link ir.vafa.programs.RewardChoice#MAX_REWARDS}, each a key. */
	public Validator<java.util.Set<String>> choiceRewards() {
		return (chosen, context) -> chosen.size() > ir.vafa.programs.RewardChoice.MAX_REWARDS
				? ValidationResult.error(messages.get("validation.choiceRewards", ir.vafa.programs.RewardChoice.MAX_REWARDS))
				: chosen.stream().anyMatch(item -> item.length() > MAX_KEY)
						? ValidationResult.error(messages.get("validation.maxLength", MAX_KEY)) : ValidationResult.ok();
	}

	public Validator<String> maxLength(int max) {
		return check(text -> text.length() <= max, () -> messages.get("validation.maxLength", max));
	}

	public Validator<String> id() {
		return check(text -> ID.matcher(text).matches(), () -> messages.get("validation.id"));
	}

	/** The id is nobody else's among those {@code others} gives (read when checked, so edits elsewhere count). */
	public Validator<String> unique(SerializableSupplier<Collection<String>> others, String messageKey) {
		return (value, context) -> value == null || !others.get().contains(value) ? ValidationResult.ok()
				: ValidationResult.error(messages.get(messageKey, value));
	}

	public Validator<Integer> between(int min, int max) {
		return check(value -> value >= min && value <= max, () -> messages.get("validation.range", min, max));
	}

	public Validator<Long> between(long min, long max) {
		return check(value -> value >= min && value <= max, () -> messages.get("validation.range", min, max));
	}

	public Validator<BigDecimal> between(BigDecimal min, BigDecimal max) {
		return check(value -> value.compareTo(min) >= 0 && value.compareTo(max) <= 0,
				() -> messages.get("validation.range", min, max));
	}

	public Validator<BigDecimal> above(BigDecimal min) {
		return check(value -> value.compareTo(min) > 0, () -> messages.get("validation.above", min));
	}

	/** More than {@code min}, at most {@code max}: a multiplier's factor. */
	public Validator<BigDecimal> aboveAtMost(BigDecimal min, BigDecimal max) {
		return check(value -> value.compareTo(min) > 0 && value.compareTo(max) <= 0,
				() -> messages.get("validation.aboveAtMost", min, max));
	}

	/**
	 * A tier's threshold: 0 for the lowest, above the one before it for the others ({@code previous} gives it when
	 * checked, null for the lowest tier).
	 */
	public Validator<BigDecimal> threshold(SerializableSupplier<BigDecimal> previous, SerializableSupplier<Boolean> lowest) {
		return (value, context) -> {
			if (value == null) {
				return ValidationResult.ok();
			}
			if (lowest.get()) {
				return value.signum() == 0 ? ValidationResult.ok()
						: ValidationResult.error(messages.get("validation.threshold.first"));
			}
			BigDecimal before = previous.get();
			return before == null || value.compareTo(before) > 0 ? ValidationResult.ok()
					: ValidationResult.error(messages.get("validation.threshold.increasing", before));
		};
	}

	/** A message when {@code bad} holds of the value, which the form reads when it checks. */
	public <T> Validator<T> refuse(SerializablePredicate<T> bad, String messageKey) {
		return (value, context) -> value != null && bad.test(value) ? ValidationResult.error(messages.get(messageKey))
				: ValidationResult.ok();
	}

	private <T> Validator<T> check(SerializablePredicate<T> ok, SerializableSupplier<String> message) {
		return (value, context) -> value == null || ok.test(value) ? ValidationResult.ok()
				: ValidationResult.error(message.get());
	}
}
