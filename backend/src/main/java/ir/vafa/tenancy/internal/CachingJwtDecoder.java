package ir.vafa.tenancy.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Ticker;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * Remembers tokens it has verified until they expire. A POS sends the same access token with every purchase for
 * its lifetime (minutes); verifying its signature and claims each time was a fifth of a purchase's CPU. Only a
 * token that passed the full check is remembered, each until the instant of its own {@code exp}, after which the
 * delegate decides again; so what is accepted is exactly what the delegate accepts. Its statistics are the
 * {@code cache.*} meters tagged {@code cache=vafa.tokens}.
 */
final class CachingJwtDecoder implements JwtDecoder {

	static final String NAME = "vafa.tokens";
	static final int MAX_ENTRIES = 20_000;

	private final JwtDecoder delegate;
	private final Clock clock;
	private final Cache<String, Jwt> verified;

	CachingJwtDecoder(JwtDecoder delegate) {
		this(delegate, MAX_ENTRIES, Clock.systemUTC(), Ticker.systemTicker());
	}

	/** @param clock reads the wall time that {@code exp} is in; {@code ticker} then counts down to it */
	CachingJwtDecoder(JwtDecoder delegate, int maxEntries, Clock clock, Ticker ticker) {
		this.delegate = delegate;
		this.clock = clock;
		this.verified = Caffeine.newBuilder()
			.maximumSize(maxEntries)
			.expireAfter(Expiry.<String, Jwt>writing((token, jwt) -> Duration.between(clock.instant(),
					jwt.getExpiresAt())))
			.ticker(ticker)
			.recordStats()
			.build();
	}

	@Override
	public Jwt decode(String token) throws JwtException {
		Jwt known = verified.getIfPresent(token);
		if (known != null) {
			return known;
		}
		Jwt jwt = delegate.decode(token);
		if (jwt.getExpiresAt() != null && clock.instant().isBefore(jwt.getExpiresAt())) {
			verified.put(token, jwt);
		}
		return jwt;
	}

	MeterBinder metrics() {
		return new CaffeineCacheMetrics<>(verified, NAME, List.of());
	}

	Cache<?, ?> entries() {
		return verified;
	}
}
