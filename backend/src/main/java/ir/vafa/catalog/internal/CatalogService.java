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

import ir.vafa.catalog.Catalog;
import ir.vafa.catalog.CatalogChange;
import ir.vafa.catalog.CatalogReward;
import ir.vafa.catalog.RewardDefinition;
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
		return jdbc.sql("SELECT * FROM catalog_reward WHERE tenant_id = ?"
				+ (includeArchived ? "" : " AND archived_at IS NULL") + " ORDER BY code")
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
		jdbc.sql("""
				UPDATE catalog_reward SET kind = ?, document = CAST(? AS jsonb), cost_points = ?, valid_from = ?,
				  valid_until = ?, stock_total = ?, revision = ?, updated_at = ?, updated_by = ?
				WHERE tenant_id = ? AND code = ?""")
			.params(changed.kind().name(), json.writeValueAsString(changed), changed.costPoints(),
					timestamp(changed.validFrom()), timestamp(changed.validUntil()), total, revision,
					Timestamp.from(now), actor, CurrentTenant.id(), code)
			.update();
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

	@Override
	@Transactional
	public boolean take(String code, int costPoints, Instant at) {
		Timestamp when = Timestamp.from(at);
		return jdbc.sql("""
				UPDATE catalog_reward SET stock_issued = stock_issued + 1
				WHERE tenant_id = ? AND code = ? AND (stock_total IS NULL OR stock_issued < stock_total)
				  AND archived_at IS NULL AND cost_points = ? AND (valid_from IS NULL OR valid_from <= ?)
				  AND (valid_until IS NULL OR valid_until > ?)""")
			.params(CurrentTenant.id(), code, costPoints, when, when)
			.update() == 1;
	}

	@Override
	@Transactional
	public void giveBack(String code, int count) {
		jdbc.sql("UPDATE catalog_reward SET stock_issued = greatest(stock_issued - ?, 0) WHERE tenant_id = ? AND code = ?")
			.params(count, CurrentTenant.id(), code)
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
		List<FieldError> errors = RewardChecks.againstTheProgram(definition, programs.current());
		if (!errors.isEmpty()) {
			throw ApiProblem.invalid(errors);
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

	private Optional<CatalogReward> find(String code, boolean forUpdate) {
		Instant now = clock.instant();
		return jdbc.sql("SELECT * FROM catalog_reward WHERE tenant_id = ? AND code = ?" + (forUpdate ? " FOR UPDATE" : ""))
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
		int issued = rs.getInt("stock_issued");
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
