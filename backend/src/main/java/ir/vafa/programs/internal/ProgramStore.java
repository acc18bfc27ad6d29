package ir.vafa.programs.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import ir.vafa.programs.ProgramAudit;
import ir.vafa.programs.ProgramChange;
import ir.vafa.programs.ProgramDefinition;
import ir.vafa.programs.ProgramState;
import ir.vafa.programs.PublishedProgram;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * A tenant's program in PostgreSQL: its versions (append-only, each a whole document), the row saying which version
 * serves now and which is scheduled (with a revision that grows on every change), the draft, and the audit log.
 */
@Repository
class ProgramStore {

	private static final TypeReference<List<ProgramChange>> CHANGES = new TypeReference<>() {
	};

	private final JdbcClient jdbc;
	private final ProgramDocuments documents;
	private final JsonMapper json;

	ProgramStore(JdbcClient jdbc, ProgramDocuments documents, JsonMapper json) {
		this.jdbc = jdbc;
		this.documents = documents;
		this.json = json;
	}

	ProgramState state(UUID tenant) {
		return jdbc.sql("SELECT current_version, scheduled_version, scheduled_at, revision FROM program WHERE tenant_id = ?")
			.param(tenant)
			.query(ProgramStore::state)
			.optional()
			.orElse(ProgramState.NONE);
	}

	/** Locks the tenant's program row (creating it when absent), so changes to one program happen one at a time. */
	ProgramState lock(UUID tenant, Instant now) {
		jdbc.sql("INSERT INTO program (tenant_id, revision, updated_at) VALUES (?, 0, ?) ON CONFLICT DO NOTHING")
			.params(tenant, Timestamp.from(now))
			.update();
		return jdbc.sql("""
				SELECT current_version, scheduled_version, scheduled_at, revision FROM program
				WHERE tenant_id = ? FOR UPDATE""")
			.param(tenant)
			.query(ProgramStore::state)
			.single();
	}

	int lastVersion(UUID tenant) {
		return jdbc.sql("SELECT coalesce(max(version), 0) FROM program_version WHERE tenant_id = ?")
			.param(tenant)
			.query(Integer.class)
			.single();
	}

	void insertVersion(UUID tenant, int version, ProgramDefinition definition, Instant at, String actor) {
		jdbc.sql("""
				INSERT INTO program_version (tenant_id, version, document, published_at, published_by)
				VALUES (?, ?, CAST(? AS jsonb), ?, ?)""")
			.params(tenant, version, documents.write(definition), Timestamp.from(at), actor)
			.update();
	}

	/** Sets which version serves now and which from when; the revision moves on, and other nodes see it. */
	void setState(UUID tenant, Integer current, Integer scheduled, Instant scheduledAt, Instant now) {
		jdbc.sql("""
				UPDATE program SET current_version = ?, scheduled_version = ?, scheduled_at = ?, revision = revision + 1,
				  updated_at = ?
				WHERE tenant_id = ?""")
			.params(current, scheduled, scheduledAt == null ? null : Timestamp.from(scheduledAt), Timestamp.from(now),
					tenant)
			.update();
	}

	Optional<PublishedProgram> find(UUID tenant, int version) {
		return jdbc.sql("SELECT * FROM program_version WHERE tenant_id = ? AND version = ?")
			.params(tenant, version)
			.query(this::published)
			.optional();
	}

	List<PublishedProgram> all(UUID tenant) {
		return jdbc.sql("SELECT * FROM program_version WHERE tenant_id = ? ORDER BY version DESC")
			.param(tenant)
			.query(this::published)
			.list();
	}

	Optional<Draft> draft(UUID tenant) {
		return jdbc.sql("SELECT document, updated_at, updated_by FROM program_draft WHERE tenant_id = ?")
			.param(tenant)
			.query((rs, n) -> new Draft(documents.read(rs.getString(1)), rs.getTimestamp(2).toInstant(),
					rs.getString(3)))
			.optional();
	}

	void saveDraft(UUID tenant, ProgramDefinition definition, Instant at, String actor) {
		jdbc.sql("""
				INSERT INTO program_draft (tenant_id, document, updated_at, updated_by) VALUES (?, CAST(? AS jsonb), ?, ?)
				ON CONFLICT (tenant_id) DO UPDATE
				SET document = EXCLUDED.document, updated_at = EXCLUDED.updated_at, updated_by = EXCLUDED.updated_by""")
			.params(tenant, documents.write(definition), Timestamp.from(at), actor)
			.update();
	}

	boolean deleteDraft(UUID tenant) {
		return jdbc.sql("DELETE FROM program_draft WHERE tenant_id = ?").param(tenant).update() == 1;
	}

	void audit(UUID tenant, Instant at, String actor, ProgramAudit.Action action, Integer version,
			Integer fromVersion, Instant activateAt, List<ProgramChange> changes) {
		jdbc.sql("""
				INSERT INTO program_audit (tenant_id, at, actor, action, version, from_version, activate_at, changes)
				VALUES (?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb))""")
			.params(tenant, Timestamp.from(at), actor, action.name(), version, fromVersion,
					activateAt == null ? null : Timestamp.from(activateAt),
					changes == null ? null : json.writeValueAsString(changes))
			.update();
	}

	List<ProgramAudit> audit(UUID tenant, int limit, Long beforeId) {
		return jdbc.sql("SELECT * FROM program_audit WHERE tenant_id = ? AND id < ? ORDER BY id DESC LIMIT ?")
			.params(tenant, beforeId == null ? Long.MAX_VALUE : beforeId, limit)
			.query((rs, n) -> new ProgramAudit(rs.getLong("id"), rs.getTimestamp("at").toInstant(),
					rs.getString("actor"), ProgramAudit.Action.valueOf(rs.getString("action")),
					(Integer) rs.getObject("version"), (Integer) rs.getObject("from_version"),
					instant(rs, "activate_at"),
					rs.getString("changes") == null ? List.of() : json.readValue(rs.getString("changes"), CHANGES)))
			.list();
	}

	/** Every tenant's program revision and scheduled time: what a node polls to learn of changes anywhere. */
	List<Revision> revisions() {
		return jdbc.sql("SELECT tenant_id, revision, scheduled_at FROM vafa_program_revisions()")
			.query((rs, n) -> new Revision(rs.getObject(1, UUID.class), rs.getLong(2), instant(rs, "scheduled_at")))
			.list();
	}

	record Revision(UUID tenant, long revision, Instant scheduledAt) {
	}

	record Draft(ProgramDefinition definition, Instant updatedAt, String updatedBy) {
	}

	private PublishedProgram published(ResultSet rs, int row) throws SQLException {
		return PublishedProgram.of(rs.getInt("version"), documents.read(rs.getString("document")),
				rs.getTimestamp("published_at").toInstant(), rs.getString("published_by"));
	}

	private static ProgramState state(ResultSet rs, int row) throws SQLException {
		return new ProgramState((Integer) rs.getObject("current_version"), (Integer) rs.getObject("scheduled_version"),
				instant(rs, "scheduled_at"), rs.getLong("revision"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return t == null ? null : t.toInstant();
	}
}
