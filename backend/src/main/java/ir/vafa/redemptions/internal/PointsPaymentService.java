package ir.vafa.redemptions.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import ir.vafa.ledger.Ledger;
import ir.vafa.ledger.LedgerEntry;
import ir.vafa.ledger.LotMove;
import ir.vafa.ledger.MemberLock;
import ir.vafa.members.Members;
import ir.vafa.platform.ApiProblem;
import ir.vafa.platform.Ids;
import ir.vafa.programs.ActiveProgram;
import ir.vafa.programs.Programs;
import ir.vafa.purchases.Purchases;
import ir.vafa.purchases.RecordedPurchase;
import ir.vafa.redemptions.NewPointsPayment;
import ir.vafa.redemptions.PointsPayment;
import ir.vafa.redemptions.PointsPayments;
import ir.vafa.tenancy.CurrentTenant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Points payments under the member's account lock, taken first: two tills paying one purchase with points go one
 * after the other, and the second sees what the first paid.
 */
@Service
class PointsPaymentService implements PointsPayments {

	private final JdbcClient jdbc;
	private final Ledger ledger;
	private final MemberLock lock;
	private final Members members;
	private final Purchases purchases;
	private final Programs programs;
	private final Clock clock;

	PointsPaymentService(JdbcClient jdbc, Ledger ledger, MemberLock lock, Members members, Purchases purchases,
			Programs programs, Clock clock) {
		this.jdbc = jdbc;
		this.ledger = ledger;
		this.lock = lock;
		this.members = members;
		this.purchases = purchases;
		this.programs = programs;
		this.clock = clock;
	}

	@Override
	@Transactional
	public PointsPayment pay(UUID member, NewPointsPayment request, String idempotencyKey, String actor) {
		if (members.get(member).isEmpty()) {
			throw ApiProblem.notFound("No member " + member);
		}
		// the purchase first, as its returns lock it: a return then sees this payment, or this payment the return
		boolean returned = purchases.lockAndTellReturned(request.purchaseExternalId()).orElse(false);
		lock.lock(member);
		if (idempotencyKey != null) {
			Optional<PointsPayment> earlier = one("idempotency_key = ?", idempotencyKey);
			if (earlier.isPresent()) {
				PointsPayment first = earlier.get();
				if (!first.memberId().equals(member) || first.points() != request.points()
						|| !first.purchaseExternalId().equals(request.purchaseExternalId())) {
					throw ApiProblem.conflict("Idempotency-Key", "This key was used for a different payment");
				}
				return first;
			}
		}
		ActiveProgram program = programs.active()
			.orElseThrow(() -> ApiProblem.invalid("points", "the tenant has no program"));
		BigDecimal value = program.redemption().pointValue();
		if (value == null) {
			throw ApiProblem.invalid("points", "the program does not let points pay for purchases");
		}
		RecordedPurchase purchase = purchases.recorded(request.purchaseExternalId()).orElseThrow(
				() -> ApiProblem.invalid("purchaseExternalId", "the tenant has no purchase " + request.purchaseExternalId()));
		if (!member.equals(purchase.memberId())) {
			// the return that gives the points back locks the purchase's member: it must be the one who paid
			throw ApiProblem.invalid("purchaseExternalId", purchase.memberId() == null
					? "the purchase names no member: record it with the member's card" : "the purchase is another member's");
		}
		if (purchase.programVersion() == null) {
			throw ApiProblem.invalid("purchaseExternalId", "the purchase was recorded before the tenant had a program");
		}
		if (returned) {
			throw ApiProblem.invalid("purchaseExternalId", "part of the purchase has come back: points pay only for a "
					+ "purchase none of which was returned");
		}
		BigDecimal amount = value.multiply(BigDecimal.valueOf(request.points()));
		BigDecimal paid = jdbc.sql("""
				SELECT coalesce(sum(amount), 0) FROM points_payment WHERE tenant_id = ? AND purchase_id = ?""")
			.params(CurrentTenant.id(), purchase.id())
			.query(BigDecimal.class)
			.single();
		BigDecimal left = purchase.total().subtract(paid);
		if (amount.compareTo(left) > 0) {
			long most = left.divide(value, 0, RoundingMode.DOWN).longValue();
			throw ApiProblem.invalid("points", request.points() + " points pay " + amount.stripTrailingZeros()
					.toPlainString() + " " + program.currency().getCurrencyCode() + ", more than the "
					+ left.stripTrailingZeros().toPlainString() + " left to pay of the purchase: at most " + most);
		}
		LedgerEntry line = ledger.redeem(member, request.points(), "paid " + amount.stripTrailingZeros().toPlainString()
				+ " " + program.currency().getCurrencyCode() + " of purchase " + purchase.externalId(), null, actor);
		UUID id = Ids.timeOrdered();
		Instant now = clock.instant();
		try {
			insert(id, member, purchase, request, amount, program, line, idempotencyKey, now, actor);
		}
		catch (org.springframework.dao.DuplicateKeyException taken) {
			// the same key at the same moment for another member (one member's payments are serialised)
			throw ApiProblem.conflict("Idempotency-Key", "This key was used for a different payment");
		}
		return new PointsPayment(id, member, purchase.externalId(), request.points(), amount.stripTrailingZeros(),
				program.currency().getCurrencyCode(), line.id(), line.lots(), now, actor, 0);
	}

	private void insert(UUID id, UUID member, RecordedPurchase purchase, NewPointsPayment request, BigDecimal amount,
			ActiveProgram program, LedgerEntry line, String idempotencyKey, Instant now, String actor) {
		jdbc.sql("""
				INSERT INTO points_payment (tenant_id, id, member_id, purchase_id, purchase_external_id, purchase_total,
				  points, amount, currency, ledger_line_id, idempotency_key, paid_at, paid_by)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(CurrentTenant.id(), id, member, purchase.id(), purchase.externalId(), purchase.total(),
					request.points(), amount, program.currency().getCurrencyCode(), line.id(), idempotencyKey,
					Timestamp.from(now), actor)
			.update();
	}

	@Override
	@Transactional(readOnly = true)
	public List<PointsPayment> forPurchase(String purchaseExternalId) {
		if (purchases.recorded(purchaseExternalId).isEmpty()) {
			throw ApiProblem.notFound("No purchase " + purchaseExternalId);
		}
		return jdbc.sql("SELECT * FROM points_payment WHERE tenant_id = ? AND purchase_external_id = ? ORDER BY paid_at, id")
			.params(CurrentTenant.id(), purchaseExternalId)
			.query(this::payment)
			.list()
			.stream()
			.map(this::withLots)
			.toList();
	}

	private Optional<PointsPayment> one(String where, Object value) {
		return jdbc.sql("SELECT * FROM points_payment WHERE tenant_id = ? AND " + where)
			.params(CurrentTenant.id(), value)
			.query(this::payment)
			.optional()
			.map(this::withLots);
	}

	private PointsPayment withLots(PointsPayment p) {
		Map<Long, List<LotMove>> moves = ledger.lotMoves(p.memberId(), List.of(p.ledgerLineId()));
		return new PointsPayment(p.id(), p.memberId(), p.purchaseExternalId(), p.points(), p.amount(), p.currency(),
				p.ledgerLineId(), moves.getOrDefault(p.ledgerLineId(), List.of()), p.paidAt(), p.paidBy(),
				p.refundedPoints());
	}

	private PointsPayment payment(ResultSet rs, int row) throws SQLException {
		return new PointsPayment(rs.getObject("id", UUID.class), rs.getObject("member_id", UUID.class),
				rs.getString("purchase_external_id"), rs.getLong("points"), rs.getBigDecimal("amount").stripTrailingZeros(),
				rs.getString("currency"), rs.getLong("ledger_line_id"), List.of(), rs.getTimestamp("paid_at").toInstant(),
				rs.getString("paid_by"), rs.getLong("refunded_points"));
	}
}
