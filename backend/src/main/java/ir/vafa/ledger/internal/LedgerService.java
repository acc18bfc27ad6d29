package ir.vafa.ledger.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

import ir.vafa.ledger.EntryKind;
import ir.vafa.ledger.ExpiringPoints;
import ir.vafa.ledger.Ledger;
import ir.vafa.ledger.LedgerEntry;
import ir.vafa.ledger.LinePoints;
import ir.vafa.ledger.LotMove;
import ir.vafa.ledger.MemberAccount;
import ir.vafa.ledger.MemberLock;
import ir.vafa.ledger.PointLot;
import ir.vafa.ledger.PointsBalance;
import ir.vafa.ledger.Posting;
import ir.vafa.ledger.ReturnTakeBack;
import ir.vafa.platform.ApiProblem;
import ir.vafa.platform.PersianCalendar;
import ir.vafa.programs.ActiveProgram;
import ir.vafa.programs.Programs;
import ir.vafa.programs.ReturnPolicy;
import ir.vafa.tenancy.CurrentTenant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * The ledger's reads and the spendings people make (redemptions, adjustments), in plain SQL. Each writes its ledger
 * line, its lots or allocations and the account's move under the member's account lock. Earning and returns are
 * {@link PointsParticipant}'s, on the purchase path.
 */
@Service
class LedgerService implements Ledger, MemberLock {

	/**
	 * Any number of lines in one statement, from one JSON array of rows ({@link #lineParams}). Not {@code unnest}
	 * over one array per column: PostgreSQL gives each of those functions its own tuple store, 16 kB apiece, and
	 * thirteen of them pushed every execution past glibc's heap-trim threshold, so each one grew and shrank the
	 * backend's heap (brk, and a TLB shoot-down on every core): about a sixth of the server's CPU under load.
	 */
	static final String INSERT_LINES = """
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
	private final LotStore lots;
	private final Programs programs;
	private final Clock clock;
	private final JsonMapper json;
	private final HoldStore holds;

	LedgerService(JdbcClient jdbc, LotStore lots, Programs programs, Clock clock, JsonMapper json, HoldStore holds) {
		this.holds = holds;
		this.jdbc = jdbc;
		this.lots = lots;
		this.programs = programs;
		this.clock = clock;
		this.json = json;
	}

	@Override
	@Transactional(readOnly = true)
	public List<ExpiringPoints> expiringBetween(Instant from, Instant to, int limit) {
		return jdbc.sql("""
				SELECT member_id, expires_at, sum(remaining) AS points FROM point_lot
				WHERE tenant_id = ? AND remaining > 0 AND expires_at > ? AND expires_at <= ?
				GROUP BY member_id, expires_at ORDER BY expires_at, member_id LIMIT ?""")
			.params(CurrentTenant.id(), Timestamp.from(from), Timestamp.from(to), limit)
			.query((rs, n) -> new ExpiringPoints(rs.getObject("member_id", UUID.class),
					rs.getTimestamp("expires_at").toInstant(), rs.getLong("points")))
			.list();
	}

	@Override
	public void lock(UUID member) {
		lockAccount(member);
	}

	/** The member's account, created when absent, locked until the transaction ends. */
	MemberAccount lockAccount(UUID member) {
		// Checked by hand rather than by a MANDATORY proxy. Outside a transaction the lock would end with the statement.
		if (!TransactionSynchronizationManager.isActualTransactionActive()) {
			throw new IllegalStateException("Lock an account only inside a transaction");
		}
		UUID tenant = CurrentTenant.id();
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

	/** Writes the lines; answers them as written, in order. */
	List<LedgerEntry> insert(List<Posting> postings, String idempotencyKey) {
		return jdbc.sql(INSERT_LINES + " RETURNING *")
			.params(lineParams(CurrentTenant.id(), postings, idempotencyKey))
			.query(LedgerService::entry)
			.list();
	}

	/** Moves the member's balance and debt; the account must be locked. */
	void move(UUID member, long balance, long debt) {
		int updated = jdbc.sql("""
				UPDATE member_account SET points_balance = points_balance + ?, points_debt = points_debt + ?
				WHERE tenant_id = ? AND member_id = ?""")
			.params(balance, debt, CurrentTenant.id(), member)
			.update();
		if (updated != 1) {
			throw new IllegalStateException("No account for member " + member + "; lock it before posting");
		}
	}

	/** Parameters of {@link #INSERT_LINES}: the tenant, the time, the rows. */
	List<Object> lineParams(UUID tenant, List<Posting> postings, String idempotencyKey) {
		List<Row> rows = postings.stream().map(p -> Row.of(p, idempotencyKey)).toList();
		return List.of(tenant, Timestamp.from(clock.instant()), json.writeValueAsString(rows));
	}

	@Override
	@Transactional(readOnly = true)
	public MemberAccount account(UUID member) {
		return jdbc.sql("SELECT * FROM member_account WHERE tenant_id = ? AND member_id = ?")
			.params(CurrentTenant.id(), member)
			.query(LedgerService::account)
			.optional()
			.orElseGet(() -> new MemberAccount(member, 0, 0, 0, BigDecimal.ZERO, null, null));
	}

	@Override
	@Transactional(readOnly = true)
	public PointsBalance balance(UUID member) {
		MemberAccount account = account(member);
		Instant now = clock.instant();
		ZoneId zone = programs.active().map(ActiveProgram::zone).orElse(ZoneId.of("Asia/Tehran"));
		long available = 0;
		long pending = 0;
		long expiring = 0;
		TreeMap<Instant, Long> byAvailability = new TreeMap<>();
		TreeMap<Instant, Long> byExpiry = new TreeMap<>();
		for (Draws.Lot lot : lots.live(member)) {
			if (lot.expired(now)) {
				expiring += lot.remaining();
				continue;
			}
			if (lot.pending(now)) {
				pending += lot.remaining();
				byAvailability.merge(lot.availableAt(), lot.remaining(), Long::sum);
			}
			else {
				available += lot.remaining();
			}
			if (lot.expiresAt() != null) {
				byExpiry.merge(lot.expiresAt(), lot.remaining(), Long::sum);
			}
		}
		List<PointsBalance.Pending> whenAvailable = byAvailability.entrySet().stream().limit(20)
			.map(e -> new PointsBalance.Pending(e.getValue(), e.getKey())).toList();
		List<PointsBalance.Expiry> expiries = byExpiry.entrySet().stream().limit(20).map(e -> {
			LocalDate lastDay = e.getKey().atZone(zone).minusNanos(1).toLocalDate();
			return new PointsBalance.Expiry(e.getValue(), e.getKey(), lastDay, PersianCalendar.of(lastDay).toString());
		}).toList();
		// holds count against available lots only: an adjustment or the expiry job may since have taken some of those
		long held = Math.min(available, holds.held(member, now, null));
		return new PointsBalance(member, account.pointsBalance(), available - held, held, pending, expiring,
				account.pointsDebt(),
				account.purchaseCount(), account.lifetimeSpend(), account.firstPurchaseAt(), account.lastPurchaseAt(),
				whenAvailable, expiries);
	}

	@Override
	@Transactional(readOnly = true)
	public List<LedgerEntry> history(UUID member, int limit, Long beforeId) {
		List<LedgerEntry> entries = jdbc.sql("""
				SELECT * FROM ledger_line WHERE tenant_id = ? AND member_id = ? AND id < ?
				ORDER BY id DESC LIMIT ?""")
			.params(CurrentTenant.id(), member, beforeId == null ? Long.MAX_VALUE : beforeId, limit)
			.query(LedgerService::entry)
			.list();
		Map<Long, List<LotMove>> moves = lots.moves(member, entries.stream().map(LedgerEntry::id).toList());
		return entries.stream().map(e -> e.withLots(moves.getOrDefault(e.id(), List.of()))).toList();
	}

	@Override
	@Transactional(readOnly = true)
	public List<PointLot> lots(UUID member, boolean live) {
		return lots.lots(member, live, clock.instant());
	}

	/** The member's ledger lines for one purchase, oldest first. */
	List<LedgerEntry> forPurchase(UUID purchase) {
		return jdbc.sql("SELECT * FROM ledger_line WHERE tenant_id = ? AND purchase_id = ? ORDER BY id")
			.params(CurrentTenant.id(), purchase)
			.query(LedgerService::entry)
			.list();
	}

	@Override
	@Transactional
	public LedgerEntry redeem(UUID member, long points, String reason, String idempotencyKey, String actor) {
		return spend(EntryKind.REDEEM, member, points, reason, idempotencyKey, actor);
	}

	@Override
	@Transactional(readOnly = true)
	public Map<Long, List<LotMove>> lotMoves(UUID member, List<Long> lineIds) {
		return lots.moves(member, lineIds);
	}

	@Override
	@Transactional
	public List<LedgerEntry> refund(UUID member, long paidBy, long refundedBefore, long points, String reason,
			String actor) {
		if (points <= 0) {
			throw new IllegalArgumentException("a refund is positive: " + points);
		}
		lockAccount(member);
		Instant now = clock.instant();
		List<LedgerEntry> written = new ArrayList<>();
		refundExpiries(member, paidBy, refundedBefore, points, now).forEach((expiresAt, share) -> {
			Posting posting = new Posting(member, EntryKind.REFUND, share, null, List.of(), null, null, null, null,
					reason, actor);
			LedgerEntry entry = insert(List.of(posting), null).getFirst();
			long debtPaid = earnLot(member, entry.id(), null, share, now, now, expiresAt.orElse(null), now);
			move(member, share, -debtPaid);
			written.add(entry);
		});
		return written;
	}

	/**
	 * How {@code points} of what the line {@code paidBy} took from lots fall to expiries, skipping the
	 * {@code refundedBefore} given back already: its lots soonest expiring first, as they were drawn; what they do not
	 * account for expires by the program's rule from now.
	 */
	private Map<Optional<Instant>, Long> refundExpiries(UUID member, long paidBy, long refundedBefore, long points,
			Instant now) {
		Map<Optional<Instant>, Long> byExpiry = new java.util.LinkedHashMap<>();
		long skip = refundedBefore;
		long left = points;
		List<Object[]> taken = jdbc.sql("""
				SELECT a.points, l.expires_at FROM lot_allocation a
				JOIN point_lot l ON l.tenant_id = a.tenant_id AND l.member_id = a.member_id AND l.id = a.lot_id
				WHERE a.tenant_id = ? AND a.member_id = ? AND a.line_id = ?
				ORDER BY l.expires_at NULLS LAST, a.lot_id""")
			.params(CurrentTenant.id(), member, paidBy)
			.query((rs, n) -> new Object[] { rs.getLong(1), rs.getTimestamp(2) })
			.list();
		for (Object[] lot : taken) {
			long from = (long) lot[0];
			long skipped = Math.min(skip, from);
			skip -= skipped;
			long share = Math.min(left, from - skipped);
			if (share > 0) {
				Optional<Instant> expiry = Optional.ofNullable((Timestamp) lot[1]).map(Timestamp::toInstant);
				byExpiry.merge(expiry, share, Long::sum);
				left -= share;
			}
		}
		if (left > 0) {
			byExpiry.merge(Optional.ofNullable(expiryOf(now)), left, Long::sum);
		}
		return byExpiry;
	}

	@Override
	@Transactional
	public LedgerEntry donate(UUID member, long points, String reason, String idempotencyKey, String actor) {
		return spend(EntryKind.DONATE, member, points, reason, idempotencyKey, actor);
	}

	private LedgerEntry spend(EntryKind kind, UUID member, long points, String reason, String idempotencyKey,
			String actor) {
		if (points <= 0) {
			throw ApiProblem.invalid("points", "must be positive");
		}
		return keyed(member, kind, -points, reason, idempotencyKey, actor, true, (account, live, now) -> {
			List<Draws.Lot> available = Draws.available(live, now);
			long have = available.stream().mapToLong(Draws.Lot::remaining).sum() - holds.held(member, now, null);
			if (have < points) {
				long pending = lots.pending(member, now);
				throw ApiProblem.conflict("points", "The member has " + have + " points available"
						+ (pending > 0 ? " (and " + pending + " pending, not yet spendable)" : "") + ", fewer than the "
						+ points + " asked");
			}
			return Draws.take(available, points, now, new HashMap<>());
		});
	}

	@Override
	@Transactional
	public void hold(UUID member, UUID holdId, long points, Instant expiresAt, String reason) {
		lockAccount(member);
		if (holds.find(member, holdId).isPresent()) {
			return;
		}
		Instant now = clock.instant();
		long free = lots.spendable(member, now).stream().mapToLong(Draws.Lot::remaining).sum()
				- holds.held(member, now, null);
		if (free < points) {
			throw ApiProblem.conflict("points", "The member has " + Math.max(free, 0) + " points available, fewer than the "
					+ points + " the reward costs");
		}
		holds.insert(member, holdId, points, expiresAt, reason, now);
	}

	@Override
	@Transactional
	public LedgerEntry spendHold(UUID member, UUID holdId, String reason, String actor) {
		// read before the lock, as the line's points are the hold's; read again under it, which is what counts
		long points = holds.find(member, holdId).map(HoldStore.Hold::points)
			.orElseThrow(() -> ApiProblem.conflict("holdId", "No points are held as " + holdId));
		// no key: a client's key must never find this line, nor this spending a client's line
		return keyed(member, EntryKind.REDEEM, -points, reason, null, actor, true, (account, live, now) -> {
			HoldStore.Hold hold = holds.find(member, holdId)
				.filter(h -> h.points() == points)
				.orElseThrow(() -> ApiProblem.conflict("holdId", "No points are held as " + holdId));
			if (!hold.active(now)) {
				throw ApiProblem.conflict("expiresAt", "The hold ran out at " + hold.expiresAt());
			}
			List<Draws.Lot> available = Draws.available(live, now);
			long free = available.stream().mapToLong(Draws.Lot::remaining).sum() - holds.held(member, now, holdId);
			if (free < hold.points()) {
				throw ApiProblem.conflict("points", "The member's lots no longer have the " + hold.points()
						+ " points held (" + Math.max(free, 0) + " available)");
			}
			holds.delete(member, holdId);
			return Draws.take(available, hold.points(), now, new HashMap<>());
		});
	}

	@Override
	@Transactional
	public void releaseHold(UUID member, UUID holdId) {
		lockAccount(member);
		holds.delete(member, holdId);
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
		return keyed(member, EntryKind.ADJUST, points, reason, idempotencyKey, actor, false, (account, live, now) -> {
			if (points > 0) {
				return List.of();
			}
			List<Draws.Lot> order = new ArrayList<>(Draws.available(live, now));
			order.addAll(Draws.pending(live, now));
			long have = order.stream().mapToLong(Draws.Lot::remaining).sum();
			if (have < -points) {
				throw ApiProblem.conflict("points", "The member's lots hold " + have + " points; an adjustment of "
						+ points + " would take more than that");
			}
			return Draws.take(order, -points, now, new HashMap<>());
		});
	}

	@Override
	@Transactional
	public ReturnTakeBack.Result takeBack(ReturnTakeBack request) {
		UUID member = request.memberId();
		lockAccount(member);
		Instant now = request.at();
		java.util.Set<Long> own = new java.util.HashSet<>();
		forPurchase(request.purchaseId()).stream().filter(e -> e.kind() == EntryKind.EARN).forEach(e -> own.add(e.id()));
		List<Draws.Lot> live = lots.live(member);
		List<Draws.Draw> draws = Draws.forReturn(own, live, request.points(), request.policy(), now, new HashMap<>());
		long got = Draws.sum(draws);
		long owed = request.points();
		long debt = request.policy() == ReturnPolicy.NEGATIVE_BALANCE ? owed - got : 0;
		long missing = owed - got - debt;
		Long lineId = null;
		if (got + debt > 0) {
			String reason = request.reason() + (missing > 0 ? "; " + missing + " of them were spent already and not recovered ("
					+ request.policy() + ")" : debt > 0 ? "; " + debt + " of them were spent already and are owed ("
							+ request.policy() + ")" : "");
			Posting reverse = new Posting(member, EntryKind.REVERSE, -(got + debt), request.purchaseId(),
					List.of(new LinePoints(request.lineNo(), -(got + debt))), request.returnId(), request.ruleId(),
					request.ruleName(), request.programVersion(), reason, null);
			LedgerEntry line = insert(List.of(reverse), null).getFirst();
			lots.take(member, line.id(), draws, now);
			if (debt > 0) {
				lots.addDebt(member, line.id(), debt, now);
			}
			move(member, -(got + debt), debt);
			lineId = line.id();
		}
		MemberAccount after = account(member);
		return new ReturnTakeBack.Result(lineId, got + debt, missing, after.pointsDebt(), after.pointsBalance(),
				draws.stream().map(d -> new ReturnTakeBack.LotTaken(d.lotId(), d.points(), d.pending(),
						own.contains(d.lotId()))).toList());
	}

	/** What a spending takes, decided under the member's lock, or a refusal. */
	private interface Spending {
		List<Draws.Draw> draws(MemberAccount account, List<Draws.Lot> live, Instant now);
	}

	/**
	 * Writes one line under the member's lock, with its lot or the draws from lots. The key is looked up again
	 * after the lock is taken, so two concurrent retries with one key write one line. {@code spendableOnly}: the
	 * spending draws on available lots alone, so only those are read.
	 */
	private LedgerEntry keyed(UUID member, EntryKind kind, long points, String reason, String key, String actor,
			boolean spendableOnly, Spending spending) {
		UUID tenant = CurrentTenant.id();
		MemberAccount account = lockAccount(member);
		Optional<LedgerEntry> earlier = key == null ? Optional.empty() : byKey(tenant, key);
		if (earlier.isPresent()) {
			LedgerEntry first = earlier.get();
			if (!first.memberId().equals(member) || first.points() != points || first.kind() != kind) {
				throw ApiProblem.conflict("Idempotency-Key", "This key was used for a different request");
			}
			return first.withLots(lots.moves(member, List.of(first.id())).getOrDefault(first.id(), List.of()));
		}
		Instant now = clock.instant();
		List<Draws.Draw> draws = spending.draws(account, spendableOnly ? lots.spendable(member, now) : lots.live(member),
				now);
		Posting posting = new Posting(member, kind, points, null, List.of(), null, null, null, null, reason, actor);
		LedgerEntry entry = insert(List.of(posting), key).getFirst();
		long debtPaid = 0;
		if (points > 0) {
			debtPaid = earnLot(member, entry.id(), null, points, now, now, expiryOf(now), now);
		}
		else {
			lots.take(member, entry.id(), draws, now);
		}
		move(member, points, -debtPaid);
		return entry.withLots(lots.moves(member, List.of(entry.id())).getOrDefault(entry.id(), List.of()));
	}

	/** A lot for an earning outside a purchase; pays the member's debts first. Answers what it paid. */
	long earnLot(UUID member, long lineId, UUID purchase, long points, Instant earnedAt, Instant availableAt,
			Instant expiresAt, Instant now) {
		long paid = 0;
		Map<Long, Long> paidToDebtLine = new java.util.LinkedHashMap<>();
		for (LotStore.Debt debt : lots.debts(member)) {
			long pay = Math.min(points - paid, debt.outstanding());
			if (pay == 0) {
				break;
			}
			lots.payDebt(member, debt.lineId(), pay);
			paidToDebtLine.put(debt.lineId(), pay);
			paid += pay;
		}
		lots.insertLot(member, lineId, purchase, points, points - paid, earnedAt, availableAt, expiresAt, now);
		// each payment is an allocation from the new lot to the return's line whose points were missing
		paidToDebtLine.forEach((debtLine, pay) -> lots.allocate(member, debtLine, List.of(new LotMove(lineId, pay)), now));
		return paid;
	}

	private Instant expiryOf(Instant earnedAt) {
		return programs.active().map(p -> p.expiresAt(earnedAt)).orElse(null);
	}

	private Optional<LedgerEntry> byKey(UUID tenant, String key) {
		return jdbc.sql("SELECT * FROM ledger_line WHERE tenant_id = ? AND idempotency_key = ?")
			.params(tenant, key)
			.query(LedgerService::entry)
			.optional();
	}

	static MemberAccount account(ResultSet rs, int row) throws SQLException {
		return new MemberAccount(rs.getObject("member_id", UUID.class), rs.getLong("points_balance"),
				rs.getLong("points_debt"), rs.getInt("purchase_count"), rs.getBigDecimal("lifetime_spend"),
				instant(rs, "first_purchase_at"), instant(rs, "last_purchase_at"));
	}

	static LedgerEntry entry(ResultSet rs, int row) throws SQLException {
		return new LedgerEntry(rs.getLong("id"), rs.getObject("member_id", UUID.class),
				EntryKind.valueOf(rs.getString("kind")), rs.getLong("points"), rs.getObject("purchase_id", UUID.class),
				lines(rs), rs.getObject("return_id", UUID.class), rs.getString("rule_id"),
				rs.getString("rule_name"), (Integer) rs.getObject("program_version"), rs.getString("reason"),
				rs.getString("actor"), rs.getTimestamp("created_at").toInstant(), List.of());
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
