package ir.vafa.tenancy.internal;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * Remembers tokens it has verified until they expire. A POS sends the same access token with every purchase for
 * its lifetime (minutes); verifying its signature and claims each time was a fifth of a purchase's CPU. Only a
 * token that passed the full check is remembered, and a remembered token is refused again once it expires, so
 * what is accepted is exactly what the delegate accepts.
 */
final class CachingJwtDecoder implements JwtDecoder {

	static final int MAX_ENTRIES = 20_000;

	private final JwtDecoder delegate;
	private final Clock clock;
	private final Map<String, Jwt> verified = new ConcurrentHashMap<>();

	CachingJwtDecoder(JwtDecoder delegate, Clock clock) {
		this.delegate = delegate;
		this.clock = clock;
	}

	@Override
	public Jwt decode(String token) throws JwtException {
		Jwt known = verified.get(token);
		if (known != null && known.getExpiresAt() != null && clock.instant().isBefore(known.getExpiresAt())) {
			return known;
		}
		if (known != null) {
			verified.remove(token);
		}
		Jwt jwt = delegate.decode(token);
		if (jwt.getExpiresAt() != null) {
			if (verified.size() >= MAX_ENTRIES) {
				// rare (that many live tokens on one node): start over rather than track recency on every hit
				verified.clear();
			}
			verified.put(token, jwt);
		}
		return jwt;
	}
}
