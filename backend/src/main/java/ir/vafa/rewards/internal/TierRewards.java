package ir.vafa.rewards.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import ir.vafa.catalog.Catalog;
import ir.vafa.platform.Ids;
import ir.vafa.programs.ActiveProgram;
import ir.vafa.programs.Programs;
import ir.vafa.programs.TierLadder;
import ir.vafa.rewards.RewardIssued;
import ir.vafa.rewards.VoucherCode;
import ir.vafa.tenancy.CurrentTenant;
import ir.vafa.tiers.TierChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gives a tier's reward to a member who moves up into the tier (by purchases, or placed there by an admin), the first
 * time only: a member who falls back and climbs again gets nothing more. Heard after the move commits, through the event
 * publication registry (redelivered after a crash); the unique (member, tier) row makes a second delivery give
 * nothing. The tenant is bound before the transaction opens, as for the notifications' listeners.
 */
@Component
class TierRewards {

	private final JdbcClient jdbc;
	private final Programs programs;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final Catalog catalog;
	private final TransactionTemplate transaction;

	TierRewards(JdbcClient jdbc, Programs programs, ApplicationEventPublisher events, Clock clock, Catalog catalog,
			PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.catalog = catalog;
		this.programs = programs;
		this.events = events;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactions);
		this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	@TransactionalEventListener
	void on(TierChanged event) {
		CurrentTenant.runAs(event.tenantId(), () -> transaction.executeWithoutResult(status -> give(event)));
	}

	private void give(TierChanged event) {
		Optional<ActiveProgram> program = programs.active();
		TierLadder ladder = program.map(ActiveProgram::tiers).orElse(null);
		if (ladder == null) {
			return;
		}
		List<TierLadder.Level> levels = ladder.levels();
		int from = rank(levels, event.fromTier());
		int to = rank(levels, event.toTier());
		if (to < 0 || to <= from || levels.get(to).rewardCode() == null) {
			return;
		}
		TierLadder.Level tier = levels.get(to);
		UUID id = Ids.timeOrdered();
		Instant now = clock.instant();
		String voucher = VoucherCode.random().value();
		// a tier that offers a choice waits for it (CHOOSING): no voucher, and no expiry, until one is chosen
		List<String> choices = tier.choice() == null ? List.of() : tier.choice().options(tier.rewardCode());
		Instant chooseBy = choices.isEmpty() ? null : now.plus(Duration.ofDays(tier.choice().daysOrDefault()));
		Instant expires = !choices.isEmpty() ? null
				: catalog.get(tier.rewardCode()).map(r -> r.definition().voucherExpiry(now)).orElse(null);
		List<UUID> given = jdbc.sql("""
				INSERT INTO issued_reward (tenant_id, id, member_id, reward_code, status, tier_id, rule_name,
				  program_version, issued_at, voucher_code, expires_at, choices, choose_by)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				ON CONFLICT (tenant_id, member_id, tier_id) WHERE tier_id IS NOT NULL DO NOTHING
				RETURNING id""")
			.params(CurrentTenant.id(), id, event.memberId(), tier.rewardCode(), choices.isEmpty() ? "ISSUED" : "CHOOSING",
					tier.id(), tier.name() == null ? tier.id() : tier.name().en(), program.get().version(),
					Timestamp.from(now), voucher, timestamp(expires),
					choices.isEmpty() ? null : choices.toArray(String[]::new), timestamp(chooseBy))
			.query(UUID.class)
			.list();
		if (!given.isEmpty()) {
			events.publishEvent(new RewardIssued(CurrentTenant.id(), event.memberId(), id, tier.rewardCode(), null,
					null, choices.isEmpty() ? voucher : null, choices, chooseBy));
		}
	}

	private static Timestamp timestamp(Instant at) {
		return at == null ? null : Timestamp.from(at);
	}

	private static int rank(List<TierLadder.Level> levels, String tierId) {
		for (int i = 0; i < levels.size(); i++) {
			if (levels.get(i).id().equals(tierId)) {
				return i;
			}
		}
		return -1;
	}
}
