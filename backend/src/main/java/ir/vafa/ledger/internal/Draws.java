package ir.vafa.ledger.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * Which lots a spending takes from, and how much of each: pure, so the order rules are plain to read and test.
 * Lots past their expiry are never taken (they belong to the expiry job); pending ones only where a rule says so.
 */
final class Draws {

	private Draws() {
	}

	/** A lot with points left, as the draws see it. */
	record Lot(long id, UUID purchaseId, long remaining, Instant availableAt, Instant expiresAt) {

		boolean expired(Instant now) {
			return expiresAt != null && !now.isBefore(expiresAt);
		}

		boolean pending(Instant now) {
			return now.isBefore(availableAt);
		}

		boolean available(Instant now) {
			return !pending(now) && !expired(now);
		}
	}

	/** Points taken from one lot. */
	record Draw(long lotId, long points, boolean pending) {
	}

	/** Soonest expiry first (never-expiring last), then the earliest available, then the oldest. */
	static final Comparator<Lot> SPEND_ORDER = Comparator
		.comparing(Lot::expiresAt, Comparator.nullsLast(Comparator.naturalOrder()))
		.thenComparing(Lot::availableAt)
		.thenComparingLong(Lot::id);

	/** Available lots in spending order. */
	static List<Lot> available(List<Lot> lots, Instant now) {
		return lots.stream().filter(l -> l.available(now)).sorted(SPEND_ORDER).toList();
	}

	/** Pending lots, the ones to become available first first. */
	static List<Lot> pending(List<Lot> lots, Instant now) {
		return lots.stream().filter(l -> l.pending(now) && !l.expired(now)).sorted(SPEND_ORDER).toList();
	}

	/** Takes up to {@code amount} from the lots in their order; {@code taken} holds what is left of each after. */
	static List<Draw> take(List<Lot> ordered, long amount, Instant now, java.util.Map<Long, Long> taken) {
		List<Draw> draws = new ArrayList<>();
		long left = amount;
		for (Lot lot : ordered) {
			if (left == 0) {
				break;
			}
			long remaining = lot.remaining() - taken.getOrDefault(lot.id(), 0L);
			long points = Math.min(left, remaining);
			if (points > 0) {
				draws.add(new Draw(lot.id(), points, lot.pending(now)));
				taken.merge(lot.id(), points, Long::sum);
				left -= points;
			}
		}
		return draws;
	}

	/**
	 * What a return takes: the purchase's own lots first (under the pending-only policy only while still pending),
	 * then, unless the policy is pending-only, the member's other lots: available ones soonest expiring first, then
	 * pending ones.
	 */
	static List<Draw> forReturn(java.util.Set<Long> ownLots, List<Lot> live, long owed,
			ir.vafa.programs.ReturnPolicy policy, Instant now, java.util.Map<Long, Long> taken) {
		boolean pendingOnly = policy == ir.vafa.programs.ReturnPolicy.PENDING_ONLY;
		List<Lot> order = new ArrayList<>();
		live.stream().filter(l -> ownLots.contains(l.id()) && !l.expired(now))
			.filter(l -> !pendingOnly || l.pending(now))
			.sorted(SPEND_ORDER)
			.forEach(order::add);
		if (!pendingOnly) {
			available(live, now).stream().filter(l -> !ownLots.contains(l.id())).forEach(order::add);
			pending(live, now).stream().filter(l -> !ownLots.contains(l.id())).forEach(order::add);
		}
		return take(order, owed, now, taken);
	}

	static long sum(List<Draw> draws) {
		return draws.stream().mapToLong(Draw::points).sum();
	}
}
