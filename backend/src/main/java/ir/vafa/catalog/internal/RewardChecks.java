package ir.vafa.catalog.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import ir.vafa.catalog.Money;
import ir.vafa.catalog.RewardDefinition;
import ir.vafa.catalog.RewardDefinition.Discount;
import ir.vafa.catalog.RewardKind;
import ir.vafa.platform.ApiProblem.FieldError;
import ir.vafa.programs.PublishedProgram;
import ir.vafa.programs.TierLadder;

/**
 * What bean validation cannot say of a reward, in two steps as the API answers them: of the request alone
 * ({@link #ofTheReward}: the details of its kind present and the others' absent, the discount's own rules, validity
 * in order; 400 like a malformed field), then against the tenant's program ({@link #againstTheProgram}: amounts in
 * its currency, tiers of its ladder; 422). Each error names its field as a JSON path.
 */
final class RewardChecks {

	/** Each kind's own field, and the kinds it belongs to. */
	private static final Map<String, RewardKind> DETAIL_FIELDS = Map.of("discount", RewardKind.DISCOUNT, "sku",
			RewardKind.FREE_PRODUCT, "experience", RewardKind.EXPERIENCE, "donation", RewardKind.DONATION, "value",
			RewardKind.GIFT_CARD);

	static final java.time.Instant EARLIEST = java.time.Instant.parse("2000-01-01T00:00:00Z");
	static final java.time.Instant LATEST = java.time.Instant.parse("9999-12-31T00:00:00Z");

	private RewardChecks() {
	}

	static List<FieldError> ofTheReward(RewardDefinition reward) {
		List<FieldError> errors = new ArrayList<>();
		details(reward, errors);
		if (reward.discount() != null) {
			discount(reward.discount(), errors);
		}
		inYears("validFrom", reward.validFrom(), errors);
		inYears("validUntil", reward.validUntil(), errors);
		if (reward.validFrom() != null && reward.validUntil() != null
				&& !reward.validUntil().isAfter(reward.validFrom())) {
			errors.add(new FieldError("validUntil", "must be after validFrom"));
		}
		RewardDefinition.Stock stock = reward.stockOrUnlimited();
		if (stock.perMember() != null && stock.perMemberPeriod() == null) {
			errors.add(new FieldError("stock.perMemberPeriod", "must be given with stock.perMember"));
		}
		if (stock.perMember() == null && stock.perMemberPeriod() != null) {
			errors.add(new FieldError("stock.perMember", "must be given with stock.perMemberPeriod"));
		}
		if (reward.kind() == RewardKind.EXPERIENCE && stock.total() == null) {
			errors.add(new FieldError("stock.total", "an experience's seats must be given"));
		}
		if (reward.experience() != null && reward.experience().endsAt() != null
				&& !reward.experience().endsAt().isAfter(reward.experience().startsAt())) {
			errors.add(new FieldError("experience.endsAt", "must be after experience.startsAt"));
		}
		return errors;
	}

	static List<FieldError> againstTheProgram(RewardDefinition reward, Optional<PublishedProgram> program) {
		List<FieldError> errors = new ArrayList<>();
		program.ifPresent(p -> againstProgram(reward, p, errors));
		return errors;
	}

	/** A time the database can store and a merchant can mean. */
	private static void inYears(String field, java.time.Instant time, List<FieldError> errors) {
		if (time != null && (time.isBefore(EARLIEST) || time.isAfter(LATEST))) {
			errors.add(new FieldError(field, "must be between the years 2000 and 9999"));
		}
	}

	private static void details(RewardDefinition reward, List<FieldError> errors) {
		Map<String, Object> given = new java.util.HashMap<>();
		given.put("discount", reward.discount());
		given.put("sku", reward.sku());
		given.put("experience", reward.experience());
		given.put("donation", reward.donation());
		given.put("value", reward.value());
		DETAIL_FIELDS.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(field -> {
			boolean own = field.getValue() == reward.kind();
			Object value = given.get(field.getKey());
			if (own && value == null) {
				errors.add(new FieldError(field.getKey(), "must be given for a " + reward.kind() + " reward"));
			}
			else if (!own && value != null) {
				errors.add(new FieldError(field.getKey(), "is only for a " + field.getValue() + " reward"));
			}
		});
	}

	private static void discount(Discount discount, List<FieldError> errors) {
		if (discount.type() == Discount.Type.PERCENT) {
			if (discount.percent() == null) {
				errors.add(new FieldError("discount.percent", "must be given for a PERCENT discount"));
			}
			if (discount.amount() != null) {
				errors.add(new FieldError("discount.amount", "is only for an AMOUNT discount"));
			}
		}
		else if (discount.type() == Discount.Type.AMOUNT) {
			if (discount.amount() == null) {
				errors.add(new FieldError("discount.amount", "must be given for an AMOUNT discount"));
			}
			if (discount.percent() != null) {
				errors.add(new FieldError("discount.percent", "is only for a PERCENT discount"));
			}
			if (discount.cap() != null) {
				errors.add(new FieldError("discount.cap", "is only for a PERCENT discount (an amount is its own cap)"));
			}
		}
	}

	/** Amounts in the program's currency, tiers of its ladder. */
	private static void againstProgram(RewardDefinition reward, PublishedProgram program, List<FieldError> errors) {
		money(reward).forEach((field, money) -> {
			if (!money.currency().equals(program.currency())) {
				errors.add(new FieldError(field + ".currency", "must be the program's currency, " + program.currency()));
			}
		});
		Set<String> tiers = program.tiers() == null || program.tiers().levels() == null ? Set.of()
				: program.tiers().levels().stream().map(TierLadder.Level::id).collect(Collectors.toSet());
		for (int i = 0; i < reward.tiers().size(); i++) {
			if (!tiers.contains(reward.tiers().get(i))) {
				errors.add(new FieldError("tiers[" + i + "]", tiers.isEmpty() ? "the program has no tiers"
						: "is not a tier of the program (" + String.join(", ", new java.util.TreeSet<>(tiers)) + ")"));
			}
		}
	}

	private static Map<String, Money> money(RewardDefinition reward) {
		Map<String, Money> money = new java.util.LinkedHashMap<>();
		Function<Money, Boolean> given = m -> m != null && m.currency() != null;
		if (reward.discount() != null) {
			if (given.apply(reward.discount().amount())) {
				money.put("discount.amount", reward.discount().amount());
			}
			if (given.apply(reward.discount().cap())) {
				money.put("discount.cap", reward.discount().cap());
			}
		}
		if (reward.donation() != null && given.apply(reward.donation().perPoint())) {
			money.put("donation.perPoint", reward.donation().perPoint());
		}
		if (given.apply(reward.value())) {
			money.put("value", reward.value());
		}
		return money;
	}
}
