package ir.vafa.rewards.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import ir.vafa.catalog.Catalog;
import ir.vafa.ledger.Ledger;
import ir.vafa.ledger.ReturnTakeBack;
import ir.vafa.platform.Ids;
import ir.vafa.platform.ReadBatch;
import ir.vafa.platform.WriteBatch;
import ir.vafa.programs.ActiveProgram;
import ir.vafa.programs.ReturnPolicy;
import ir.vafa.programs.UsedRewardReturn;
import ir.vafa.purchases.MemberFactsBuilder;
import ir.vafa.purchases.PurchaseContext;
import ir.vafa.purchases.PurchaseParticipant;
import ir.vafa.purchases.ReceiptBuilder;
import ir.vafa.purchases.RecordedPurchase;
import ir.vafa.purchases.ReturnContext;
import ir.vafa.purchases.ReturnReceiptBuilder;
import ir.vafa.rewards.IssuedReward;
import ir.vafa.rewards.VoucherCode;
import ir.vafa.rules.Effect;
import ir.vafa.rules.Evaluation;
import ir.vafa.rules.RewardIssued;
import ir.vafa.rules.StampAdded;
import ir.vafa.tenancy.CurrentTenant;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Stamps and stamp-card rewards on the purchase path. A program with stamp cards reads the member's cards in the
 * purchase's read batch; each stamp and reward goes into its write batch. A returned stamp comes off the cycle it
 * went on: off the current card, or, from a card already filled, by revoking the reward that card issued (when it
 * is still unused) and putting the card's other stamps back. A used reward is kept, and the program's
 * {@link ir.vafa.programs.UsedRewardReturn} says who pays: the card, left short, or the member, whose points give
 * back the reward's catalog cost once (the ledger's {@link ir.vafa.ledger.Ledger#takeBack}).
 */
@Component
@Order(20)
class StampsParticipant implements PurchaseParticipant {

	private static final String RECORD_EVENT = """
			INSERT INTO stamp_event (tenant_id, member_id, card_id, delta, purchase_id, line_no, return_id, rule_id,
			  rule_name, program_version, cycle, created_at)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

	/** Status, choices and deadline last: a card that offers a choice waits (CHOOSING) for it. */
	private static final String ISSUE = """
			INSERT INTO issued_reward (tenant_id, id, member_id, reward_code, card_id, card_cycle, purchase_id,
			  rule_id, rule_name, program_version, issued_at, voucher_code, status, choices, choose_by, expires_at)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

	private final JdbcClient jdbc;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final Ledger ledger;
	private final Catalog catalog;

	StampsParticipant(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock, Ledger ledger, Catalog catalog) {
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
		this.ledger = ledger;
		this.catalog = catalog;
	}

	private record Card(int stamps, int cycle) {
	}

	@Override
	public Prepared prepare(PurchaseContext purchase, ReadBatch reads) {
		if (!purchase.program().hasStampCards()) {
			return (evaluation, writes, receipt) -> {
			};
		}
		ReadBatch.Rows<Object[]> cards = reads.add(
				"SELECT card_id, stamps, cycle FROM stamp_card WHERE tenant_id = ? AND member_id = ?",
				(rs, n) -> new Object[] { rs.getString(1), new Card(rs.getInt(2), rs.getInt(3)) }, CurrentTenant.id(),
				purchase.memberId());
		return new Prepared() {

			@Override
			public void describe(MemberFactsBuilder member) {
				Map<String, Integer> stamps = new HashMap<>();
				cards.list().forEach(c -> stamps.put((String) c[0], ((Card) c[1]).stamps()));
				member.stampsOnCards(stamps);
			}

			@Override
			public void apply(Evaluation evaluation, WriteBatch writes, ReceiptBuilder receipt) {
				Map<String, Card> known = new HashMap<>();
				cards.list().forEach(c -> known.put((String) c[0], (Card) c[1]));
				stamp(purchase, evaluation, known, writes, receipt);
			}
		};
	}

	private void stamp(PurchaseContext purchase, Evaluation evaluation, Map<String, Card> cards, WriteBatch writes,
			ReceiptBuilder receipt) {
		UUID tenant = CurrentTenant.id();
		UUID member = purchase.memberId();
		ActiveProgram program = purchase.program();
		Timestamp now = Timestamp.from(clock.instant());
		for (Effect effect : evaluation.effects()) {
			switch (effect) {
				case StampAdded s -> {
					Card card = cards.getOrDefault(s.cardId(), new Card(0, 1));
					writes.add("""
							INSERT INTO stamp_card (tenant_id, member_id, card_id, stamps, stamps_per_reward) VALUES (?, ?, ?, 1, ?)
							ON CONFLICT (tenant_id, member_id, card_id)
							DO UPDATE SET stamps = stamp_card.stamps + 1, stamps_per_reward = EXCLUDED.stamps_per_reward""",
							tenant, member, s.cardId(), program.stampsPerReward(s.rule().ruleId()));
					writes.add(RECORD_EVENT, tenant, member, s.cardId(), 1, purchase.purchaseId(), s.lineNo(), null,
							s.rule().ruleId(), s.rule().ruleName(), program.version(), card.cycle(), now);
					cards.put(s.cardId(), new Card(card.stamps() + 1, card.cycle()));
					receipt.stamp(s.lineNo(), s.cardId(), s.rule().ruleId());
				}
				case RewardIssued r -> {
					Card card = cards.getOrDefault(r.cardId(), new Card(0, 1));
					UUID rewardId = Ids.timeOrdered();
					String voucher = VoucherCode.random().value();
					Choice choice = program.choiceOf(r.rule().ruleId())
						.map(c -> new Choice(c.options(r.rewardCode()), now.toInstant().plus(Duration.ofDays(c.daysOrDefault()))))
						.orElse(Choice.NONE);
					writes.add("UPDATE stamp_card SET stamps = 0, cycle = cycle + 1 WHERE tenant_id = ? AND member_id = ? AND card_id = ?",
							tenant, member, r.cardId());
					writes.add(ISSUE, tenant, rewardId, member, r.rewardCode(), r.cardId(), card.cycle(),
							purchase.purchaseId(), r.rule().ruleId(), r.rule().ruleName(), program.version(), now, voucher,
							choice.status(), choice.array(), choice.deadline(),
							choice.offered() ? null : voucherExpiry(r.rewardCode(), now.toInstant()));
					cards.put(r.cardId(), new Card(0, card.cycle() + 1));
					String shown = choice.offered() ? null : voucher;
					receipt.reward(rewardId, r.rewardCode(), shown, r.cardId(), r.rule().ruleId(), choice.options(),
							choice.chooseBy());
					// delivered after the purchase commits; a purchase rolled back (a retry) takes it with it
					events.publishEvent(new ir.vafa.rewards.RewardIssued(tenant, member, rewardId, r.rewardCode(),
							r.cardId(), purchase.purchaseId(), shown, choice.options(), choice.chooseBy()));
				}
				default -> {
				}
			}
		}
	}

	@Override
	public void rebuild(RecordedPurchase purchase, ReceiptBuilder receipt) {
		List<String> cardOrder = new ArrayList<>();
		for (Stamp s : stampsOf(purchase.id())) {
			if (s.delta() > 0) {
				receipt.stamp(s.lineNo(), s.cardId(), s.ruleId());
				cardOrder.add(s.cardId());
			}
		}
		// A reward follows the stamp that completed its card, as the rules produced them.
		jdbc.sql("SELECT * FROM issued_reward WHERE tenant_id = ? AND purchase_id = ? ORDER BY issued_at, id")
			.params(CurrentTenant.id(), purchase.id())
			.query(RewardService::reward)
			.list()
			.stream()
			.sorted(java.util.Comparator.comparingInt(r -> cardOrder.indexOf(r.cardId())))
			.forEach(r -> receipt.reward(r.id(), r.rewardCode(), r.voucherCode(), r.cardId(), r.ruleId(), r.choices(),
					r.chooseBy()));
	}

	@Override
	public void giveBack(ReturnContext context, ReturnReceiptBuilder receipt) {
		if (context.completes()) {
			restoreVouchers(context, receipt);
		}
		for (Stamp s : stampsOf(context.purchase().id())) {
			if (s.delta() < 0) {
				continue;
			}
			for (ReturnContext.ReturnedLine line : context.lines()) {
				// a stamp stays while any unit of its line is kept
				if (line.lineNo() == s.lineNo() && line.share(1) == 1) {
					long points = unstamp(s, context, receipt);
					receipt.taken(line.lineNo(), line.returned(), s.ruleId(), points, 1);
				}
			}
		}
	}

	/**
	 * The whole purchase came back: the vouchers used in it can be used again, once (a voucher restored is no longer
	 * redeemed with this purchase, so a retried return finds none). A stamp card's voucher that was kept while its card
	 * lost stamps (left short) is unused again, so it is revoked instead, as it would have been had it been unused
	 * then, and the card's stamps still standing go back on the current card.
	 */
	private void restoreVouchers(ReturnContext context, ReturnReceiptBuilder receipt) {
		UUID tenant = CurrentTenant.id();
		List<IssuedReward> used = jdbc.sql("""
				SELECT * FROM issued_reward WHERE tenant_id = ? AND redeemed_purchase = ? AND status = 'REDEEMED'
				ORDER BY issued_at, id FOR UPDATE""")
			.params(tenant, context.purchase().externalId())
			.query(RewardService::reward)
			.list();
		for (IssuedReward reward : used) {
			int lost = reward.cardCycle() == null || recovered(reward) ? 0 : returnedOf(reward);
			boolean expired = reward.expiresAt() != null && !context.now().isBefore(reward.expiresAt());
			jdbc.sql("""
					UPDATE issued_reward SET status = ?, redeemed_at = NULL, redeemed_by = NULL, redeemed_purchase = NULL,
					  redemption_key = NULL
					WHERE tenant_id = ? AND id = ?""")
				.params(lost > 0 ? "REVOKED" : expired ? "EXPIRED" : "ISSUED", tenant, reward.id())
				.update();
			if (lost == 0) {
				if (!expired) {
					receipt.voucherRestored(reward.voucherCode());
				}
				continue;
			}
			receipt.rewardRevoked(reward.id());
			CardState card = lockCard(reward.memberId(), reward.cardId());
			refill(card, reward, card.perReward - lost);
			saveCard(card, reward.memberId(), reward.cardId());
		}
	}

	/** How many stamps of the cycle that filled the reward's card have come back. */
	private int returnedOf(IssuedReward reward) {
		return jdbc.sql("""
				SELECT count(*) FROM stamp_event WHERE tenant_id = ? AND member_id = ? AND card_id = ? AND cycle = ?
				  AND delta < 0""")
			.params(CurrentTenant.id(), reward.memberId(), reward.cardId(), reward.cardCycle())
			.query(Integer.class)
			.single();
	}

	/** What a full card offers: nothing to choose ({@code NONE}), or {@code options} until {@code chooseBy}. */
	private record Choice(List<String> options, Instant chooseBy) {

		static final Choice NONE = new Choice(List.of(), null);

		boolean offered() {
			return !options.isEmpty();
		}

		String status() {
			return offered() ? "CHOOSING" : "ISSUED";
		}

		String[] array() {
			return offered() ? options.toArray(String[]::new) : null;
		}

		Timestamp deadline() {
			return chooseBy == null ? null : Timestamp.from(chooseBy);
		}
	}

	private record Stamp(UUID member, String cardId, int delta, int lineNo, String ruleId, String ruleName,
			int programVersion, Integer cycle, UUID purchase) {
	}

	private List<Stamp> stampsOf(UUID purchase) {
		return jdbc.sql("SELECT * FROM stamp_event WHERE tenant_id = ? AND purchase_id = ? ORDER BY id")
			.params(CurrentTenant.id(), purchase)
			.query((rs, n) -> new Stamp(rs.getObject("member_id", UUID.class), rs.getString("card_id"),
					rs.getInt("delta"), rs.getInt("line_no"), rs.getString("rule_id"), rs.getString("rule_name"),
					rs.getInt("program_version"), (Integer) rs.getObject("cycle"), rs.getObject("purchase_id", UUID.class)))
			.list();
	}

	/**
	 * Takes one stamp back off the cycle it went on; answers the points it took back for a used reward (0 unless the
	 * program recovers their cost). The member's account is locked by the return.
	 */
	private long unstamp(Stamp stamp, ReturnContext context, ReturnReceiptBuilder receipt) {
		UUID tenant = CurrentTenant.id();
		CardState state = lockCard(stamp.member(), stamp.cardId());
		long points = 0;
		// Stamps written before cycles were kept: on the current card when it has any, else on the last filled one.
		int stampCycle = stamp.cycle() != null ? stamp.cycle() : state.stamps > 0 ? state.cycle : state.cycle - 1;
		if (stampCycle >= state.cycle) {
			state.stamps = Math.max(0, state.stamps - 1);
		}
		else {
			IssuedReward reward = jdbc.sql("""
					SELECT * FROM issued_reward WHERE tenant_id = ? AND member_id = ? AND card_id = ? AND card_cycle = ?""")
				.params(tenant, stamp.member(), stamp.cardId(), stampCycle)
				.query(RewardService::reward)
				.optional()
				.orElse(null);
			// Conditional: a till redeeming the voucher right now holds its row; once it commits, the voucher is used.
			if (reward != null && jdbc.sql("""
					UPDATE issued_reward SET status = 'REVOKED'
					WHERE tenant_id = ? AND id = ? AND status IN ('ISSUED', 'CHOOSING')""")
				.params(tenant, reward.id())
				.update() == 1) {
				receipt.rewardRevoked(reward.id());
				refill(state, reward, state.perReward - 1 - returnedOf(reward));
			}
			else if (reward != null && (reward.status() == IssuedReward.Status.REVOKED || recovered(reward))) {
				// the filled card's other stamps, this one among them, were put back on the current card: off it
				state.stamps = Math.max(0, state.stamps - 1);
			}
			else if (reward != null) {
				Long cost = usedRewardReturn(context) == UsedRewardReturn.RECOVER_POINTS
						? catalog.get(reward.rewardCode()).map(r -> (long) r.definition().costPoints()).orElse(null)
						: null;
				if (cost == null) {
					// A reward already used stays used; the card is left as it is, short of this stamp.
					receipt.rewardKept(reward.id());
				}
				else {
					jdbc.sql("UPDATE issued_reward SET cost_recovered_by = ? WHERE tenant_id = ? AND id = ?")
						.params(context.returnId(), tenant, reward.id())
						.update();
					points = recover(stamp, context, reward, cost, receipt);
					// paid for in points, the reward no longer spends the filled card's other stamps
					refill(state, reward, state.perReward - 1 - returnedOf(reward));
				}
			}
		}
		saveCard(state, stamp.member(), stamp.cardId());
		jdbc.sql(RECORD_EVENT).params(tenant, stamp.member(), stamp.cardId(), -1, stamp.purchase(), stamp.lineNo(),
				context.returnId(), stamp.ruleId(), stamp.ruleName(), stamp.programVersion(), stampCycle,
				Timestamp.from(clock.instant())).update();
		return points;
	}

	private CardState lockCard(UUID member, String cardId) {
		return jdbc.sql("""
				SELECT stamps, stamps_per_reward, cycle FROM stamp_card
				WHERE tenant_id = ? AND member_id = ? AND card_id = ? FOR UPDATE""")
			.params(CurrentTenant.id(), member, cardId)
			.query((rs, n) -> new CardState(rs.getInt(1), rs.getInt(2), rs.getInt(3)))
			.single();
	}

	private void saveCard(CardState card, UUID member, String cardId) {
		jdbc.sql("UPDATE stamp_card SET stamps = ?, cycle = ? WHERE tenant_id = ? AND member_id = ? AND card_id = ?")
			.params(card.stamps, card.cycle, CurrentTenant.id(), member, cardId)
			.update();
	}

	/** When a voucher of the reward issued now stops being usable, by the catalog's {@code voucherValidDays}. */
	private Timestamp voucherExpiry(String rewardCode, Instant issuedAt) {
		return catalog.get(rewardCode).map(r -> r.definition().voucherExpiry(issuedAt)).map(Timestamp::from).orElse(null);
	}

	/** A card's counters as a return changes them. */
	private static final class CardState {

		int stamps;
		final int perReward;
		int cycle;

		CardState(int stamps, int perReward, int cycle) {
			this.stamps = stamps;
			this.perReward = perReward;
			this.cycle = cycle;
		}
	}

	/**
	 * The filled card's reward is no longer paid by its stamps: its other stamps count again, on the current card;
	 * a card they fill issues anew, offering the same choice the filled one did, for as long.
	 */
	private void refill(CardState card, IssuedReward reward, int stampsBack) {
		UUID tenant = CurrentTenant.id();
		card.stamps += Math.max(0, stampsBack);
		if (card.stamps >= card.perReward) {
			UUID anew = Ids.timeOrdered();
			String voucher = VoucherCode.random().value();
			Instant now = clock.instant();
			Choice choice = reward.choices().isEmpty() ? Choice.NONE : new Choice(reward.choices(),
					now.plus(Duration.between(reward.issuedAt(), reward.chooseBy())));
			String code = choice.offered() ? reward.choices().getFirst() : reward.rewardCode();
			jdbc.sql(ISSUE).params(tenant, anew, reward.memberId(), code, reward.cardId(),
					card.cycle, null, reward.ruleId(), reward.ruleName(), reward.programVersion(),
					Timestamp.from(now), voucher, choice.status(), choice.array(), choice.deadline(),
					choice.offered() ? null : voucherExpiry(code, now)).update();
			events.publishEvent(new ir.vafa.rewards.RewardIssued(tenant, reward.memberId(), anew,
					code, reward.cardId(), null, choice.offered() ? null : voucher, choice.options(), choice.chooseBy()));
			card.stamps -= card.perReward;
			card.cycle++;
		}
	}

	/** Takes a used reward's cost back from the member's points, by the program's return policy. */
	private long recover(Stamp stamp, ReturnContext context, IssuedReward reward, long cost,
			ReturnReceiptBuilder receipt) {
		ReturnPolicy policy = context.program() == null ? ReturnPolicy.NEGATIVE_BALANCE
				: context.program().lifecycle().returnPolicyOrDefault();
		ReturnTakeBack.Result taken = ledger.takeBack(new ReturnTakeBack(stamp.member(), context.purchase().id(),
				context.returnId(), stamp.lineNo(), cost, stamp.ruleId(), stamp.ruleName(), stamp.programVersion(),
				"the reward " + reward.rewardCode() + " its card had filled was used: its cost of " + cost
						+ " points is taken back",
				policy, context.now()));
		taken.lots().forEach(l -> receipt.lot(l.lotId(), l.points(), l.pending(), l.ofThisPurchase()));
		receipt.points(taken.recovered(), taken.notRecovered(), taken.debtAfter(), policy.name())
			.balance(taken.balanceAfter())
			.rewardRecovered(reward.id(), reward.rewardCode(), cost, taken.notRecovered());
		return cost;
	}

	/** Whether a return took the used reward's cost back in points already. */
	private boolean recovered(IssuedReward reward) {
		return jdbc.sql("SELECT cost_recovered_by IS NOT NULL FROM issued_reward WHERE tenant_id = ? AND id = ?")
			.params(CurrentTenant.id(), reward.id())
			.query(Boolean.class)
			.single();
	}

	private static UsedRewardReturn usedRewardReturn(ReturnContext context) {
		return context.program() == null ? UsedRewardReturn.LEAVE_CARD_SHORT
				: context.program().lifecycle().usedRewardReturnOrDefault();
	}
}
