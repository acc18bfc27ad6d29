package ir.vafa.rewards.internal;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.EstimationProbe;
import ir.vafa.platform.ApiProblem;
import ir.vafa.tenancy.CurrentTenant;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How often each client (a POS client or a staff user, of a tenant) may look up a code that is no voucher: a token
 * bucket per client, emptied by misses only, so a till that scans real vouchers all day is never slowed, while
 * guessing 60-bit codes stays hopeless. Buckets live on the node (one per client seen in the last hour): behind a
 * load balancer each node allows its own rate.
 */
@Component
class VoucherGuesses {

	private final int missesPerMinute;
	private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
		.expireAfterAccess(Duration.ofHours(1))
		.maximumSize(100_000)
		.build();

	VoucherGuesses(@Value("${vafa.vouchers.misses-per-minute:10}") int missesPerMinute) {
		this.missesPerMinute = missesPerMinute;
	}

	/** Refuses with 429 (and when to try again) a client that used up its misses. */
	void allow(String client) {
		EstimationProbe probe = bucket(client).estimateAbilityToConsume(1);
		if (!probe.canBeConsumed()) {
			throw ApiProblem.tooMany("Too many unknown voucher codes from this client; try again later",
					TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill()) + 1);
		}
	}

	void missed(String client) {
		bucket(client).tryConsume(1);
	}

	private Bucket bucket(String client) {
		return buckets.get(CurrentTenant.id() + "/" + client, key -> Bucket.builder()
			.addLimit(Bandwidth.builder()
				.capacity(missesPerMinute)
				.refillGreedy(missesPerMinute, Duration.ofMinutes(1))
				.build())
			.build());
	}
}
