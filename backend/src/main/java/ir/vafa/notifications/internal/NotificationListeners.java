package ir.vafa.notifications.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import ir.vafa.notifications.EventType;
import ir.vafa.redemptions.ReservationExpired;
import ir.vafa.redemptions.RewardRedeemed;
import ir.vafa.rewards.RewardChosen;
import ir.vafa.rewards.RewardIssued;
import ir.vafa.tenancy.CurrentTenant;
import ir.vafa.tiers.TierChanged;
import ir.vafa.tiers.TierHistoryEntry;
import ir.vafa.tiers.Tiers;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hears what happens to members, after the change commits, and queues their messages. Each delivery is in the outbox
 * (the event publication registry) until the listener completes, and is delivered again after a failure or a crash;
 * the message's unique event key makes the second delivery queue nothing.
 * <p>
 * Plain {@code @TransactionalEventListener}s rather than {@code @ApplicationModuleListener}: that one opens its
 * transaction before the method runs, and a redelivery (the event-redelivery job's thread) has no tenant yet, so the
 * connection would be bound to none and row-level security would hide everything. Here the tenant is bound first,
 * then a transaction of its own is opened.
 */
@Component
class NotificationListeners {

	private final Outbox outbox;
	private final Tiers tiers;
	private final MessageValues values;
	private final Clock clock;
	private final TransactionTemplate transaction;

	NotificationListeners(Outbox outbox, Tiers tiers, MessageValues values, Clock clock,
			PlatformTransactionManager transactions) {
		this.outbox = outbox;
		this.tiers = tiers;
		this.values = values;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactions);
		this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	@TransactionalEventListener
	void on(TierChanged event) {
		inTenant(event.tenantId(), () -> {
			EventType type = direction(event);
			if (type == null) {
				return;
			}
			outbox.enqueue(event.memberId(), type, tierKey(event), new Facts(event.toTier(), null, null, today()));
		});
	}

	/** A reward with a choice is told as one to choose, by its deadline's day; its voucher comes with the choice. */
	@TransactionalEventListener
	void on(RewardIssued event) {
		inTenant(event.tenantId(), () -> {
			if (event.awaitsChoice()) {
				outbox.enqueue(event.memberId(), EventType.REWARD_TO_CHOOSE, "reward-to-choose:" + event.rewardId(),
						new Facts(null, event.rewardCode(), null, day(event.chooseBy()), null, event.choices()));
			}
			else {
				outbox.enqueue(event.memberId(), EventType.REWARD_AVAILABLE, "reward-issued:" + event.rewardId(),
						new Facts(null, event.rewardCode(), null, today(), event.voucherCode(), List.of()));
			}
		});
	}

	@TransactionalEventListener
	void on(RewardChosen event) {
		inTenant(event.tenantId(), () -> outbox.enqueue(event.memberId(), EventType.REWARD_AVAILABLE,
				"reward-issued:" + event.rewardId(),
				new Facts(null, event.rewardCode(), null, today(), event.voucherCode(), List.of())));
	}

	@TransactionalEventListener
	void on(RewardRedeemed event) {
		inTenant(event.tenantId(), () -> outbox.enqueue(event.memberId(), EventType.REWARD_REDEEMED,
				"reward-redeemed:" + event.reservationId(),
				new Facts(null, event.rewardCode(), (long) event.points(), today())));
	}

	@TransactionalEventListener
	void on(ReservationExpired event) {
		inTenant(event.tenantId(), () -> outbox.enqueue(event.memberId(), EventType.RESERVATION_EXPIRED,
				"reservation-expired:" + event.reservationId(),
				new Facts(null, event.rewardCode(), (long) event.points(), today())));
	}

	/** Up or down as the program's ladder orders the two tiers (a move by hand or a return may go either way). */
	private EventType direction(TierChanged event) {
		int from = values.rank(event.fromTier());
		int to = values.rank(event.toTier());
		if (from >= 0 && to >= 0 && from != to) {
			return to > from ? EventType.TIER_UP : EventType.TIER_DOWN;
		}
		return switch (event.reason()) {
			case UPGRADE -> EventType.TIER_UP;
			case DOWNGRADE -> EventType.TIER_DOWN;
			default -> null;
		};
	}

	/**
	 * The event names no id of its own, so its key is the tier history entry it wrote: the member's newest one with
	 * the same move. A redelivery finds the same entry (or, after a newer identical move, that one's, whose message is
	 * queued already): never two messages for one entry.
	 */
	private String tierKey(TierChanged event) {
		return tiers.history(event.memberId(), 50).stream()
			.filter(h -> h.reason() == event.reason() && event.toTier().equals(h.toTier())
					&& java.util.Objects.equals(event.fromTier(), h.fromTier()))
			.findFirst()
			.map(TierHistoryEntry::id)
			.map(id -> "tier:" + id)
			.orElse("tier:" + event.memberId() + ":" + event.fromTier() + ">" + event.toTier() + ":" + today());
	}

	/** The day a deadline falls on, in the program's time zone; the last moment is just before it ends. */
	private LocalDate day(java.time.Instant at) {
		return at == null ? today() : at.minusNanos(1).atZone(values.zone()).toLocalDate();
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(values.zone()));
	}

	private void inTenant(UUID tenant, Runnable work) {
		CurrentTenant.runAs(tenant, () -> transaction.executeWithoutResult(status -> work.run()));
	}
}
