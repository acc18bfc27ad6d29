package ir.vafa.tiers.internal;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import ir.vafa.platform.ReadBatch;
import ir.vafa.platform.WriteBatch;
import ir.vafa.programs.ActiveProgram;
import ir.vafa.programs.Programs;
import ir.vafa.programs.TierLadder;
import ir.vafa.programs.TierLadder.Level;
import ir.vafa.purchases.MemberFactsBuilder;
import ir.vafa.purchases.PurchaseContext;
import ir.vafa.purchases.PurchaseParticipant;
import ir.vafa.purchases.PurchaseReceipt;
import ir.vafa.purchases.ReceiptBuilder;
import ir.vafa.purchases.RecordedPurchase;
import ir.vafa.purchases.ReturnContext;
import ir.vafa.purchases.ReturnReceiptBuilder;
import ir.vafa.rules.Evaluation;
import ir.vafa.tenancy.CurrentTenant;
import ir.vafa.tiers.TierChanged;
import ir.vafa.tiers.TierHistoryEntry.Reason;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Tiers on the purchase path. Every purchase counts its spend, points and visit on its day (whether or not the
 * program has a ladder yet). For programs with a ladder it reads the member's tier and qualifying value in the
 * purchase's read batch (the rules see the tier: its multiplier, rules limited to tiers); then the purchase's day
 * counts its spend, points and visit, and a member whose value now reaches a higher tier moves up in the same
 * transaction: the next purchase earns the new tier's benefits, this one earned the old tier's. A return takes its
 * part back out, and reverses the move when the purchase it undoes crossed the threshold.
 */
@Component
@Order(10)
class TierParticipant implements PurchaseParticipant {

	private final TierStore store;
	private final Programs programs;
	private final ApplicationEventPublisher events;

	TierParticipant(TierStore store, Programs programs, ApplicationEventPublisher events) {
		this.store = store;
		this.programs = programs;
		this.events = events;
	}

	@Override
	public Prepared prepare(PurchaseContext purchase, ReadBatch reads) {
		ActiveProgram program = purchase.program();
		if (program.tiers() == null) {
			// No ladder to read, but the day's activity still counts: a ladder published later sees past spend.
			return (evaluation, writes, receipt) -> writes.add(TierStore.UPSERT_ACTIVITY, CurrentTenant.id(),
					purchase.memberId(), Date.valueOf(purchase.request().occurredAt().atZone(program.zone()).toLocalDate()),
					purchase.request().total(), receipt.earned(), 1);
		}
		Ladder ladder = new Ladder(program.tiers());
		LocalDate today = purchase.now().atZone(program.zone()).toLocalDate();
		ReadBatch.Rows<TierStore.Standing> standing = reads.add(TierStore.stateAndValue(ladder.column()),
				TierStore::standing, TierStore.stateAndValueParams(purchase.memberId(), ladder.windowStart(today), today));
		return new Prepared() {

			@Override
			public void describe(MemberFactsBuilder member) {
				member.tier(ladder.levelOf(standing.list().getFirst().state().tierId()).id());
			}

			@Override
			public void apply(Evaluation evaluation, WriteBatch writes, ReceiptBuilder receipt) {
				progress(purchase, ladder, today, standing.list().getFirst(), writes, receipt);
			}
		};
	}

	private void progress(PurchaseContext purchase, Ladder ladder, LocalDate today, TierStore.Standing standing,
			WriteBatch writes, ReceiptBuilder receipt) {
		ActiveProgram program = purchase.program();
		UUID tenant = CurrentTenant.id();
		UUID member = purchase.memberId();
		LocalDate day = purchase.request().occurredAt().atZone(program.zone()).toLocalDate();
		BigDecimal spend = purchase.request().total();
		long points = receipt.earned();
		writes.add(TierStore.UPSERT_ACTIVITY, tenant, member, Date.valueOf(day), spend, points, 1);

		BigDecimal value = standing.value();
		if (!day.isBefore(ladder.windowStart(today)) && !day.isAfter(today)) {
			value = value.add(switch (ladder.qualification().metric()) {
				case SPEND -> spend;
				case POINTS -> BigDecimal.valueOf(points);
				case VISITS -> BigDecimal.ONE;
			});
		}
		Level current = ladder.levelOf(standing.state().tierId());
		Level reached = ladder.qualifyingFor(value);
		Instant now = purchase.now();
		if (ladder.rank(reached) > ladder.rank(current)) {
			// Up at once; a placement by hand ends when the member earns more than it gave them.
			writes.add(TierStore.SET_TIER, tenant, member, reached.id(), Timestamp.from(now), purchase.purchaseId(), null,
					null, null, null);
			writes.add(TierStore.HISTORY, tenant, member, current.id(), reached.id(), Reason.UPGRADE.name(), value,
					purchase.purchaseId(), program.version(), null, null, Timestamp.from(now));
			events.publishEvent(new TierChanged(tenant, member, current.id(), reached.id(), Reason.UPGRADE));
			receipt.tier(reached.id(), reached.name(), current.id());
			return;
		}
		if (standing.state().graceUntil() != null && ladder.rank(reached) >= ladder.rank(current)) {
			// Qualifies again while in grace: the grace period ends.
			writes.add(TierStore.SET_TIER, tenant, member, current.id(), Timestamp.from(standing.state().since()),
					standing.state().reachedByPurchase(), ts(standing.state().manualUntil()),
					standing.state().manualReason(), standing.state().manualBy(), null);
			writes.add(TierStore.HISTORY, tenant, member, current.id(), current.id(), Reason.GRACE_ENDED.name(), value,
					purchase.purchaseId(), program.version(), null, null, Timestamp.from(now));
		}
		receipt.tier(current.id(), current.name(), null);
	}

	@Override
	public void rebuild(RecordedPurchase purchase, ReceiptBuilder receipt) {
		if (purchase.tierAfter() == null) {
			return;
		}
		TierLadder.Names name = programs.active().map(ActiveProgram::tiers).map(Ladder::new)
			.flatMap(ladder -> ladder.find(purchase.tierAfter())).map(Level::name).orElse(null);
		receipt.tier(purchase.tierAfter(), name, store.upgradedFrom(purchase.id()).orElse(null));
	}

	@Override
	public void giveBack(ReturnContext context, ReturnReceiptBuilder receipt) {
		ActiveProgram program = context.program();
		RecordedPurchase purchase = context.purchase();
		UUID member = purchase.memberId();
		ZoneId zone = program == null ? ZoneId.of("Asia/Tehran") : program.zone();
		long points = 0;
		for (PurchaseReceipt.Award award : context.original().awards()) {
			for (ReturnContext.ReturnedLine line : context.lines()) {
				if (line.lineNo() == award.lineNo()) {
					points += line.share(award.points());
				}
			}
		}
		LocalDate day = purchase.occurredAt().atZone(zone).toLocalDate();
		store.addActivity(member, day, context.amount().negate(), -points, context.completes() ? -1 : 0);
		if (program == null || program.tiers() == null) {
			return;
		}
		Ladder ladder = new Ladder(program.tiers());
		LocalDate today = context.now().atZone(zone).toLocalDate();
		TierStore.Standing standing = store.standing(member, ladder.column(), ladder.windowStart(today), today);
		TierStore.State state = standing.state();
		if (!purchase.id().equals(state.reachedByPurchase()) || state.placedAt(context.now())) {
			return; // the requalification job and its grace period deal with everything else
		}
		Level current = ladder.levelOf(state.tierId());
		Level qualifying = ladder.qualifyingFor(standing.value());
		if (ladder.rank(qualifying) < ladder.rank(current)) {
			store.set(member, qualifying.id(), context.now(), null, null, null, null, null);
			store.history(member, current.id(), qualifying.id(), Reason.RETURN, standing.value(), purchase.id(),
					program.version(), null, "the purchase that reached " + current.id() + " was returned",
					context.now());
			events.publishEvent(new TierChanged(CurrentTenant.id(), member, current.id(), qualifying.id(),
					Reason.RETURN));
			receipt.tier(current.id(), qualifying.id());
		}
	}

	private static Timestamp ts(Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}
}
