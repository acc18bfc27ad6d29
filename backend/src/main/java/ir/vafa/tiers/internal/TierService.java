package ir.vafa.tiers.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import ir.vafa.ledger.MemberLock;
import ir.vafa.platform.ApiProblem;
import ir.vafa.programs.ActiveProgram;
import ir.vafa.programs.Programs;
import ir.vafa.programs.TierLadder.Level;
import ir.vafa.tenancy.CurrentTenant;
import ir.vafa.tiers.MemberTier;
import ir.vafa.tiers.TierChanged;
import ir.vafa.tiers.TierHistoryEntry;
import ir.vafa.tiers.TierHistoryEntry.Reason;
import ir.vafa.tiers.Tiers;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A member's standing, history and placements by hand. The standing is worked out when asked: the qualifying value
 * over the window, the next tier and how far it is, and what keeping the current one needs by when.
 */
@Service
class TierService implements Tiers {

	private final TierStore store;
	private final MemberLock locks;
	private final Programs programs;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	TierService(TierStore store, MemberLock locks, Programs programs, ApplicationEventPublisher events, Clock clock) {
		this.store = store;
		this.locks = locks;
		this.programs = programs;
		this.events = events;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<MemberTier> of(UUID member) {
		return programs.active().filter(p -> p.tiers() != null).map(program -> standing(member, program, false));
	}

	/** With {@code lock}, takes the member's lock first: the answer then decides a change. */
	MemberTier standing(UUID member, ActiveProgram program, boolean lock) {
		if (lock) {
			locks.lock(member);
		}
		Ladder ladder = new Ladder(program.tiers());
		ZoneId zone = program.zone();
		Instant now = clock.instant();
		LocalDate today = now.atZone(zone).toLocalDate();
		LocalDate start = ladder.windowStart(today);
		TierStore.Standing standing = store.standing(member, ladder.column(), start, today);
		TierStore.State state = standing.state();
		Level current = ladder.levelOf(state.tierId());
		BigDecimal value = standing.value();
		MemberTier.Next next = ladder.above(current).map(l -> new MemberTier.Next(l.id(), l.name(), l.threshold(),
				l.threshold().subtract(value).max(BigDecimal.ZERO))).orElse(null);
		MemberTier.Keep keep = current == ladder.lowest() ? null : keep(member, ladder, current, value, today);
		MemberTier.Assignment assignment = state.placedAt(now)
				? new MemberTier.Assignment(state.manualUntil(), state.manualReason(), state.manualBy()) : null;
		return new MemberTier(current.id(), current.name(), state.since(), ladder.qualification().metric(), start, value,
				next, keep, assignment, state.graceUntil());
	}

	/**
	 * Rolling window: the day the oldest activity counted today leaves the window far enough for the value to fall
	 * under the threshold, and how much is needed by then. Calendar year: what this year still needs, by its end
	 * (last year's value keeps the tier through this year).
	 */
	private MemberTier.Keep keep(UUID member, Ladder ladder, Level current, BigDecimal value, LocalDate today) {
		BigDecimal threshold = current.threshold();
		if (!ladder.rolling()) {
			LocalDate end = ladder.nextYearStart(today).minusDays(1);
			return new MemberTier.Keep(threshold, threshold.subtract(value).max(BigDecimal.ZERO), end);
		}
		int months = ladder.qualification().months();
		BigDecimal left = value;
		for (Object[] day : store.days(member, ladder.column(), ladder.windowStart(today), today)) {
			left = left.subtract((BigDecimal) day[1]);
			if (left.compareTo(threshold) < 0) {
				// the day after this one leaves the window, the value is under the threshold
				LocalDate by = ((LocalDate) day[0]).plusMonths(months);
				return new MemberTier.Keep(threshold, threshold.subtract(left), by);
			}
		}
		return new MemberTier.Keep(threshold, threshold.subtract(left).max(BigDecimal.ZERO), today);
	}

	@Override
	@Transactional(readOnly = true)
	public List<TierHistoryEntry> history(UUID member, int limit) {
		return store.history(member, limit);
	}

	@Override
	@Transactional
	public MemberTier assign(UUID member, String tierId, Instant until, String reason, String actor) {
		ActiveProgram program = ladderProgram();
		Ladder ladder = new Ladder(program.tiers());
		Level level = ladder.find(tierId).orElseThrow(() -> ApiProblem.invalid("tierId", "is no tier of the ladder "
				+ ladder.levels().stream().map(Level::id).toList()));
		Instant now = clock.instant();
		if (until == null || !until.isAfter(now)) {
			throw ApiProblem.invalid("until", "must be in the future: a placement by hand ends on a date");
		}
		if (reason == null || reason.isBlank() || reason.length() > 500) {
			throw ApiProblem.invalid("reason", "is required (at most 500 characters)");
		}
		MemberTier before = standing(member, program, true);
		store.set(member, level.id(), now, null, until, reason, actor, null);
		store.history(member, before.tierId(), level.id(), Reason.MANUAL, before.value(), null, program.version(), actor,
				reason, now);
		events.publishEvent(new TierChanged(CurrentTenant.id(), member, before.tierId(), level.id(), Reason.MANUAL));
		return standing(member, program, false);
	}

	@Override
	@Transactional
	public MemberTier endAssignment(UUID member, String actor) {
		ActiveProgram program = ladderProgram();
		MemberTier before = standing(member, program, true);
		if (before.assignment() == null) {
			throw ApiProblem.notFound("The member has no placement by hand");
		}
		end(member, program, before, actor, clock.instant());
		return standing(member, program, false);
	}

	/** Ends a placement: the member is in the tier they qualify for, whatever the placement was. */
	void end(UUID member, ActiveProgram program, MemberTier before, String actor, Instant now) {
		Ladder ladder = new Ladder(program.tiers());
		Level earned = ladder.qualifyingFor(before.value());
		store.set(member, earned.id(), now, null, null, null, null, null);
		store.history(member, before.tierId(), earned.id(), Reason.MANUAL_ENDED, before.value(), null,
				program.version(), actor, null, now);
		if (!earned.id().equals(before.tierId())) {
			events.publishEvent(new TierChanged(CurrentTenant.id(), member, before.tierId(), earned.id(),
					Reason.MANUAL_ENDED));
		}
	}

	private ActiveProgram ladderProgram() {
		return programs.active().filter(p -> p.tiers() != null)
			.orElseThrow(() -> ApiProblem.conflict("The program has no tier ladder"));
	}
}
