package ir.vafa.catalog.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import ir.vafa.catalog.Catalog;
import ir.vafa.catalog.CatalogChange;
import ir.vafa.catalog.CatalogReward;
import ir.vafa.catalog.Order;
import ir.vafa.catalog.RewardDefinition;
import ir.vafa.catalog.RewardQuote;
import ir.vafa.platform.ApiProblem;
import ir.vafa.platform.ApiProblem.FieldError;
import ir.vafa.platform.WellFormed;
import ir.vafa.programs.Programs;
import ir.vafa.tenancy.CurrentTenant;
import jakarta.validation.Validator;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

@Service
class CatalogService implements Catalog {

	/** The stored document's format: {@link RewardDefinition} as version 1 writes it. */
	static final int SCHEMA_VERSION = 1;

	/** The rows an unlimited reward's issued count is spread over, so that reservations rarely meet on one. */
	static final int SHARES = 32;

	/** A reward with its issued count: its own column, plus its shares while its stock is unlimited. */
	private static final String SELECT = """
			SELECT c.*, c.stock_issued + coalesce((SELECT sum(s.issued) FROM catalog_issued_share s
			  WHERE s.tenant_id = c.tenant_id AND s.code = c.code), 0) AS issued
			FROM catalog_reward c""";

	private static final String OFFERED = """
			tenant_id = ? AND code = ? AND archived_at IS NULL AND cost_points = ? AND (valid_from IS NULL OR valid_from <= ?)
			  AND (valid_until IS NULL OR valid_until > ?)""";

	private final JdbcClient jdbc;
	private final JsonMapper json;
	private final Programs programs;
	private final Clock clock;
	private final Validator validator;

	CatalogService(JdbcClient jdbc, JsonMapper json, Programs programs, Clock clock, Validator validator) {
		this.validator = validator;
		this.jdbc = jdbc;
		this.json = json;
		this.programs = programs;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public List<CatalogReward> list(boolean includeArchived) {
		Instant now = clock.instant();
		return jdbc.sql(SELECT + " WHERE c.tenant_id = ?"
				+ (includeArchived ? "" : " AND c.archived_at IS NULL") + " ORDER BY c.code")
			.params(CurrentTenant.id())
			.query((rs, n) -> reward(rs, now))
			.list();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<CatalogReward> get(String code) {
		return find(code, false);
	}

	@Override
	@Transactional(readOnly = true)
	public RewardQuote quote(String code, Order order) {
		CatalogReward reward = find(code, false).orElseThrow(() -> ApiProblem.notFound("No reward " + code));
		try {
			return RewardQuote.of(reward.definition(), order);
		}
		catch (RewardQuote.OtherCurrency other) {
			throw ApiProblem.invalid("currency", other.getMessage());
		}
	}

	@Override
	@Transactional
	public CatalogReward create(RewardDefinition definition, String actor) {
		if (definition.code() == null) {
			throw ApiProblem.malformed(List.of(new FieldError("code", "must be given")));
		}
		checked(definition);
		Instant now = clock.instant();
		int inserted = jdbc.sql("""
				INSERT INTO catalog_reward (tenant_id, code, kind, schema_version, document, cost_points, valid_from,
				  valid_until, stock_total, revision, created_at, created_by, updated_at, updated_by)
				VALUES (?, ?, ?, ?, CAST(? AS jsonb), ?, ?, ?, ?, 1, ?, ?, ?, ?)
				ON CONFLICT (tenant_id, code) DO NOTHING""")
			.params(CurrentTenant.id(), definition.code(), definition.kind().name(), SCHEMA_VERSION,
					json.writeValueAsString(definition), definition.costPoints(), timestamp(definition.validFrom()),
					timestamp(definition.validUntil()), definition.stockOrUnlimited().total(), Timestamp.from(now),
					actor, Timestamp.from(now), actor)
			.update();
		if (inserted == 0) {
			throw ApiProblem.conflict("code", "the tenant has a reward with the code " + definition.code());
		}
		log(definition.code(), CatalogChange.Action.CREATED, 1, actor, now, null, definition);
		return find(definition.code(), false).orElseThrow();
	}

	@Override
	@Transactional
	public CatalogReward update(String code, RewardDefinition definition, Integer expectedRevision, String actor) {
		CatalogReward current = find(code, true).orElseThrow(() -> ApiProblem.notFound("No reward " + code));
		if (definition.code() != null && !definition.code().equals(code)) {
			throw ApiProblem.invalid("code", "cannot be changed (it is " + code + ")");
		}
		RewardDefinition changed = definition.withCode(code);
		if (expectedRevision != null && expectedRevision != current.revision()) {
			throw new ApiProblem(HttpStatus.PRECONDITION_FAILED, "Changed since read",
					"the reward is at revision " + current.revision() + ", not " + expectedRevision, List.of());
		}
		wellFormed(changed);
		List<FieldError> errors = new ArrayList<>(RewardChecks.againstTheProgram(changed, programs.current()));
		if (current.issued() > 0 && changed.kind() != current.definition().kind()) {
			errors.add(new FieldError("kind", current.issued() + " were issued as " + current.definition().kind()
					+ "; a reward's kind can change only before any is issued"));
		}
		endsInTheFuture(changed, current.definition(), errors);
		Integer total = changed.stockOrUnlimited().total();
		if (total != null && total < current.issued()) {
			errors.add(new FieldError("stock.total", "must be at least the " + current.issued() + " already issued"));
		}
		if (!errors.isEmpty()) {
			throw ApiProblem.invalid(errors);
		}
		if (Objects.equals(changed, current.definition())) {
			return current;
		}
		Instant now = clock.instant();
		int revision = current.revision() + 1;
		// A limited stock is counted in the row alone: the shares fold into it (the row lock waited for their writers).
		jdbc.sql("""
				UPDATE catalog_reward SET kind = ?, document = CAST(? AS jsonb), cost_points = ?, valid_from = ?,
				  valid_until = ?, stock_total = ?, revision = ?, updated_at = ?, updated_by = ?,
				  stock_issued = CASE WHEN ? THEN ? ELSE stock_issued END
				WHERE tenant_id = ? AND code = ?""")
			.params(changed.kind().name(), json.writeValueAsString(changed), changed.costPoints(),
					timestamp(changed.validFrom()), timestamp(changed.validUntil()), total, revision,
					Timestamp.from(now), actor, total != null, current.issued(), CurrentTenant.id(), code)
			.update();
		if (total != null) {
			jdbc.sql("DELETE FROM catalog_issued_share WHERE tenant_id = ? AND code = ?")
				.params(CurrentTenant.id(), code)
				.update();
		}
		log(code, CatalogChange.Action.UPDATED, revision, actor, now, current.definition(), changed);
		return find(code, false).orElseThrow();
	}

	@Override
	@Transactional
	public CatalogReward archive(String code, String actor) {
		return setArchived(code, true, actor);
	}

	@Override
	@Transactional
	public CatalogReward restore(String code, String actor) {
		return setArchived(code, false, actor);
	}

	@Override
	@Transactional(readOnly = true)
	public List<CatalogChange> changes(String code) {
		if (find(code, false).isEmpty()) {
			throw ApiProblem.notFound("No reward " + code);
		}
		return jdbc.sql("SELECT * FROM catalog_change WHERE tenant_id = ? AND code = ? ORDER BY id DESC")
			.params(CurrentTenant.id(), code)
			.query((rs, n) -> new CatalogChange(rs.getLong("id"), rs.getString("code"),
					CatalogChange.Action.valueOf(rs.getString("action")), rs.getInt("revision"), rs.getString("actor"),
					rs.getTimestamp("at").toInstant(), document(rs.getString("before")), document(rs.getString("after"))))
			.list();
	}

	/**
	 * A limited reward's stock is taken by one conditional update of its row, so it never goes below zero. An
	 * unlimited one is only read, under a share lock that keeps it as read until commit, and counted in one of its
	 * shares: reservations of it do not wait for each other.
	 */
	@Override
	@Transactional
	public boolean take(String code, int costPoints, Instant at) {
		Timestamp when = Timestamp.from(at);
		UUID tenant = CurrentTenant.id();
		if (jdbc.sql("SELECT 1 FROM catalog_reward WHERE " + OFFERED + " AND stock_total IS NULL FOR SHARE")
			.params(tenant, code, costPoints, when, when)
			.query(Integer.class)
			.optional()
			.isPresent()) {
			count(code, 1);
			return true;
		}
		return jdbc.sql("UPDATE catalog_reward SET stock_issued = stock_issued + 1 WHERE " + OFFERED
				+ " AND stock_issued < stock_total")
			.params(tenant, code, costPoints, when, when)
			.update() == 1;
	}

	@Override
	@Transactional
	public void giveBack(String code, int count) {
		UUID tenant = CurrentTenant.id();
		// a reward whose stock is made limited or unlimited in between is tried again as it is now
		for (int attempt = 0; attempt < 3; attempt++) {
			if (jdbc.sql("""
					UPDATE catalog_reward SET stock_issued = greatest(stock_issued - ?, 0)
					WHERE tenant_id = ? AND code = ? AND stock_total IS NOT NULL""")
				.params(count, tenant, code)
				.update() == 1) {
				return;
			}
			if (jdbc.sql("SELECT 1 FROM catalog_reward WHERE tenant_id = ? AND code = ? AND stock_total IS NULL FOR SHARE")
				.params(tenant, code)
				.query(Integer.class)
				.optional()
				.isPresent()) {
				count(code, -count);
				return;
			}
		}
	}

	/** Adds to one share of an unlimited reward's count, picked at random; its catalog row is share-locked. */
	private void count(String code, int delta) {
		jdbc.sql("""
				INSERT INTO catalog_issued_share (tenant_id, code, shard, issued) VALUES (?, ?, ?, ?)
				ON CONFLICT (tenant_id, code, shard) DO UPDATE SET issued = catalog_issued_share.issued + EXCLUDED.issued""")
			.params(CurrentTenant.id(), code, (short) ThreadLocalRandom.current().nextInt(SHARES), delta)
			.update();
	}

	private CatalogReward setArchived(String code, boolean archived, String actor) {
		CatalogReward current = find(code, true).orElseThrow(() -> ApiProblem.notFound("No reward " + code));
		if (current.archived() == archived) {
			return current;
		}
		Instant now = clock.instant();
		int revision = current.revision() + 1;
		jdbc.sql("""
				UPDATE catalog_reward SET archived_at = ?, revision = ?, updated_at = ?, updated_by = ?
				WHERE tenant_id = ? AND code = ?""")
			.params(archived ? Timestamp.from(now) : null, revision, Timestamp.from(now), actor, CurrentTenant.id(), code)
			.update();
		log(code, archived ? CatalogChange.Action.ARCHIVED : CatalogChange.Action.RESTORED, revision, actor, now,
				null, null);
		return find(code, false).orElseThrow();
	}

	private void checked(RewardDefinition definition) {
		wellFormed(definition);
		List<FieldError> errors = new ArrayList<>(RewardChecks.againstTheProgram(definition, programs.current()));
		endsInTheFuture(definition, null, errors);
		if (!errors.isEmpty()) {
			throw ApiProblem.invalid(errors);
		}
	}

	/**
	 * A new reward, or a changed end, must end after now: a reward nobody could ever take is a mistake (an old
	 * reward whose end has passed can still be changed otherwise, or archived).
	 */
	private void endsInTheFuture(RewardDefinition reward, RewardDefinition before, List<FieldError> errors) {
		Instant now = clock.instant();
		Instant until = reward.validUntil();
		boolean changedEnd = before == null || !Objects.equals(until, before.validUntil());
		if (changedEnd && until != null && !until.isAfter(now)) {
			errors.add(new FieldError("validUntil", "must be in the future (it is " + until + ")"));
		}
		if (reward.experience() != null && !reward.experience().startsAt().isAfter(now) && (before == null
				|| before.experience() == null || !reward.experience().startsAt().equals(before.experience().startsAt()))) {
			errors.add(new FieldError("experience.startsAt", "must be in the future (it is "
					+ reward.experience().startsAt() + ")"));
		}
	}

	/**
	 * The request's own checks, bean validation's first: the controller runs it too, but the console calls this
	 * service directly.
	 */
	private void wellFormed(RewardDefinition definition) {
		List<FieldError> errors = new ArrayList<>(WellFormed.violations(validator, definition));
		if (errors.isEmpty()) {
			errors.addAll(RewardChecks.ofTheReward(definition));
		}
		if (!errors.isEmpty()) {
			errors.sort(Comparator.comparing(FieldError::field));
			throw ApiProblem.malformed(errors);
		}
	}

	/**
	 * The reward; locked first when {@code forUpdate}. The lock waits for reservations of an unlimited reward (they
	 * hold a share lock), so it is taken by a statement of its own: the reward is then read with a snapshot that
	 * sees their shares of the count.
	 */
	private Optional<CatalogReward> find(String code, boolean forUpdate) {
		if (forUpdate && jdbc.sql("SELECT 1 FROM catalog_reward WHERE tenant_id = ? AND code = ? FOR UPDATE")
			.params(CurrentTenant.id(), code)
			.query(Integer.class)
			.optional()
			.isEmpty()) {
			return Optional.empty();
		}
		Instant now = clock.instant();
		return jdbc.sql(SELECT + " WHERE c.tenant_id = ? AND c.code = ?")
			.params(CurrentTenant.id(), code)
			.query((rs, n) -> reward(rs, now))
			.optional();
	}

	private void log(String code, CatalogChange.Action action, int revision, String actor, Instant at,
			RewardDefinition before, RewardDefinition after) {
		jdbc.sql("""
				INSERT INTO catalog_change (tenant_id, code, action, revision, actor, at, before, after)
				VALUES (?, ?, ?, ?, ?, ?, CAST(? AS jsonb), CAST(? AS jsonb))""")
			.params(CurrentTenant.id(), code, action.name(), revision, actor, Timestamp.from(at),
					before == null ? null : json.writeValueAsString(before),
					after == null ? null : json.writeValueAsString(after))
			.update();
	}

	private CatalogReward reward(ResultSet rs, Instant now) throws SQLException {
		if (rs.getInt("schema_version") != SCHEMA_VERSION) {
			throw new IllegalStateException("reward " + rs.getString("code") + " is stored in schema version "
					+ rs.getInt("schema_version") + ", which this version of Vafa cannot read");
		}
		RewardDefinition definition = document(rs.getString("document"));
		int issued = Math.max(rs.getInt("issued"), 0);
		Integer total = (Integer) rs.getObject("stock_total");
		Integer remaining = total == null ? null : total - issued;
		boolean archived = rs.getTimestamp("archived_at") != null;
		boolean available = !archived && (remaining == null || remaining > 0)
				&& (definition.validFrom() == null || !now.isBefore(definition.validFrom()))
				&& (definition.validUntil() == null || now.isBefore(definition.validUntil()));
		return new CatalogReward(definition, issued, remaining, available, archived, rs.getInt("revision"),
				rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"),
				rs.getTimestamp("updated_at").toInstant(), rs.getString("updated_by"));
	}

	private RewardDefinition document(String document) {
		return document == null ? null : json.readValue(document, RewardDefinition.class);
	}

	private static Timestamp timestamp(Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}
}
