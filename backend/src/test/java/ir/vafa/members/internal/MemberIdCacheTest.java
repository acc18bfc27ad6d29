package ir.vafa.members.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

class MemberIdCacheTest {

	private static final UUID TENANT_A = UUID.randomUUID();
	private static final UUID TENANT_B = UUID.randomUUID();

	private final AtomicInteger lookups = new AtomicInteger();

	private Supplier<Optional<UUID>> database(Optional<UUID> answer) {
		return () -> {
			lookups.incrementAndGet();
			return answer;
		};
	}

	private final MemberIdCache cache = new MemberIdCache(Duration.ofMinutes(10));

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
	void anAnswerOlderThanItsTimeToLiveIsAskedAgain() {
		MemberIdCache forgetful = new MemberIdCache(Duration.ZERO);
		UUID member = UUID.randomUUID();

		forgetful.id(TENANT_A, "email", "a@example.com", database(Optional.of(member)));
		forgetful.id(TENANT_A, "email", "a@example.com", database(Optional.of(member)));

		assertThat(lookups).hasValue(2);
	}
}
