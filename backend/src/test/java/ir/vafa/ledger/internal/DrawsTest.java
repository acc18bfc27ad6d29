package ir.vafa.ledger.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Which lots a spending takes from: the order rules, without a database. */
class DrawsTest {

	private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");

	private static Draws.Lot lot(long id, long remaining, Duration availableIn, Duration expiresIn) {
		return new Draws.Lot(id, null, remaining, NOW.plus(availableIn),
				expiresIn == null ? null : NOW.plus(expiresIn));
	}

	@Test
	void spendingTakesTheLotsThatExpireSoonestAndNeverExpiringOnesLast() {
		List<Draws.Lot> lots = List.of(lot(1, 50, Duration.ofDays(-30), null),
				lot(2, 50, Duration.ofDays(-20), Duration.ofDays(90)),
				lot(3, 50, Duration.ofDays(-10), Duration.ofDays(10)));

		List<Draws.Draw> draws = Draws.take(Draws.available(lots, NOW), 120, NOW, new HashMap<>());

		assertThat(draws).containsExactly(new Draws.Draw(3, 50, false), new Draws.Draw(2, 50, false),
				new Draws.Draw(1, 20, false));
	}

	@Test
	void pendingAndExpiredLotsAreNotAvailable() {
		List<Draws.Lot> lots = List.of(lot(1, 50, Duration.ofDays(3), null),
				lot(2, 50, Duration.ofDays(-40), Duration.ofDays(-1)), lot(3, 50, Duration.ofDays(-1), null));

		assertThat(Draws.available(lots, NOW)).extracting(Draws.Lot::id).containsExactly(3L);
		assertThat(Draws.pending(lots, NOW)).extracting(Draws.Lot::id).containsExactly(1L);
	}

	@Test
	void aLotExpiresAtItsInstantAndBecomesAvailableAtItsInstant() {
		Draws.Lot atTheEdge = new Draws.Lot(1, null, 10, NOW, NOW.plusSeconds(1));

		assertThat(atTheEdge.available(NOW)).isTrue();
		assertThat(atTheEdge.available(NOW.plusSeconds(1))).isFalse();
		assertThat(atTheEdge.expired(NOW.plusSeconds(1))).isTrue();
		assertThat(atTheEdge.pending(NOW.minusNanos(1))).isTrue();
	}

	@Test
	void drawsForSeveralLinesShareWhatIsLeftOfEachLot() {
		List<Draws.Lot> lots = List.of(lot(1, 30, Duration.ofDays(-1), null), lot(2, 30, Duration.ofDays(-1), null));
		Map<Long, Long> taken = new HashMap<>();

		List<Draws.Draw> first = Draws.take(Draws.available(lots, NOW), 40, NOW, taken);
		List<Draws.Draw> second = Draws.take(Draws.available(lots, NOW), 40, NOW, taken);

		assertThat(Draws.sum(first)).isEqualTo(40);
		assertThat(second).containsExactly(new Draws.Draw(2, 20, false));
	}
}
