package ir.vafa.programs.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import ir.vafa.programs.ProgramView;
import ir.vafa.rules.PointRounding;
import ir.vafa.rules.RuleSpec;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Program versions in PostgreSQL; the rules are kept as the JSON the tenant published. */
@Repository
class ProgramStore {

	private static final TypeReference<List<RuleSpec>> RULES = new TypeReference<>() {
	};

	private final JdbcClient jdbc;
	private final JsonMapper json;

	ProgramStore(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	Optional<Integer> currentVersion(UUID tenant) {
		return jdbc.sql("SELECT current_version FROM program WHERE tenant_id = ?").param(tenant).query(Integer.class)
			.optional();
	}

	/** Locks the tenant's program row (creating it when absent) so concurrent publishes number versions in turn. */
	int lockNextVersion(UUID tenant, Instant now) {
		jdbc.sql("INSERT INTO program (tenant_id, current_version, updated_at) VALUES (?, 0, ?) ON CONFLICT DO NOTHING")
			.params(tenant, Timestamp.from(now)).update();
		return jdbc.sql("SELECT current_version FROM program WHERE tenant_id = ? FOR UPDATE").param(tenant)
			.query(Integer.class).single() + 1;
	}

	void insert(UUID tenant, ProgramView view) {
		jdbc.sql("""
				INSERT INTO program_version (tenant_id, version, name, currency, timezone, rounding, rules, published_at, published_by)
				VALUES (?, ?, ?, ?, ?, ?, CAST(? AS jsonb), ?, ?)""")
			.params(tenant, view.version(), view.name(), view.currency(), view.timezone(), view.rounding().name(),
					json.writerFor(RULES).writeValueAsString(view.rules()), Timestamp.from(view.publishedAt()),
					view.publishedBy())
			.update();
		jdbc.sql("UPDATE program SET current_version = ?, updated_at = ? WHERE tenant_id = ?")
			.params(view.version(), Timestamp.from(view.publishedAt()), tenant).update();
	}

	Optional<ProgramView> find(UUID tenant, int version) {
		return jdbc.sql("SELECT * FROM program_version WHERE tenant_id = ? AND version = ?").params(tenant, version)
			.query(this::map).optional();
	}

	List<ProgramView> all(UUID tenant) {
		return jdbc.sql("SELECT * FROM program_version WHERE tenant_id = ? ORDER BY version DESC").param(tenant)
			.query(this::map).list();
	}

	private ProgramView map(ResultSet rs, int row) throws SQLException {
		return new ProgramView(rs.getInt("version"), rs.getString("name"), rs.getString("currency"),
				rs.getString("timezone"), PointRounding.valueOf(rs.getString("rounding")),
				json.readValue(rs.getString("rules"), RULES), rs.getTimestamp("published_at").toInstant(),
				rs.getString("published_by"));
	}
}
