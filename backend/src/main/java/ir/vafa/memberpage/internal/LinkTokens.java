package ir.vafa.memberpage.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Member page tokens: {@code <claims>.<signature>}, both base64url without padding. The claims are 45 bytes: a format
 * version (1), the tenant id, the member id (16 bytes each), the expiry (epoch seconds, 8 bytes) and the member's
 * link generation (4 bytes); the signature is HMAC-SHA256 over the claims' bytes with the server's secret. A token
 * is taken only when it decodes to exactly that shape and its signature matches (compared in constant time), so a
 * changed byte anywhere, a cut signature or a token of another secret is refused before any claim is read. Plain
 * Java, no Spring: unit-tested on its own.
 */
final class LinkTokens {

	static final int MIN_SECRET_BYTES = 32;
	private static final byte VERSION = 1;
	private static final int CLAIMS_BYTES = 1 + 16 + 16 + 8 + 4;
	private static final int SIGNATURE_BYTES = 32;
	private static final String ALGORITHM = "HmacSHA256";
	private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
	private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

	private final SecretKeySpec key;

	LinkTokens(String secret) {
		if (secret == null || secret.getBytes(StandardCharsets.UTF_8).length < MIN_SECRET_BYTES) {
			throw new IllegalArgumentException("vafa.member-page.secret must be at least " + MIN_SECRET_BYTES
					+ " bytes (e.g. `openssl rand -base64 48`); member page links are signed with it");
		}
		this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
	}

	/** What a token says: whose page, until when, and of which generation of the member's links. */
	record Claims(UUID tenant, UUID member, Instant expiresAt, int generation) {
	}

	String sign(Claims claims) {
		ByteBuffer bytes = ByteBuffer.allocate(CLAIMS_BYTES)
			.put(VERSION)
			.putLong(claims.tenant().getMostSignificantBits()).putLong(claims.tenant().getLeastSignificantBits())
			.putLong(claims.member().getMostSignificantBits()).putLong(claims.member().getLeastSignificantBits())
			.putLong(claims.expiresAt().getEpochSecond())
			.putInt(claims.generation());
		byte[] payload = bytes.array();
		return ENCODER.encodeToString(payload) + "." + ENCODER.encodeToString(mac(payload));
	}

	/** The claims of a token we signed as it is; empty for anything else. Says nothing of its expiry. */
	Optional<Claims> verify(String token) {
		if (token == null || token.length() > 200) {
			return Optional.empty();
		}
		int dot = token.indexOf('.');
		if (dot < 0 || dot != token.lastIndexOf('.')) {
			return Optional.empty();
		}
		byte[] payload;
		byte[] signature;
		try {
			payload = DECODER.decode(token.substring(0, dot));
			signature = DECODER.decode(token.substring(dot + 1));
		}
		catch (IllegalArgumentException e) {
			return Optional.empty();
		}
		// Base64 leaves slack in the last character's low bits: a token must be the one encoding of its bytes, so no
		// two spellings of one token exist.
		if (payload.length != CLAIMS_BYTES || signature.length != SIGNATURE_BYTES
				|| !token.equals(ENCODER.encodeToString(payload) + "." + ENCODER.encodeToString(signature))) {
			return Optional.empty();
		}
		if (!MessageDigest.isEqual(mac(payload), signature)) {
			return Optional.empty();
		}
		ByteBuffer bytes = ByteBuffer.wrap(payload);
		if (bytes.get() != VERSION) {
			return Optional.empty();
		}
		UUID tenant = new UUID(bytes.getLong(), bytes.getLong());
		UUID member = new UUID(bytes.getLong(), bytes.getLong());
		Instant expiresAt = Instant.ofEpochSecond(bytes.getLong());
		int generation = bytes.getInt();
		return Optional.of(new Claims(tenant, member, expiresAt, generation));
	}

	private byte[] mac(byte[] payload) {
		try {
			Mac mac = Mac.getInstance(ALGORITHM);
			mac.init(key);
			return mac.doFinal(payload);
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
		}
	}
}
