package ir.vafa.notifications.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import ir.vafa.jobs.TenantJob;
import ir.vafa.notifications.Channel;
import ir.vafa.notifications.NotificationMessage;
import ir.vafa.tenancy.TenantDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the queued messages that are due. Each is sent in a short transaction of its own that locks its row (skipping
 * one another run holds) and marks it SENT before committing, so a sent message is never sent again and two runs
 * never send one message twice. A failed send is tried again after {@code retry-base} × 2^(attempts − 1) (at most
 * {@code retry-max}); after {@code max-attempts} it is FAILED with the last error. The one window left: the node dies
 * after the SMTP server (or SMS gateway) accepted the message and before the commit; then it is sent again.
 */
@Component
class DeliveryJob extends TenantJob {

	private static final Logger log = LoggerFactory.getLogger(DeliveryJob.class);
	static final int BATCH = 100;

	private final NotificationStore store;
	private final Map<Channel, NotificationChannel> channels;
	private final TransactionTemplate transaction;
	private final Duration retryBase;
	private final Duration retryMax;
	private final int maxAttempts;

	DeliveryJob(NotificationStore store, List<NotificationChannel> channels, TenantDirectory tenants,
			PlatformTransactionManager transactions,
			@Value("${vafa.jobs.notification-delivery.every:PT30S}") Duration every,
			@Value("${vafa.notifications.retry-base:PT1M}") Duration retryBase,
			@Value("${vafa.notifications.retry-max:PT6H}") Duration retryMax,
			@Value("${vafa.notifications.max-attempts:8}") int maxAttempts) {
		super("notification-delivery", "Sends the members' queued notifications; retries failures with backoff", every,
				tenants);
		this.store = store;
		this.channels = channels.stream().collect(Collectors.toMap(NotificationChannel::channel, Function.identity()));
		this.transaction = new TransactionTemplate(transactions);
		this.retryBase = retryBase;
		this.retryMax = retryMax;
		this.maxAttempts = maxAttempts;
	}

	@Override
	protected String[] countNames() {
		return new String[] { "sent", "retrying", "failed" };
	}

	@Override
	protected void run(UUID tenant, Instant now, Counts counts) {
		List<UUID> due;
		int tried;
		do {
			due = transaction.execute(status -> store.due(now, BATCH));
			tried = 0;
			for (UUID id : due) {
				Boolean handled = transaction.execute(status -> store.lockDue(id, now).map(m -> {
					deliver(m, now, counts);
					return true;
				}).orElse(false));
				tried += Boolean.TRUE.equals(handled) ? 1 : 0;
			}
		}
		// a full batch may have more behind it (a failed message is not due again in this run); a batch another run
		// holds whole is left to it
		while (due.size() == BATCH && tried > 0);
	}

	private void deliver(NotificationMessage message, Instant now, Counts counts) {
		try {
			channels.get(message.channel()).send(message);
			store.markSent(message.id(), now);
			counts.add("sent", 1);
		}
		catch (Exception e) {
			int attempts = message.attempts() + 1;
			String error = e.getClass().getSimpleName() + ": " + e.getMessage();
			error = error.length() > 1000 ? error.substring(0, 1000) : error;
			if (attempts >= maxAttempts) {
				log.warn("Notification {} ({} to {}) failed {} times; given up: {}", message.id(), message.channel(),
						message.recipient(), attempts, error);
				store.markFailed(message.id(), error, null);
				counts.add("failed", 1);
			}
			else {
				Instant next = now.plus(backoff(attempts));
				log.info("Notification {} ({}) failed (attempt {}), next at {}: {}", message.id(), message.channel(),
						attempts, next, error);
				store.markFailed(message.id(), error, next);
				counts.add("retrying", 1);
			}
		}
	}

	/** After the n-th failure: base × 2^(n−1), at most the maximum. */
	Duration backoff(int failures) {
		Duration wait = retryBase.multipliedBy(1L << Math.min(failures - 1, 30));
		return wait.compareTo(retryMax) > 0 ? retryMax : wait;
	}
}
