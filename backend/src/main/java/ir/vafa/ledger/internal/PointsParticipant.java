package ir.vafa.ledger.internal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import ir.vafa.ledger.EntryKind;
import ir.vafa.ledger.LedgerEntry;
import ir.vafa.ledger.LinePoints;
import ir.vafa.ledger.MemberAccount;
import ir.vafa.ledger.PointLot;
import ir.vafa.ledger.Posting;
import ir.vafa.platform.ReadBatch;
import ir.vafa.platform.WriteBatch;
import ir.vafa.programs.ActiveProgram;
import ir.vafa.programs.ReturnPolicy;
import ir.vafa.purchases.MemberFactsBuilder;
import ir.vafa.purchases.PurchaseContext;
import ir.vafa.purchases.PurchaseParticipant;
import ir.vafa.purchases.ReceiptBuilder;
import ir.vafa.purchases.RecordedPurchase;
import ir.vafa.purchases.ReturnContext;
import ir.vafa.purchases.ReturnReceiptBuilder;
import ir.vafa.rules.Evaluation;
import ir.vafa.rules.PointsAwarded;
import ir.vafa.rules.RuleRef;
import ir.vafa.tenancy.CurrentTenant;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Points on the purchase path. Its read leads the purchase's read batch: the lock on the member's account, which
 * serialises everything one member's points go through. Each rule that earns writes one ledger line, and each line is
 * a lot (pending for the program's return window, expiring by its expiry rule), written with the account's move in
 * one statement; a member in debt pays it from these lots first. A return takes back what the returned units
 * earned, from the purchase's own lots first, then as the program's return policy says.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class PointsParticipant implements PurchaseParticipant {

	/**
	 * The lock, the member's history for the rules, and (only for a member in debt: the subquery's condition on the
	 * outer row is a one-time filter) what they owe, oldest first. An {@code ARRAY} subquery rather than
	 * {@code string_agg}: an aggregate's executor nodes are set up in every execution, run or not.
	 */
	private static final String LOCK = """
			SELECT a.points_balance, a.points_debt, a.purchase_count, a.lifetime_spend,
			  array_to_string(ARRAY(SELECT d.line_id || ':' || d.outstanding FROM point_debt d
			   WHERE a.points_debt > 0 AND d.tenant_id = a.tenant_id AND d.member_id = a.member_id AND d.outstanding > 0
			   ORDER BY d.line_id), ',')
			FROM member_account a WHERE a.tenant_id = ? AND a.member_id = ? FOR UPDATE""";

	/** Each earning line a lot, whole. */
	private static final String LOTS_FROM_LINES = """
			lots AS (INSERT INTO point_lot (tenant_id, member_id, id, purchase_id, points, remaining, earned_at,
			  available_at, expires_at, released)
			  SELECT ?, l.member_id, l.id, l.purchase_id, l.points, l.points, ?, ?, ?, ? FROM lines l)""";

	/** Each earning line a lot, less what it paid of the member's debts. */
	private static final String LOTS_PAYING_DEBTS = """
			lots AS (INSERT INTO point_lot (tenant_id, member_id, id, purchase_id, points, remaining, earned_at,
			  available_at, expires_at, released)
			  SELECT ?, l.member_id, l.id, l.purchase_id, l.points, l.points - coalesce(r.points, 0), ?, ?, ?, ?
			  FROM lines l LEFT JOIN repaid r ON r.rule_id = l.rule_id)""";

	private static final String REPAID = """
			repaid AS (SELECT rule_id, sum(points) AS points FROM jsonb_to_recordset(CAST(? AS jsonb))
			  AS r (rule_id varchar, debt_line bigint, points bigint) GROUP BY rule_id)""";

	private static final String REPAYMENTS = """
			repayments AS (INSERT INTO lot_allocation (tenant_id, member_id, lot_id, line_id, points, created_at)
			  SELECT ?, l.member_id, l.id, r.debt_line, r.points, ?
			  FROM lines l JOIN jsonb_to_recordset(CAST(? AS jsonb)) AS r (rule_id varchar, debt_line bigint, points bigint)
			    ON r.rule_id = l.rule_id)""";

	private static final String ACCOUNT_MOVE = """
			UPDATE member_account SET points_balance = points_balance + ?, points_debt = points_debt - ?,
			  purchase_count = purchase_count + 1, lifetime_spend = lifetime_spend + ?,
			  first_purchase_at = COALESCE(first_purchase_at, ?), last_purchase_at = GREATEST(COALESCE(last_purchase_at, ?), ?)
			WHERE tenant_id = ? AND member_id = ?""";

	private final LedgerService ledger;
	private final LotStore lots;
	private final JdbcClient jdbc;
	private final JsonMapper json;

	PointsParticipant(LedgerService ledger, LotStore lots, JdbcClient jdbc, JsonMapper json) {
		this.ledger = ledger;
		this.lots = lots;
		this.jdbc = jdbc;
		this.json = json;
	}

	/** The account as locked, with the member's debts when they owe any. */
	private record Locked(long balance, long debt, int purchaseCount, BigDecimal lifetimeSpend, List<LotStore.Debt> debts) {
	}

	@Override
	public Prepared prepare(PurchaseContext purchase, ReadBatch reads) {
		ReadBatch.Rows<Locked> account = reads.add(LOCK, (rs, n) -> new Locked(rs.getLong(1), rs.getLong(2),
				rs.getInt(3), rs.getBigDecimal(4), debts(rs.getString(5))), CurrentTenant.id(), purchase.memberId());
		return new Prepared() {

			@Override
			public boolean settled() {
				if (account.list().isEmpty()) {
					// The member's first purchase: create the account, and read again under its lock.
					jdbc.sql("INSERT INTO member_account (tenant_id, member_id) VALUES (?, ?) ON CONFLICT DO NOTHING")
						.params(CurrentTenant.id(), purchase.memberId())
						.update();
					return false;
				}
				return true;
			}

			@Override
			public void describe(MemberFactsBuilder member) {
				Locked locked = account.list().getFirst();
				member.history(locked.purchaseCount(), locked.lifetimeSpend());
			}

			@Override
			public void apply(Evaluation evaluation, WriteBatch writes, ReceiptBuilder receipt) {
				earn(purchase, account.list().getFirst(), evaluation, writes, receipt);
			}
		};
	}

	private void earn(PurchaseContext purchase, Locked account, Evaluation evaluation, WriteBatch writes,
			ReceiptBuilder receipt) {
		ActiveProgram program = purchase.program();
		UUID member = purchase.memberId();
		// One ledger line per rule, carrying how its points fall to the purchase's lines.
		Map<RuleRef, List<LinePoints>> byRule = new LinkedHashMap<>();
		for (PointsAwarded award : evaluation.points()) {
			byRule.computeIfAbsent(award.rule(), r -> new ArrayList<>()).add(new LinePoints(award.lineNo(), award.points()));
			receipt.award(award.lineNo(), award.rule().ruleId(), award.rule().ruleName(), award.points());
		}
		List<Posting> postings = new ArrayList<>(byRule.size());
		byRule.forEach((rule, lines) -> postings.add(Posting.earn(member, purchase.purchaseId(), rule.ruleId(),
				rule.ruleName(), program.version(), lines)));
		long earned = receipt.earned();

		// A member in debt pays it from these lots first, oldest debt first, rule by rule.
		List<Map<String, Object>> repayments = new ArrayList<>();
		long repaid = 0;
		if (account.debt() > 0) {
			List<LotStore.Debt> debts = new ArrayList<>(account.debts());
			int d = 0;
			long paidOfDebt = 0;
			for (Posting posting : postings) {
				long left = posting.points();
				while (left > 0 && d < debts.size()) {
					long owed = debts.get(d).outstanding() - paidOfDebt;
					long pay = Math.min(left, owed);
					repayments.add(Map.of("rule_id", posting.ruleId(), "debt_line", debts.get(d).lineId(), "points", pay));
					writes.add(LotStore.PAY_DEBT, pay, CurrentTenant.id(), member, debts.get(d).lineId(), pay);
					left -= pay;
					repaid += pay;
					paidOfDebt += pay;
					if (paidOfDebt == debts.get(d).outstanding()) {
						d++;
						paidOfDebt = 0;
					}
				}
			}
		}

		// PostgreSQL keeps microseconds: the receipt says the times as a retry will read them back.
		Instant occurredAt = micros(purchase.request().occurredAt());
		Instant availableAt = micros(program.availableAt(occurredAt));
		Instant expiresAt = micros(program.expiresAt(occurredAt));
		UUID tenant = CurrentTenant.id();
		List<Object> params = new ArrayList<>(ledger.lineParams(tenant, postings, null));
		boolean paying = !repayments.isEmpty();
		if (paying) {
			String rows = json.writeValueAsString(repayments);
			params.add(rows);
			params.addAll(List.of(tenant, Timestamp.from(purchase.now()), rows));
		}
		params.addAll(java.util.Arrays.asList(tenant, Timestamp.from(occurredAt), Timestamp.from(availableAt),
				expiresAt == null ? null : Timestamp.from(expiresAt), !availableAt.isAfter(purchase.now())));
		Timestamp when = Timestamp.from(occurredAt);
		params.addAll(List.of(earned, repaid, purchase.request().total(), when, when, when, tenant, member));
		// The lines, their lots and the account's move in one statement: one executor run. No account row means no
		// lock was taken, and fails the batch.
		writes.addChangingOneRow("WITH lines AS (" + LedgerService.INSERT_LINES + " RETURNING id, member_id, points, "
				+ "purchase_id, rule_id), " + (paying ? REPAID + ", " + REPAYMENTS + ", " + LOTS_PAYING_DEBTS
						: LOTS_FROM_LINES) + "\n" + ACCOUNT_MOVE, params);

		receipt.balance(account.balance() + earned);
		boolean pending = availableAt.isAfter(purchase.now());
		receipt.lots(pending ? earned : 0, pending ? availableAt : null, earned > 0 ? expiresAt : null);
	}

	private static Instant micros(Instant instant) {
		return instant == null ? null : instant.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
	}

	private static List<LotStore.Debt> debts(String encoded) {
		if (encoded == null || encoded.isEmpty()) {
			return List.of();
		}
		List<LotStore.Debt> debts = new ArrayList<>();
		for (String pair : encoded.split(",")) {
			int colon = pair.indexOf(':');
			debts.add(new LotStore.Debt(Long.parseLong(pair.substring(0, colon)), Long.parseLong(pair.substring(colon + 1))));
		}
		return debts;
	}

	@Override
	public void rebuild(RecordedPurchase purchase, ReceiptBuilder receipt) {
		List<Long> lotIds = new ArrayList<>();
		for (LedgerEntry e : ledger.forPurchase(purchase.id())) {
			if (e.kind() == EntryKind.EARN) {
				lotIds.add(e.id());
				for (LinePoints line : e.lines()) {
					receipt.award(line.lineNo(), e.ruleId(), e.ruleName(), line.points());
				}
			}
		}
		receipt.balance(purchase.balanceAfter());
		List<PointLot> earned = lots.lotsOf(purchase.memberId(), lotIds, purchase.receivedAt());
		if (!earned.isEmpty()) {
			PointLot first = earned.getFirst();
			boolean pending = first.availableAt().isAfter(purchase.receivedAt());
			receipt.lots(pending ? receipt.earned() : 0, pending ? first.availableAt() : null, first.expiresAt());
		}
	}

	@Override
	public void giveBack(ReturnContext context, ReturnReceiptBuilder receipt) {
		RecordedPurchase purchase = context.purchase();
		UUID member = purchase.memberId();
		ledger.lockAccount(member);
		Instant now = context.now();
		ReturnPolicy policy = context.program() == null ? ReturnPolicy.NEGATIVE_BALANCE
				: context.program().lifecycle().returnPolicyOrDefault();
		List<LedgerEntry> earned = ledger.forPurchase(purchase.id()).stream().filter(e -> e.kind() == EntryKind.EARN)
			.toList();
		List<Draws.Lot> live = lots.live(member);
		Map<Long, Long> taken = new HashMap<>();
		long recovered = 0;
		long notRecovered = 0;
		long newDebt = 0;
		for (LedgerEntry e : earned) {
			List<LinePoints> due = new ArrayList<>();
			for (ReturnContext.ReturnedLine line : context.lines()) {
				long share = line.share(e.pointsOn(line.lineNo()));
				if (share != 0) {
					due.add(new LinePoints(line.lineNo(), share));
					receipt.taken(line.lineNo(), line.returned(), e.ruleId(), share, 0);
				}
			}
			long owed = LinePoints.sum(due);
			if (owed == 0) {
				continue;
			}
			List<Draws.Draw> draws = Draws.forReturn(java.util.Set.of(e.id()), live, owed, policy, now, taken);
			long got = Draws.sum(draws);
			long debt = policy == ReturnPolicy.NEGATIVE_BALANCE ? owed - got : 0;
			long missing = owed - got - debt;
			if (got + debt > 0) {
				String reason = missing > 0 ? missing + " of the " + owed + " points were spent already and not recovered ("
						+ policy + ")" : debt > 0 ? debt + " points were spent already and are owed (" + policy + ")" : null;
				Posting reverse = new Posting(member, EntryKind.REVERSE, -(got + debt), purchase.id(),
						scaled(due, got + debt), context.returnId(), e.ruleId(), e.ruleName(), e.programVersion(), reason,
						null);
				LedgerEntry line = ledger.insert(List.of(reverse), null).getFirst();
				lots.take(member, line.id(), draws, now);
				if (debt > 0) {
					lots.addDebt(member, line.id(), debt, now);
				}
			}
			draws.forEach(d -> receipt.lot(d.lotId(), d.points(), d.pending(), d.lotId() == e.id()));
			recovered += got + debt;
			notRecovered += missing;
			newDebt += debt;
		}
		ledger.move(member, -recovered, newDebt);
		jdbc.sql("""
				UPDATE member_account SET lifetime_spend = lifetime_spend - ?, purchase_count = purchase_count - ?
				WHERE tenant_id = ? AND member_id = ?""")
			.params(context.amount(), context.completes() ? 1 : 0, CurrentTenant.id(), member)
			.update();
		MemberAccount after = ledger.account(member);
		receipt.points(recovered, notRecovered, after.pointsDebt(), policy.name()).balance(after.pointsBalance());
	}

	/** The returned lines' shares, scaled down to what is recovered, still adding up exactly (largest remainder). */
	private static List<LinePoints> scaled(List<LinePoints> due, long recovered) {
		long owed = LinePoints.sum(due);
		if (recovered == owed) {
			return due.stream().map(l -> new LinePoints(l.lineNo(), -l.points())).toList();
		}
		BigDecimal[] weights = due.stream().map(l -> BigDecimal.valueOf(l.points())).toArray(BigDecimal[]::new);
		long[] shares = ir.vafa.rules.Shares.split(recovered, weights);
		List<LinePoints> lines = new ArrayList<>();
		for (int i = 0; i < due.size(); i++) {
			if (shares[i] != 0) {
				lines.add(new LinePoints(due.get(i).lineNo(), -shares[i]));
			}
		}
		return lines;
	}
}
