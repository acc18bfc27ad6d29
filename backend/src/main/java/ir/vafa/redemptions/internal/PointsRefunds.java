package ir.vafa.redemptions.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.UUID;

import ir.vafa.ledger.Ledger;
import ir.vafa.platform.ReadBatch;
import ir.vafa.purchases.PurchaseContext;
import ir.vafa.purchases.PurchaseParticipant;
import ir.vafa.purchases.ReceiptBuilder;
import ir.vafa.purchases.RecordedPurchase;
import ir.vafa.purchases.ReturnContext;
import ir.vafa.purchases.ReturnReceiptBuilder;
import ir.vafa.tenancy.CurrentTenant;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A return gives back the points that paid for what came back: of a payment's points, the share of the purchase's
 * total returned so far, rounded down, less what earlier returns gave; the return that completes the purchase gives
 * the rest. A return runs once per return id, under the member's account lock, so each share is given once. Points
 * payments are not a purchase's effect: nothing on the purchase path.
 */
@Component
@Order(30)
class PointsRefunds implements PurchaseParticipant {

	private static final Prepared NOTHING = (evaluation, writes, receipt) -> {
	};

	private final JdbcClient jdbc;
	private final Ledger ledger;

	PointsRefunds(JdbcClient jdbc, Ledger ledger) {
		this.jdbc = jdbc;
		this.ledger = ledger;
	}

	@Override
	public Prepared prepare(PurchaseContext purchase, ReadBatch reads) {
		return NOTHING;
	}

	@Override
	public void rebuild(RecordedPurchase purchase, ReceiptBuilder receipt) {
	}

	private record Paid(UUID id, UUID member, long points, long refunded, BigDecimal returned, BigDecimal total,
			long ledgerLine) {
	}

	@Override
	public void giveBack(ReturnContext context, ReturnReceiptBuilder receipt) {
		List<Paid> payments = jdbc.sql("""
				SELECT id, member_id, points, refunded_points, returned_amount, purchase_total, ledger_line_id
				FROM points_payment WHERE tenant_id = ? AND purchase_id = ? ORDER BY paid_at, id FOR UPDATE""")
			.params(CurrentTenant.id(), context.purchase().id())
			.query((rs, n) -> new Paid(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getLong(3),
					rs.getLong(4), rs.getBigDecimal(5), rs.getBigDecimal(6), rs.getLong(7)))
			.list();
		long refunded = 0;
		UUID member = null;
		for (Paid paid : payments) {
			BigDecimal returned = paid.returned().add(context.amount());
			long due = context.completes() || paid.total().signum() == 0 ? paid.points()
					: Math.min(paid.points(), BigDecimal.valueOf(paid.points()).multiply(returned)
						.divide(paid.total(), 0, RoundingMode.DOWN).longValue());
			long now = due - paid.refunded();
			jdbc.sql("UPDATE points_payment SET returned_amount = ?, refunded_points = ? WHERE tenant_id = ? AND id = ?")
				.params(returned, Math.max(due, paid.refunded()), CurrentTenant.id(), paid.id())
				.update();
			if (now > 0) {
				String reason = "points that paid for returned lines of purchase " + context.purchase().externalId()
						+ " (return " + context.returnId() + ")";
				ledger.refund(paid.member(), paid.ledgerLine(), paid.refunded(), now, reason, "return");
				refunded += now;
				member = paid.member();
			}
		}
		if (refunded > 0) {
			receipt.pointsRefunded(refunded).balance(ledger.balance(member).pointsBalance());
		}
	}
}
