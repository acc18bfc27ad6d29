package ir.vafa.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class IdsTest {

	@Test
	void idsAreVersion7WithTheVariantOfRfc9562AndCarryTheirMillisecond() {
		long at = Instant.parse("2026-11-25T05:00:00.123Z").toEpochMilli();
		UUID id = Ids.timeOrdered(at, new Random(7));

		assertThat(id.version()).isEqualTo(7);
		assertThat(id.variant()).isEqualTo(2);
		assertThat(id.getMostSignificantBits() >>> 16).isEqualTo(at);
		assertThat(id.toString()).startsWith(String.format("%08x-%04x-7", at >>> 16, at & 0xFFFF));
	}

	@Test
	void laterIdsSortAfterEarlierOnesAsPostgreSqlComparesUuids() {
		Random random = new Random(1);
		UUID earlier = Ids.timeOrdered(1_000_000, random);
		UUID later = Ids.timeOrdered(1_000_001, random);

		// PostgreSQL orders uuids by their bytes, unsigned: the string order
		assertThat(later.toString()).isGreaterThan(earlier.toString());
	}

	@Test
	void idsOfOneMillisecondDifferInTheirRandomBits() {
		Set<UUID> ids = new HashSet<>();
		for (int i = 0; i < 10_000; i++) {
			ids.add(Ids.timeOrdered(5_000, new Random(i)));
		}
		assertThat(ids).hasSize(10_000);
		assertThat(Ids.timeOrdered()).isNotEqualTo(Ids.timeOrdered());
	}

	@Test
	void timesOutsideTheFieldAreRefused() {
		assertThatThrownBy(() -> Ids.timeOrdered(-1, new Random())).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> Ids.timeOrdered(1L << 48, new Random())).isInstanceOf(IllegalArgumentException.class);
	}
}
