package ir.vafa.platform;

import java.security.SecureRandom;
import java.util.Random;
import java.util.UUID;

/**
 * Ids of rows written at a high rate (purchases, returns, rewards, members): version 7 UUIDs (RFC 9562), a
 * millisecond timestamp followed by 74 random bits. Random (version 4) keys send every insert to a random page of
 * each index on them: pages fall out of the cache, and after each checkpoint nearly every insert writes a whole
 * page image into the WAL. Time-ordered keys append near the right edge of the index instead.
 */
public final class Ids {

	private static final SecureRandom RANDOM = new SecureRandom();

	private Ids() {
	}

	public static UUID timeOrdered() {
		return timeOrdered(System.currentTimeMillis(), RANDOM);
	}

	static UUID timeOrdered(long epochMillis, Random random) {
		if (epochMillis < 0 || epochMillis >>> 48 != 0) {
			throw new IllegalArgumentException("Outside version 7's 48-bit millisecond range: " + epochMillis);
		}
		long high = epochMillis << 16 | 0x7000L | (random.nextInt() & 0x0FFFL);
		long low = random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL | 0x8000_0000_0000_0000L;
		return new UUID(high, low);
	}
}
