package ir.vafa.purchases.internal;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A fingerprint of a request's meaning, so a retry is recognised whatever its JSON spacing, key order or
 * number spelling ("100.0" and "100" are one amount).
 */
final class RequestHash {

	private final StringBuilder canonical = new StringBuilder();

	RequestHash add(Object value) {
		String text = value instanceof BigDecimal d ? d.stripTrailingZeros().toPlainString() : String.valueOf(value);
		canonical.append(text.length()).append(':').append(text).append('|');
		return this;
	}

	String hex() {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
