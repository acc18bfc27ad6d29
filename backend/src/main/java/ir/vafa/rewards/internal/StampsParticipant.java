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

import ir.vafa.platform.Ids;
import ir.vafa.platform.ReadBatch;
import ir.vafa.platform.WriteBatch;
import ir.vafa.programs.ActiveProgram;
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
 * is still unused) and putting the card's other stamps back.
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
			  rule_id, rule_name, program_version, issued_at, voucher_code, status, choices, choose_by)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

	private final JdbcClient jdbc;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	StampsParticipant(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
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
							choice.status(), choice.array(), choice.deadline());
					cards.put(r.cardId(), new Card(0, card.cycle() + 1));
					String shown = choice.offered() ? null : voucher;
					receipt.reward(rewardId, r.rewardCode(), shown, r.cardId(), r.rule().ruleId(), choice.options(),
							choice.chooseBy());
					// delivered after the purchase commits; a purchase rolled back (a retry) takes it with it
					events.publishEvent(new ir.vafa.rewards.RewardIssued(tenant, member, rewardId, r.rewardCode(),
							r.cardId(), purchase.purchaseId(), shown));
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
					unstamp(s, context.returnId(), receipt);
					receipt.taken(line.lineNo(), line.returned(), s.ruleId(), 0, 1);
				}
			}
		}
	}

	/**
	 * The whole purchase came back: the vouchers used in it can be used again, once (a voucher restored is no longer
	 * redeemed with this purchase, so a retried return finds none).
	 */
	private void restoreVouchers(ReturnContext context, ReturnReceiptBuilder receipt) {
		jdbc.sql("""
				UPDATE issued_reward SET status = 'ISSUED', redeemed_at = NULL, redeemed_by = NULL,
				  redeemed_purchase = NULL, redemption_key = NULL
				WHERE tenant_id = ? AND redeemed_purchase = ? AND status = 'REDEEMED'
				RETURNING voucher_code""")
			.params(CurrentTenant.id(), context.purchase().externalId())
			.query(String.class)
			.list()
			.forEach(receipt::voucherRestored);
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

	/** Takes one stamp back off the cycle it went on. The member's account is locked by the return. */
	private void unstamp(Stamp stamp, UUID returnId, ReturnReceiptBuilder receipt) {
		UUID tenant = CurrentTenant.id();
		Object[] card = jdbc.sql("""
				SELECT stamps, stamps_per_reward, cycle FROM stamp_card
				WHERE tenant_id = ? AND member_id = ? AND card_id = ? FOR UPDATE""")
			.params(tenant, stamp.member(), stamp.cardId())
			.query((rs, n) -> new Object[] { rs.getInt(1), rs.getInt(2), rs.getInt(3) })
			.single();
		int stamps = (int) card[0];
		int perReward = (int) card[1];
		int cycle = (int) card[2];
		// Stamps written before cycles were kept: on the current card when it has any, else on the last filled one.
		int stampCycle = stamp.cycle() != null ? stamp.cycle() : stamps > 0 ? cycle : cycle - 1;
		if (stampCycle >= cycle) {
			stamps = Math.max(0, stamps - 1);
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
				// The filled card's other stamps count again, on the current card; a full card issues anew.
				stamps += perReward - 1;
				if (stamps >= perReward) {
					UUID anew = Ids.timeOrdered();
					String voucher = VoucherCode.random().value();
					Instant now = clock.instant();
					// the card offered a choice: it offers the same again, for as long as it did
					Choice choice = reward.choices().isEmpty() ? Choice.NONE : new Choice(reward.choices(),
							now.plus(Duration.between(reward.issuedAt(), reward.chooseBy())));
					String code = choice.offered() ? reward.choices().getFirst() : reward.rewardCode();
					jdbc.sql(ISSUE).params(tenant, anew, stamp.member(), code, stamp.cardId(),
							cycle, null, stamp.ruleId(), stamp.ruleName(), stamp.programVersion(),
							Timestamp.from(now), voucher, choice.status(), choice.array(), choice.deadline()).update();
					events.publishEvent(new ir.vafa.rewards.RewardIssued(tenant, stamp.member(), anew,
							code, stamp.cardId(), null, choice.offered() ? null : voucher));
					stamps -= perReward;
					cycle++;
				}
			}
			else if (reward != null && reward.status() != IssuedReward.Status.REVOKED) {
				// A reward already used stays used; the card is left as it is, short of this stamp.
				receipt.rewardKept(reward.id());
			}
		}
		jdbc.sql("UPDATE stamp_card SET stamps = ?, cycle = ? WHERE tenant_id = ? AND member_id = ? AND card_id = ?")
			.params(stamps, cycle, tenant, stamp.member(), stamp.cardId())
			.update();
		jdbc.sql(RECORD_EVENT).params(tenant, stamp.member(), stamp.cardId(), -1, stamp.purchase(), stamp.lineNo(),
				returnId, stamp.ruleId(), stamp.ruleName(), stamp.programVersion(), stampCycle,
				Timestamp.from(clock.instant())).update();
	}
}
