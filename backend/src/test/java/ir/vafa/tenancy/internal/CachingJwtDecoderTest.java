package ir.vafa.tenancy.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.BadJwtException;

class CachingJwtDecoderTest {

	private static final Instant ISSUED = Instant.parse("2026-11-25T10:00:00Z");

	private final AtomicInteger verifications = new AtomicInteger();

	private final JwtDecoder verifier = token -> {
		verifications.incrementAndGet();
		if (token.startsWith("bad")) {
			throw new org.springframework.security.oauth2.jwt.BadJwtException("bad signature");
		}
		return Jwt.withTokenValue(token).header("alg", "RS256").claim("tenant_id", "t")
			.issuedAt(ISSUED).expiresAt(ISSUED.plusSeconds(300)).build();
	};

	@Test
	void aTokenIsVerifiedOnceWhileItLives() {
		CachingJwtDecoder decoder = new CachingJwtDecoder(verifier, Clock.fixed(ISSUED.plusSeconds(10), ZoneOffset.UTC));
		decoder.decode("good");
		decoder.decode("good");
		assertThat(decoder.decode("good").getClaimAsString("tenant_id")).isEqualTo("t");
		assertThat(verifications).hasValue(1);
	}

	@Test
	void anExpiredTokenIsVerifiedAgainAndABadOneIsNeverRemembered() {
		Clock late = Clock.fixed(ISSUED.plusSeconds(301), ZoneOffset.UTC);
		CachingJwtDecoder decoder = new CachingJwtDecoder(verifier, late);
		decoder.decode("good");
		decoder.decode("good");
		assertThat(verifications).hasValue(2);

		assertThatThrownBy(() -> decoder.decode("bad")).isInstanceOf(BadJwtException.class);
		assertThatThrownBy(() -> decoder.decode("bad")).isInstanceOf(BadJwtException.class);
		assertThat(verifications).hasValue(4);
	}
}
