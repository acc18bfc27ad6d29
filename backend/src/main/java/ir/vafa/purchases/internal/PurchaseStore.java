package ir.vafa.purchases.internal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import ir.vafa.platform.WriteBatch;
import ir.vafa.purchases.PurchaseRequest;
import ir.vafa.purchases.RecordedPurchase;
import ir.vafa.tenancy.CurrentTenant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Purchases, their lines and returns, in plain SQL (the purchase path is the platform's hot path). */
@Repository
class PurchaseStore {

	private final JdbcClient jdbc;
	private final JsonMapper json;

	PurchaseStore(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/**
	 * Adds the purchase, its lines inside it, to the batch. A taken external id fails it (and the batch) with
	 * {@code DuplicateKeyException}; a concurrent insert of the same id waits for the first to end.
	 */
	void claim(WriteBatch batch, UUID id, PurchaseRequest p, UUID member, String hash, Instant now,
			Integer programVersion, Long balanceAfter, String tierAfter) {
		List<LineRow> lines = new ArrayList<>(p.lines().size());
		for (int i = 0; i < p.lines().size(); i++) {
			lines.add(LineRow.of(i + 1, p.lines().get(i)));
		}
		batch.addFirst("""
				INSERT INTO purchase (tenant_id, id, external_id, request_hash, member_id, store, channel, occurred_at,
				  currency, total, received_at, program_version, balance_after, tier_after, lines)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb))""", java.util.Arrays.asList(
				CurrentTenant.id(), id, p.externalId(), hash, member, p.store(), p.channel(),
				Timestamp.from(p.occurredAt()), p.currency(), p.total(), Timestamp.from(now), programVersion,
				balanceAfter, tierAfter, json.writeValueAsString(lines)));
	}

	/** A line as kept in the purchase's {@code lines} array. */
	private record LineRow(int line_no, String sku, String category, int quantity, BigDecimal unit_price,
			BigDecimal discount, BigDecimal net_amount) {

		static LineRow of(int lineNo, PurchaseRequest.Line l) {
			return new LineRow(lineNo, l.sku(), l.category(), l.quantity(), l.unitPrice(), l.discountOrZero(),
					l.netAmount());
		}
	}

	boolean hasReturns(UUID purchase) {
		return jdbc.sql("SELECT EXISTS (SELECT 1 FROM purchase_return WHERE tenant_id = ? AND purchase_id = ?)")
			.params(CurrentTenant.id(), purchase)
			.query(Boolean.class)
			.single();
	}

	Optional<StoredPurchase> find(String externalId, boolean lock) {
		return jdbc.sql("""
				SELECT id, external_id, request_hash, member_id, program_version, balance_after, tier_after, occurred_at,
				  received_at, total
				FROM purchase WHERE tenant_id = ? AND external_id = ?""" + (lock ? " FOR UPDATE" : ""))
			.params(CurrentTenant.id(), externalId)
			.query((rs, n) -> new StoredPurchase(rs.getObject("id", UUID.class), rs.getString("external_id"),
					rs.getString("request_hash"), rs.getObject("member_id", UUID.class),
					(Integer) rs.getObject("program_version"), (Long) rs.getObject("balance_after"),
					rs.getString("tier_after"), rs.getTimestamp("occurred_at").toInstant(),
					rs.getTimestamp("received_at").toInstant(), rs.getBigDecimal("total")))
			.optional();
	}

	/** The purchase's lines, each with how much of it has been returned so far. */
	List<StoredLine> lines(UUID purchase) {
		return jdbc.sql("""
				SELECT l.line_no, l.sku, l.category, l.quantity, l.unit_price, l.discount, l.net_amount,
				  COALESCE(r.returned, 0)
				FROM purchase AS p
				CROSS JOIN jsonb_to_recordset(p.lines) AS l (line_no int, sku varchar, category varchar, quantity int,
				  unit_price numeric, discount numeric, net_amount numeric)
				LEFT JOIN (SELECT rl.line_no, sum(rl.quantity)::int AS returned
				           FROM purchase_return AS pr
				           JOIN purchase_return_line AS rl ON rl.tenant_id = pr.tenant_id AND rl.return_id = pr.id
				           WHERE pr.tenant_id = ? AND pr.purchase_id = ?
				           GROUP BY rl.line_no) AS r ON r.line_no = l.line_no
				WHERE p.tenant_id = ? AND p.id = ?
				ORDER BY l.line_no""")
			.params(CurrentTenant.id(), purchase, CurrentTenant.id(), purchase)
			.query((rs, n) -> new StoredLine(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getInt(4),
					rs.getBigDecimal(5), rs.getBigDecimal(6), rs.getBigDecimal(7), rs.getInt(8)))
			.list();
	}

	boolean insertReturn(UUID id, UUID purchase, String externalId, String hash, Instant now) {
		return jdbc.sql("""
				INSERT INTO purchase_return (tenant_id, id, purchase_id, external_id, request_hash, received_at)
				VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (tenant_id, external_id) DO NOTHING""")
			.params(CurrentTenant.id(), id, purchase, externalId, hash, Timestamp.from(now))
			.update() == 1;
	}

	Optional<StoredReturn> findReturn(String externalId) {
		return jdbc.sql("SELECT id, request_hash, receipt::text FROM purchase_return WHERE tenant_id = ? AND external_id = ?")
			.params(CurrentTenant.id(), externalId)
			.query((rs, n) -> new StoredReturn(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3)))
			.optional();
	}

	/** What the return takes of a line; the purchase's row must be locked (see {@link #find}). */
	void returnLine(UUID returnId, int lineNo, int quantity) {
		jdbc.sql("INSERT INTO purchase_return_line (tenant_id, return_id, line_no, quantity) VALUES (?, ?, ?, ?)")
			.params(CurrentTenant.id(), returnId, lineNo, quantity)
			.update();
	}

	void completeReturn(UUID returnId, String receipt) {
		jdbc.sql("UPDATE purchase_return SET receipt = CAST(? AS jsonb) WHERE tenant_id = ? AND id = ?")
			.params(receipt, CurrentTenant.id(), returnId)
			.update();
	}

	record StoredPurchase(UUID id, String externalId, String requestHash, UUID memberId, Integer programVersion,
			Long balanceAfter, String tierAfter, Instant occurredAt, Instant receivedAt, BigDecimal total) {

		RecordedPurchase recorded() {
			return new RecordedPurchase(id, externalId, memberId, programVersion, occurredAt, receivedAt, total,
					balanceAfter, tierAfter);
		}
	}

	record StoredReturn(UUID id, String requestHash, String receipt) {
	}

	record StoredLine(int lineNo, String sku, String category, int quantity, BigDecimal unitPrice, BigDecimal discount,
			BigDecimal netAmount, int returnedQuantity) {
	}
}
