package ir.vafa.purchases.internal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import ir.vafa.platform.SqlArrays;
import ir.vafa.purchases.PurchaseRequest;
import ir.vafa.tenancy.CurrentTenant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Purchases, their lines and returns, in plain SQL (the purchase path is the platform's hot path). */
@Repository
class PurchaseStore {

	private final JdbcClient jdbc;

	PurchaseStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Inserts the purchase, its lines and its receipt in one statement, unless the external id is taken: then
	 * nothing is written and the answer is false. A concurrent insert of the same id waits for the first to end.
	 */
	boolean insert(UUID id, PurchaseRequest p, UUID member, String hash, Instant now, int programVersion,
			String receipt) {
		List<PurchaseRequest.Line> lines = p.lines();
		List<Integer> numbers = java.util.stream.IntStream.rangeClosed(1, lines.size()).boxed().toList();
		return jdbc.sql("""
				WITH claimed AS (
				  INSERT INTO purchase (tenant_id, id, external_id, request_hash, member_id, store, channel, occurred_at,
				    currency, total, received_at, program_version, receipt)
				  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb))
				  ON CONFLICT (tenant_id, external_id) DO NOTHING
				  RETURNING tenant_id, id),
				lines AS (
				  INSERT INTO purchase_line (tenant_id, purchase_id, line_no, sku, category, quantity, unit_price,
				    discount, net_amount)
				  SELECT claimed.tenant_id, claimed.id, l.*
				  FROM claimed, unnest(?, ?, ?, ?, ?, ?, ?) AS l)
				SELECT count(*) FROM claimed""")
			.params(CurrentTenant.id(), id, p.externalId(), hash, member, p.store(), p.channel(),
					Timestamp.from(p.occurredAt()), p.currency(), p.total(), Timestamp.from(now), programVersion, receipt,
					SqlArrays.of("int4", numbers, n -> n),
					SqlArrays.of("varchar", lines, PurchaseRequest.Line::sku),
					SqlArrays.of("varchar", lines, PurchaseRequest.Line::category),
					SqlArrays.of("int4", lines, PurchaseRequest.Line::quantity),
					SqlArrays.of("numeric", lines, PurchaseRequest.Line::unitPrice),
					SqlArrays.of("numeric", lines, PurchaseRequest.Line::discountOrZero),
					SqlArrays.of("numeric", lines, PurchaseRequest.Line::netAmount))
			.query(Long.class)
			.single() == 1;
	}

	Optional<StoredPurchase> find(String externalId, boolean lock) {
		return jdbc.sql("SELECT id, external_id, request_hash, member_id, receipt::text AS receipt FROM purchase"
				+ " WHERE tenant_id = ? AND external_id = ?" + (lock ? " FOR UPDATE" : ""))
			.params(CurrentTenant.id(), externalId)
			.query((rs, n) -> new StoredPurchase(rs.getObject("id", UUID.class), rs.getString("external_id"),
					rs.getString("request_hash"), rs.getObject("member_id", UUID.class), rs.getString("receipt")))
			.optional();
	}

	List<StoredLine> lines(UUID purchase) {
		return jdbc.sql("""
				SELECT line_no, sku, category, quantity, unit_price, discount, net_amount, returned_quantity
				FROM purchase_line WHERE tenant_id = ? AND purchase_id = ? ORDER BY line_no""")
			.params(CurrentTenant.id(), purchase)
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

	void returnLine(UUID returnId, UUID purchase, int lineNo, int quantity) {
		UUID tenant = CurrentTenant.id();
		jdbc.sql("INSERT INTO purchase_return_line (tenant_id, return_id, line_no, quantity) VALUES (?, ?, ?, ?)")
			.params(tenant, returnId, lineNo, quantity)
			.update();
		jdbc.sql("""
				UPDATE purchase_line SET returned_quantity = returned_quantity + ?
				WHERE tenant_id = ? AND purchase_id = ? AND line_no = ?""")
			.params(quantity, tenant, purchase, lineNo)
			.update();
	}

	void completeReturn(UUID returnId, String receipt) {
		jdbc.sql("UPDATE purchase_return SET receipt = CAST(? AS jsonb) WHERE tenant_id = ? AND id = ?")
			.params(receipt, CurrentTenant.id(), returnId)
			.update();
	}

	record StoredPurchase(UUID id, String externalId, String requestHash, UUID memberId, String receipt) {
	}

	record StoredReturn(UUID id, String requestHash, String receipt) {
	}

	record StoredLine(int lineNo, String sku, String category, int quantity, BigDecimal unitPrice, BigDecimal discount,
			BigDecimal netAmount, int returnedQuantity) {
	}
}
