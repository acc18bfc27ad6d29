package ir.vafa.members.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

class MemberIdCacheTest {

	private static final UUID TENANT_A = UUID.randomUUID();
	private static final UUID TENANT_B = UUID.randomUUID();

	private final AtomicInteger lookups = new AtomicInteger();
	private final AtomicLong nanos = new AtomicLong();

	private Supplier<Optional<UUID>> database(Optional<UUID> answer) {
		return () -> {
			lookups.incrementAndGet();
			return answer;
		};
	}

	private final MemberIdCache cache = new MemberIdCache(Duration.ofMinutes(10), 1_000, nanos::get);

	@Test
	void aMemberFoundOnceIsAnsweredWithoutAskingTheDatabaseAgain() {
		UUID member = UUID.randomUUID();

		assertThat(cache.id(TENANT_A, "card_number", "C-1", database(Optional.of(member)))).contains(member);
		assertThat(cache.id(TENANT_A, "card_number", "C-1", database(Optional.of(UUID.randomUUID())))).contains(member);
		assertThat(lookups).hasValue(1);
	}

	@Test
	void anIdentifierNobodyHasIsAskedEveryTimeSoAMemberEnrolledElsewhereIsFoundAtOnce() {
		UUID enrolled = UUID.randomUUID();

		assertThat(cache.id(TENANT_A, "phone", "+989120000000", database(Optional.empty()))).isEmpty();
		assertThat(cache.id(TENANT_A, "phone", "+989120000000", database(Optional.of(enrolled)))).contains(enrolled);
		assertThat(lookups).hasValue(2);
	}

	@Test
	void theSameIdentifierInAnotherTenantOrColumnIsAnotherMember() {
		UUID a = UUID.randomUUID();
		UUID b = UUID.randomUUID();
		UUID byPhone = UUID.randomUUID();

		cache.id(TENANT_A, "card_number", "1234", database(Optional.of(a)));

		assertThat(cache.id(TENANT_B, "card_number", "1234", database(Optional.of(b)))).contains(b);
		assertThat(cache.id(TENANT_A, "phone", "1234", database(Optional.of(byPhone)))).contains(byPhone);
		assertThat(cache.id(TENANT_A, "card_number", "1234", database(Optional.empty()))).contains(a);
		assertThat(lookups).hasValue(3);
	}

	@Test
	void anAnswerIsRememberedForItsTimeToLiveAndAskedAgainAfter() {
		UUID member = UUID.randomUUID();
		cache.id(TENANT_A, "email", "a@example.com", database(Optional.of(member)));

		nanos.addAndGet(Duration.ofMinutes(10).minusNanos(1).toNanos());
		cache.id(TENANT_A, "email", "a@example.com", database(Optional.of(member)));
		assertThat(lookups).hasValue(1);

		nanos.addAndGet(1);
		cache.id(TENANT_A, "email", "a@example.com", database(Optional.of(member)));
		assertThat(lookups).hasValue(2);
	}

	@Test
	void theCacheHoldsNoMoreThanItsBound() {
		for (int i = 0; i < 5_000; i++) {
			cache.id(TENANT_A, "card_number", "C-" + i, database(Optional.of(UUID.randomUUID())));
		}
		cache.entries().cleanUp();

		assertThat(cache.entries().estimatedSize()).isLessThanOrEqualTo(1_000);
	}

	@Test
	void hitsAndMissesAreCountedUnderTheCachesName() {
		SimpleMeterRegistry registry = new SimpleMeterRegistry();
		cache.bindTo(registry);
		UUID member = UUID.randomUUID();

		cache.id(TENANT_A, "card_number", "C-1", database(Optional.of(member)));
		cache.id(TENANT_A, "card_number", "C-1", database(Optional.of(member)));
		cache.id(TENANT_A, "card_number", "C-1", database(Optional.of(member)));

		assertThat(registry.get("cache.gets").tags("cache", "vafa.members.ids", "result", "hit").functionCounter()
			.count()).isEqualTo(2);
		assertThat(registry.get("cache.gets").tags("cache", "vafa.members.ids", "result", "miss").functionCounter()
			.count()).isEqualTo(1);
		assertThat(registry.get("cache.size").tags("cache", "vafa.members.ids").gauge().value()).isEqualTo(1);
	}
}
