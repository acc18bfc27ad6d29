package ir.vafa.ledger;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A member's points as their lots say them, now. {@code pointsBalance} is the ledger's sum: {@code pointsAvailable}
 * (spendable now) + {@code pointsHeld} (available, but held by rewards reserved at the till) + {@code pointsPending}
 * (inside the return window) + {@code pointsExpiring} (past their expiry,
 * waiting for the expiry job) − {@code pointsDebt} (what returns took beyond the balance, paid by later earnings).
 * {@code pending} says when pending points become available; {@code expiries} the next expiries, soonest first:
 * each with the last local day the points can be used, in the program's time zone, Gregorian and Jalali
 * ({@code 1405/12/29}).
 */
public record PointsBalance(UUID memberId, long pointsBalance, long pointsAvailable, long pointsHeld, long pointsPending,
		long pointsExpiring, long pointsDebt, int purchaseCount, BigDecimal lifetimeSpend, Instant firstPurchaseAt,
		Instant lastPurchaseAt, List<Pending> pending, List<Expiry> expiries) {

	@io.swagger.v3.oas.annotations.media.Schema(name = "PendingPoints")
	public record Pending(long points, Instant availableAt) {
	}

	@io.swagger.v3.oas.annotations.media.Schema(name = "UpcomingExpiry")
	public record Expiry(long points, Instant expiresAt, LocalDate lastDay, String lastDayPersian) {
	}
}
