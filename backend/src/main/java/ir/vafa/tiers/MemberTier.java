package ir.vafa.tiers;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import ir.vafa.programs.TierLadder;

/**
 * Where a member stands on the program's ladder. {@code value} is their qualifying value (spend, points earned or
 * visits, per {@code metric}) over the window from {@code windowStart} to today; {@code next} what the next tier
 * needs ({@code distance} more); {@code keep} what keeping the current tier needs and by when (null for the lowest,
 * which cannot be lost). {@code assignment} is set while an admin's placement holds; {@code graceUntil} while the
 * member no longer qualifies but keeps the tier for the grace period.
 */
public record MemberTier(String tierId, TierLadder.Names name, Instant since, TierLadder.Qualification.Metric metric,
		LocalDate windowStart, BigDecimal value, Next next, Keep keep, Assignment assignment, Instant graceUntil) {

	@io.swagger.v3.oas.annotations.media.Schema(name = "NextTier")
	public record Next(String tierId, TierLadder.Names name, BigDecimal threshold, BigDecimal distance) {
	}

	/**
	 * To keep the tier, {@code needed} more by {@code by} (0: kept until then anyway); for a rolling window, the
	 * day the oldest activity counted now leaves it and the value would fall under the threshold.
	 */
	@io.swagger.v3.oas.annotations.media.Schema(name = "KeepTier")
	public record Keep(BigDecimal threshold, BigDecimal needed, LocalDate by) {
	}

	@io.swagger.v3.oas.annotations.media.Schema(name = "TierPlacement")
	public record Assignment(Instant until, String reason, String by) {
	}
}
