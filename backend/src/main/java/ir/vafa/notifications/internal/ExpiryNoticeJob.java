package ir.vafa.notifications.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import ir.vafa.jobs.TenantJob;
import ir.vafa.ledger.ExpiringPoints;
import ir.vafa.ledger.Ledger;
import ir.vafa.notifications.EventType;
import ir.vafa.notifications.NotificationSettings;
import ir.vafa.tenancy.TenantDirectory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tells members of points that expire within the tenant's {@code expiryWarningDays}: one message per member and last
 * day (all their lots that expire on that day together). The key is the member and the day, so the daily runs that
 * see the same lots again, or two runs at once, queue it once.
 */
@Component
class ExpiryNoticeJob extends TenantJob {

	static final int LIMIT = 10_000;

	private final Ledger ledger;
	private final NotificationService notifications;
	private final MessageValues values;
	private final Outbox outbox;
	private final TransactionTemplate transaction;

	ExpiryNoticeJob(Ledger ledger, NotificationService notifications, MessageValues values, Outbox outbox,
			TenantDirectory tenants, PlatformTransactionManager transactions,
			@Value("${vafa.jobs.points-expiry-notice.every:PT24H}") Duration every) {
		super("points-expiry-notice", "Tells members of points that expire within the tenant's warning days", every,
				tenants);
		this.ledger = ledger;
		this.notifications = notifications;
		this.values = values;
		this.outbox = outbox;
		this.transaction = new TransactionTemplate(transactions);
	}

	@Override
	protected String[] countNames() {
		return new String[] { "members", "queued" };
	}

	@Override
	protected void run(UUID tenant, Instant now, Counts counts) {
		NotificationSettings settings = notifications.settings();
		ZoneId zone = values.zone();
		List<ExpiringPoints> expiring = ledger.expiringBetween(now, now.plus(Duration.ofDays(settings.expiryWarningDays())),
				LIMIT);
		// one notice per member and last day: lots expiring at different moments of one day count together
		Map<String, Notice> notices = new LinkedHashMap<>();
		for (ExpiringPoints e : expiring) {
			LocalDate lastDay = e.expiresAt().atZone(zone).minusNanos(1).toLocalDate();
			notices.merge(e.memberId() + ":" + lastDay, new Notice(e.memberId(), lastDay, e.points()),
					(a, b) -> new Notice(a.member(), a.lastDay(), a.points() + b.points()));
		}
		for (Map.Entry<String, Notice> n : notices.entrySet()) {
			Notice notice = n.getValue();
			Integer queued = transaction.execute(status -> outbox.enqueue(notice.member(), EventType.POINTS_EXPIRING,
					"points-expiring:" + n.getKey(), new Facts(null, null, notice.points(), notice.lastDay())));
			counts.add("members", 1);
			counts.add("queued", queued == null ? 0 : queued);
		}
	}

	private record Notice(UUID member, LocalDate lastDay, long points) {
	}
}
