package ir.vafa.tenancy.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.benmanes.caffeine.cache.Ticker;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

class CachingJwtDecoderTest {

	private static final Instant ISSUED = Instant.parse("2026-11-25T10:00:00Z");

	private final AtomicInteger verifications = new AtomicInteger();
	private final TestTime time = new TestTime(ISSUED.plusSeconds(10));

	/** Like Spring's decoder: refuses bad signatures and expired tokens (here without clock skew). */
	private final JwtDecoder verifier = token -> {
		verifications.incrementAndGet();
		if (token.startsWith("bad")) {
			throw new BadJwtException("bad signature");
		}
		Jwt.Builder jwt = Jwt.withTokenValue(token).header("alg", "RS256").claim("tenant_id", "t").issuedAt(ISSUED);
		if (token.startsWith("eternal")) {
			return jwt.build();
		}
		if (!time.instant().isBefore(ISSUED.plusSeconds(300))) {
			throw new BadJwtException("expired");
		}
		return jwt.expiresAt(ISSUED.plusSeconds(300)).build();
	};

	private final CachingJwtDecoder decoder = new CachingJwtDecoder(verifier, 1_000, time, time);

	@Test
	void aTokenIsVerifiedOnceWhileItLives() {
		decoder.decode("good");
		decoder.decode("good");
		assertThat(decoder.decode("good").getClaimAsString("tenant_id")).isEqualTo("t");
		assertThat(verifications).hasValue(1);
	}

	@Test
	void aRememberedTokenIsVerifiedAgainTheMomentItExpires() {
		decoder.decode("good");

		time.advance(Duration.ofSeconds(290).minusNanos(1));
		decoder.decode("good");
		assertThat(verifications).hasValue(1);

		time.advance(Duration.ofNanos(1));
		assertThatThrownBy(() -> decoder.decode("good")).isInstanceOf(BadJwtException.class);
		assertThat(verifications).hasValue(2);
	}

	@Test
	void aTokenExpiredWhenVerifiedIsVerifiedEachTime() {
		CachingJwtDecoder late = new CachingJwtDecoder(token -> {
			verifications.incrementAndGet();
			return Jwt.withTokenValue(token).header("alg", "RS256").expiresAt(ISSUED.plusSeconds(300)).build();
		}, 1_000, Clock.fixed(ISSUED.plusSeconds(301), ZoneOffset.UTC), time);
		late.decode("good");
		late.decode("good");
		assertThat(verifications).hasValue(2);
	}

	@Test
	void aBadTokenOrOneWithoutExpiryIsNeverRemembered() {
		assertThatThrownBy(() -> decoder.decode("bad")).isInstanceOf(BadJwtException.class);
		assertThatThrownBy(() -> decoder.decode("bad")).isInstanceOf(BadJwtException.class);
		decoder.decode("eternal");
		decoder.decode("eternal");
		assertThat(verifications).hasValue(4);
	}

	@Test
	void theCacheHoldsNoMoreThanItsBound() {
		for (int i = 0; i < 5_000; i++) {
			decoder.decode("good-" + i);
		}
		decoder.entries().cleanUp();

		assertThat(decoder.entries().estimatedSize()).isLessThanOrEqualTo(1_000);
	}

	@Test
	void hitsAndMissesAreCountedUnderTheCachesName() {
		SimpleMeterRegistry registry = new SimpleMeterRegistry();
		decoder.metrics().bindTo(registry);

		decoder.decode("good");
		decoder.decode("good");

		assertThat(registry.get("cache.gets").tags("cache", "vafa.tokens", "result", "hit").functionCounter().count())
			.isEqualTo(1);
		assertThat(registry.get("cache.gets").tags("cache", "vafa.tokens", "result", "miss").functionCounter().count())
			.isEqualTo(1);
	}

	/** One time for the wall clock ({@code exp}) and the cache's ticker, moved by hand. */
	static final class TestTime extends Clock implements Ticker {

		private volatile Instant now;

		TestTime(Instant start) {
			this.now = start;
		}

		void advance(Duration duration) {
			now = now.plus(duration);
		}

		@Override
		public Instant instant() {
			return now;
		}

		@Override
		public long read() {
			return now.getEpochSecond() * 1_000_000_000L + now.getNano();
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			throw new UnsupportedOperationException();
		}
	}
}
