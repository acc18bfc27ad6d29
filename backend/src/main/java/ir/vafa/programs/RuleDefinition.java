package ir.vafa.programs;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One rule of a program document, in one of the standard kinds; {@code kind} names it in JSON. Every rule has an
 * {@code id} (unique in the program), a {@code name}, an optional {@code window} and an optional set of
 * {@code tiers} it is limited to (empty: every member).
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({ @JsonSubTypes.Type(value = RuleDefinition.Spend.class, name = "spend"),
		@JsonSubTypes.Type(value = RuleDefinition.Multiplier.class, name = "multiplier"),
		@JsonSubTypes.Type(value = RuleDefinition.FirstPurchaseBonus.class, name = "first-purchase-bonus"),
		@JsonSubTypes.Type(value = RuleDefinition.Stamp.class, name = "stamp") })
public sealed interface RuleDefinition {

	String id();

	String name();

	Window window();

	Set<String> tiers();

	/** {@code pointsPerUnit} points per {@code spendUnit} of net spend, rounded once per purchase. */
	@Schema(name = "SpendRule")
	record Spend(String id, String name, BigDecimal spendUnit, Long pointsPerUnit, Window window, Set<String> tiers)
			implements RuleDefinition {

		public Spend(String id, String name, BigDecimal spendUnit, long pointsPerUnit) {
			this(id, name, spendUnit, pointsPerUnit, null, null);
		}
	}

	/** Lines of the listed SKUs or categories earn {@code factor} times their spend points. */
	@Schema(name = "MultiplierRule")
	record Multiplier(String id, String name, Set<String> skus, Set<String> categories, BigDecimal factor,
			Window window, Set<String> tiers) implements RuleDefinition {
	}

	/** A fixed bonus on the member's first purchase. */
	@Schema(name = "FirstPurchaseBonusRule")
	record FirstPurchaseBonus(String id, String name, Long points, Window window, Set<String> tiers)
			implements RuleDefinition {
	}

	/** A visit with a listed line is a stamp on {@code cardId}; {@code stampsPerReward} stamps issue the reward. */
	@Schema(name = "StampRule")
	record Stamp(String id, String name, String cardId, Set<String> skus, Set<String> categories,
			Integer stampsPerReward, String rewardCode, Window window, Set<String> tiers, RewardChoice choice)
			implements RuleDefinition {

		public Stamp(String id, String name, String cardId, Set<String> skus, Set<String> categories,
				Integer stampsPerReward, String rewardCode, Window window, Set<String> tiers) {
			this(id, name, cardId, skus, categories, stampsPerReward, rewardCode, window, tiers, null);
		}
	}

	/**
	 * When a rule applies, in the program's time zone: from (inclusive) to (exclusive) local times, on the listed days
	 * (empty: every day); a {@code from} after {@code to} crosses midnight and its days are the days it starts.
	 */
	@Schema(name = "RuleWindow")
	record Window(LocalTime from, LocalTime to, Set<DayOfWeek> days) {
	}
}
