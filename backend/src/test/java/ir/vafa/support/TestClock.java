package ir.vafa.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The application's clock in the API tests: real time, shifted by what a test asks for, so that pending windows,
 * expiries and grace periods pass without waiting. Tests that shift it reset it after themselves
 * ({@link ApiTest} does, after every test).
 */
public final class TestClock extends Clock {

	private static final AtomicReference<Duration> OFFSET = new AtomicReference<>(Duration.ZERO);

	private final ZoneId zone;

	TestClock() {
		this(ZoneOffset.UTC);
	}

	private TestClock(ZoneId zone) {
		this.zone = zone;
	}

	/** Moves the application's time forward (or back) by {@code by}. */
	public static void shift(Duration by) {
		OFFSET.updateAndGet(offset -> offset.plus(by));
	}

	public static void reset() {
		OFFSET.set(Duration.ZERO);
	}

	public static Instant now() {
		return Instant.now().plus(OFFSET.get());
	}

	@Override
	public Instant instant() {
		return now();
	}

	@Override
	public ZoneId getZone() {
		return zone;
	}

	@Override
	public Clock withZone(ZoneId other) {
		return new TestClock(other);
	}
}
