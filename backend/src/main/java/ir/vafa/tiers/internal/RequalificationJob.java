package ir.vafa.tiers.internal;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import ir.vafa.jobs.TenantJob;
import ir.vafa.programs.ActiveProgram;
import ir.vafa.programs.Programs;
import ir.vafa.programs.TierLadder.Level;
import ir.vafa.tenancy.CurrentTenant;
import ir.vafa.tenancy.TenantDirectory;
import ir.vafa.tiers.MemberTier;
import ir.vafa.tiers.TierChanged;
import ir.vafa.tiers.TierHistoryEntry.Reason;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Requalifies members above the lowest tier. A member who no longer reaches their tier's threshold starts the
 * ladder's grace period (keeping the tier), and is moved down to the tier they qualify for once it has passed; one
 * who qualifies again during it ends it. A rolling window is checked on every run; a calendar-year window counts
 * the better of this year and last year, so a tier earned in one year is kept through the next and lost only after
 * a whole year below it. A placement by hand that has ended gives way to the tier the member qualifies for. Each
 * member is one transaction under their tier row's lock: a second run at once, or one after a crash, finds nothing
 * to do twice.
 */
@Component
class RequalificationJob extends TenantJob {

	private final TierService tiers;
	private final TierStore store;
	private final Programs programs;
	private final ApplicationEventPublisher events;
	private final TransactionTemplate transaction;

	RequalificationJob(TierService tiers, TierStore store, Programs programs, TenantDirectory tenants,
			ApplicationEventPublisher events, PlatformTransactionManager transactions,
			@Value("${vafa.jobs.tier-requalification.every:PT1H}") Duration every) {
		super("tier-requalification",
				"Starts grace periods, moves members down after them, ends placements by hand that ran out", every,
				tenants);
		this.tiers = tiers;
		this.store = store;
		this.programs = programs;
		this.events = events;
		this.transaction = new TransactionTemplate(transactions);
	}

	@Override
	protected String[] countNames() {
		return new String[] { "members", "graceStarted", "movedDown", "placementsEnded" };
	}

	@Override
	protected void run(UUID tenant, Instant now, Counts counts) {
		programs.active().filter(p -> p.tiers() != null).ifPresent(program -> requalify(program, now, counts));
	}

	private void requalify(ActiveProgram program, Instant now, Counts counts) {
		UUID after = null;
		while (true) {
			List<UUID> members = store.membersWithTiers(500, after);
			if (members.isEmpty()) {
				return;
			}
			for (UUID member : members) {
				transaction.executeWithoutResult(tx -> requalify(member, program, now, counts));
				counts.add("members", 1);
			}
			after = members.getLast();
		}
	}

	private void requalify(UUID member, ActiveProgram program, Instant now, Counts counts) {
		Ladder ladder = new Ladder(program.tiers());
		MemberTier standing = tiers.standing(member, program, true);
		TierStore.State state = store.standing(member, ladder.column(), standing.windowStart(),
				now.atZone(program.zone()).toLocalDate()).state();
		if (state.manualUntil() != null) {
			if (!state.manualUntil().isAfter(now)) {
				tiers.end(member, program, standing, null, now);
				counts.add("placementsEnded", 1);
			}
			return;
		}
		Level current = ladder.levelOf(state.tierId());
		BigDecimal value = keepValue(member, ladder, standing, program, now);
		Level qualifying = ladder.qualifyingFor(value);
		if (ladder.rank(qualifying) >= ladder.rank(current)) {
			if (state.graceUntil() != null) {
				store.set(member, current.id(), state.since(), state.reachedByPurchase(), null, null, null, null);
				store.history(member, current.id(), current.id(), Reason.GRACE_ENDED, value, null, program.version(), null,
						null, now);
			}
			return;
		}
		int graceDays = program.tiers().graceDaysOrZero();
		if (graceDays > 0 && state.graceUntil() == null) {
			Instant until = now.atZone(program.zone()).plusDays(graceDays).toInstant();
			store.set(member, current.id(), state.since(), state.reachedByPurchase(), null, null, null, until);
			store.history(member, current.id(), current.id(), Reason.GRACE_STARTED, value, null, program.version(), null,
					"keeps " + current.id() + " until " + until, now);
			counts.add("graceStarted", 1);
			return;
		}
		if (graceDays > 0 && state.graceUntil().isAfter(now)) {
			return;
		}
		store.set(member, qualifying.id(), now, null, null, null, null, null);
		store.history(member, current.id(), qualifying.id(), Reason.DOWNGRADE, value, null, program.version(), null,
				null, now);
		events.publishEvent(new TierChanged(CurrentTenant.id(), member, current.id(), qualifying.id(), Reason.DOWNGRADE));
		counts.add("movedDown", 1);
	}

	/** The value that keeps a tier: the rolling window's, or the better of this calendar year and the last. */
	private BigDecimal keepValue(UUID member, Ladder ladder, MemberTier standing, ActiveProgram program, Instant now) {
		if (ladder.rolling()) {
			return standing.value();
		}
		LocalDate thisYear = standing.windowStart();
		LocalDate lastYear = ladder.yearStart(thisYear.minusDays(1));
		BigDecimal previous = store.standing(member, ladder.column(), lastYear, thisYear.minusDays(1)).value();
		return standing.value().max(previous);
	}
}
