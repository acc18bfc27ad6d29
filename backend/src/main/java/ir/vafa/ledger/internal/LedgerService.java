package ir.vafa.ledger.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import ir.vafa.ledger.EntryKind;
import ir.vafa.ledger.Ledger;
import ir.vafa.ledger.LedgerEntry;
import ir.vafa.ledger.LinePoints;
import ir.vafa.ledger.MemberAccount;
import ir.vafa.ledger.Posting;
import ir.vafa.platform.ApiProblem;
import ir.vafa.platform.WriteBatch;
import ir.vafa.tenancy.CurrentTenant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * Plain SQL: the ledger is on every purchase's path, and each statement here is one round trip. Tenant ids are
 * written explicitly; row-level security refuses any that is not the connection's.
 */
@Service
class LedgerService implements Ledger {

	/**
	 * Any number of lines in one statement, from one JSON array of rows ({@link #lineParams}). Not {@code unnest}
	 * over one array per column: PostgreSQL gives each of those functions its own tuple store, 16 kB apiece, and
	 * thirteen of them pushed every execution past glibc's heap-trim threshold, so each one grew and shrank the
	 * backend's heap (brk, and a TLB shoot-down on every core): about a sixth of the server's CPU under load.
	 */
	private static final String INSERT_LINES = """
			INSERT INTO ledger_line (tenant_id, created_at, member_id, kind, points, purchase_id, line_nos,
			  line_points, return_id, rule_id, rule_name, program_version, reason, actor, idempotency_key)
			SELECT ?, ?, l.member_id, l.kind, l.points, l.purchase_id, l.line_nos, l.line_points, l.return_id,
			  l.rule_id, l.rule_name, l.program_version, l.reason, l.actor, l.idempotency_key
			FROM jsonb_to_recordset(CAST(? AS jsonb)) AS l (member_id uuid, kind varchar, points bigint,
			  purchase_id uuid, line_nos int[], line_points bigint[], return_id uuid, rule_id varchar,
			  rule_name varchar, program_version int, reason varchar, actor varchar, idempotency_key varchar)""";

	/** A row of {@link #INSERT_LINES}; the names are the statement's column names. */
	private record Row(UUID member_id, String kind, long points, UUID purchase_id, int[] line_nos,
			long[] line_points, UUID return_id, String rule_id, String rule_name, Integer program_version,
			String reason, String actor, String idempotency_key) {

		static Row of(Posting p, String idempotencyKey) {
			boolean attributed = !p.lines().isEmpty();
			return new Row(p.memberId(), p.kind().name(), p.points(), p.purchaseId(),
					attributed ? p.lines().stream().mapToInt(LinePoints::lineNo).toArray() : null,
					attributed ? p.lines().stream().mapToLong(LinePoints::points).toArray() : null, p.returnId(),
					p.ruleId(), p.ruleName(), p.programVersion(), p.reason(), p.actor(), idempotencyKey);
		}
	}

	private final JdbcClient jdbc;
	private final Clock clock;
	private final JsonMapper json;

	LedgerService(JdbcClient jdbc, Clock clock, JsonMapper json) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.json = json;
	}

	@Override
	public MemberAccount lockAccount(UUID member) {
		// Checked by hand rather than by a MANDATORY proxy: this is on every purchase's path. Outside a transaction
		// the lock would end with the statement.
		if (!TransactionSynchronizationManager.isActualTransactionActive()) {
			throw new IllegalStateException("Lock an account only inside a transaction");
		}
		UUID tenant = CurrentTenant.id();
		// A plain locking read: an upsert would write a new row version on every purchase. Only a member's first
		// posting creates the account.
		return jdbc.sql("SELECT * FROM member_account WHERE tenant_id = ? AND member_id = ? FOR UPDATE")
			.params(tenant, member)
			.query(LedgerService::account)
			.optional()
			.orElseGet(() -> jdbc.sql("""
					INSERT INTO member_account (tenant_id, member_id) VALUES (?, ?)
					ON CONFLICT (tenant_id, member_id) DO UPDATE SET points_balance = member_account.points_balance
					RETURNING *""")
				.params(tenant, member)
				.query(LedgerService::account)
				.single());
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public void post(List<Posting> postings) {
		UUID tenant = CurrentTenant.id();
		if (postings.isEmpty()) {
			return;
		}
		jdbc.sql(INSERT_LINES).params(lineParams(tenant, postings, null)).update();
		Map<UUID, Long> deltas = new LinkedHashMap<>();
		postings.forEach(p -> deltas.merge(p.memberId(), p.points(), Long::sum));
		deltas.forEach((member, delta) -> move(tenant, member, delta));
	}

	@Override
	public void settlePurchase(WriteBatch batch, UUID member, List<Posting> earned, BigDecimal amount, Instant at) {
		UUID tenant = CurrentTenant.id();
		long points = earned.stream().mapToLong(Posting::points).sum();
		List<Object> params = new ArrayList<>(lineParams(tenant, earned, null));
		Timestamp when = Timestamp.from(at);
		params.addAll(List.of(points, amount, when, when, when, tenant, member));
		// The lines and the account move in one statement: one executor run. No account row means no lock was taken.
		batch.addChangingOneRow("WITH lines AS (" + INSERT_LINES + """
				)
				UPDATE member_account SET points_balance = points_balance + ?, purchase_count = purchase_count + 1,
				  lifetime_spend = lifetime_spend + ?, first_purchase_at = COALESCE(first_purchase_at, ?),
				  last_purchase_at = GREATEST(COALESCE(last_purchase_at, ?), ?)
				WHERE tenant_id = ? AND member_id = ?""", params);
	}

	/** Parameters of {@link #INSERT_LINES}: the tenant, the time, the rows. */
	private List<Object> lineParams(UUID tenant, List<Posting> postings, String idempotencyKey) {
		List<Row> rows = postings.stream().map(p -> Row.of(p, idempotencyKey)).toList();
		return List.of(tenant, Timestamp.from(clock.instant()), json.writeValueAsString(rows));
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public void recordReturn(UUID member, BigDecimal amount) {
		jdbc.sql("UPDATE member_account SET lifetime_spend = lifetime_spend - ? WHERE tenant_id = ? AND member_id = ?")
			.params(amount, CurrentTenant.id(), member)
			.update();
	}

	@Override
	@Transactional(readOnly = true)
	public MemberAccount account(UUID member) {
		return jdbc.sql("SELECT * FROM member_account WHERE tenant_id = ? AND member_id = ?")
			.params(CurrentTenant.id(), member)
			.query(LedgerService::account)
			.optional()
			.orElseGet(() -> new MemberAccount(member, 0, 0, BigDecimal.ZERO, null, null));
	}

	@Override
	@Transactional(readOnly = true)
	public List<LedgerEntry> history(UUID member, int limit, Long beforeId) {
		return jdbc.sql("""
				SELECT * FROM ledger_line WHERE tenant_id = ? AND member_id = ? AND id < ?
				ORDER BY id DESC LIMIT ?""")
			.params(CurrentTenant.id(), member, beforeId == null ? Long.MAX_VALUE : beforeId, limit)
			.query(LedgerService::entry)
			.list();
	}

	@Override
	@Transactional(readOnly = true)
	public List<LedgerEntry> forPurchase(UUID purchase) {
		return jdbc.sql("SELECT * FROM ledger_line WHERE tenant_id = ? AND purchase_id = ? ORDER BY id")
			.params(CurrentTenant.id(), purchase)
			.query(LedgerService::entry)
			.list();
	}

	@Override
	@Transactional
	public LedgerEntry redeem(UUID member, long points, String reason, String idempotencyKey, String actor) {
		if (points <= 0) {
			throw ApiProblem.invalid("points", "must be positive");
		}
		return keyed(member, EntryKind.REDEEM, -points, reason, idempotencyKey, actor, account -> {
			if (account.pointsBalance() < points) {
				throw ApiProblem.conflict("points",
						"The member has " + account.pointsBalance() + " points, fewer than the " + points + " asked");
			}
		});
	}

	@Override
	@Transactional
	public LedgerEntry adjust(UUID member, long points, String reason, String idempotencyKey, String actor) {
		if (points == 0) {
			throw ApiProblem.invalid("points", "must not be zero");
		}
		if (reason == null || reason.isBlank()) {
			throw ApiProblem.invalid("reason", "an adjustment needs a reason");
		}
		return keyed(member, EntryKind.ADJUST, points, reason, idempotencyKey, actor, account -> {
		});
	}

	/**
	 * Writes one line under the member's lock. The key is looked up again after the lock is taken, so two
	 * concurrent retries with one key write one line.
	 */
	private LedgerEntry keyed(UUID member, EntryKind kind, long points, String reason, String key, String actor,
			java.util.function.Consumer<MemberAccount> check) {
		UUID tenant = CurrentTenant.id();
		MemberAccount account = lockAccount(member);
		Optional<LedgerEntry> earlier = key == null ? Optional.empty() : byKey(tenant, key);
		if (earlier.isPresent()) {
			LedgerEntry first = earlier.get();
			if (!first.memberId().equals(member) || first.points() != points || first.kind() != kind) {
				throw ApiProblem.conflict("Idempotency-Key", "This key was used for a different request");
			}
			return first;
		}
		check.accept(account);
		Posting posting = new Posting(member, kind, points, null, List.of(), null, null, null, null, reason, actor);
		LedgerEntry entry = jdbc.sql(INSERT_LINES + " RETURNING *")
			.params(lineParams(tenant, List.of(posting), key))
			.query(LedgerService::entry)
			.single();
		move(tenant, member, points);
		return entry;
	}

	private Optional<LedgerEntry> byKey(UUID tenant, String key) {
		return jdbc.sql("SELECT * FROM ledger_line WHERE tenant_id = ? AND idempotency_key = ?")
			.params(tenant, key)
			.query(LedgerService::entry)
			.optional();
	}

	private void move(UUID tenant, UUID member, long delta) {
		int updated = jdbc.sql(
				"UPDATE member_account SET points_balance = points_balance + ? WHERE tenant_id = ? AND member_id = ?")
			.params(delta, tenant, member)
			.update();
		if (updated != 1) {
			throw new IllegalStateException("No account for member " + member + "; lock it before posting");
		}
	}

	private static MemberAccount account(ResultSet rs, int row) throws SQLException {
		return new MemberAccount(rs.getObject("member_id", UUID.class), rs.getLong("points_balance"),
				rs.getInt("purchase_count"), rs.getBigDecimal("lifetime_spend"), instant(rs, "first_purchase_at"),
				instant(rs, "last_purchase_at"));
	}

	private static LedgerEntry entry(ResultSet rs, int row) throws SQLException {
		return new LedgerEntry(rs.getLong("id"), rs.getObject("member_id", UUID.class),
				EntryKind.valueOf(rs.getString("kind")), rs.getLong("points"), rs.getObject("purchase_id", UUID.class),
				lines(rs), rs.getObject("return_id", UUID.class), rs.getString("rule_id"),
				rs.getString("rule_name"), (Integer) rs.getObject("program_version"), rs.getString("reason"),
				rs.getString("actor"), rs.getTimestamp("created_at").toInstant());
	}

	private static List<LinePoints> lines(ResultSet rs) throws SQLException {
		java.sql.Array numbers = rs.getArray("line_nos");
		if (numbers == null) {
			return List.of();
		}
		Integer[] lineNos = (Integer[]) numbers.getArray();
		Long[] points = (Long[]) rs.getArray("line_points").getArray();
		List<LinePoints> lines = new ArrayList<>(lineNos.length);
		for (int i = 0; i < lineNos.length; i++) {
			lines.add(new LinePoints(lineNos[i], points[i]));
		}
		return lines;
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return t == null ? null : t.toInstant();
	}
}
