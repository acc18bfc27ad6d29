package ir.vafa.memberpage.internal;

import java.time.Instant;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Each member's generation of page links ({@code member_page_generation}): 0 until their links are first revoked,
 * one more with each revocation. A link is good only while it carries the generation now.
 */
@Component
class LinkGenerations {

	private final JdbcClient jdbc;

	LinkGenerations(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	int current(UUID tenant, UUID member) {
		return jdbc.sql("SELECT generation FROM member_page_generation WHERE tenant_id = ? AND member_id = ?")
			.params(tenant, member)
			.query(Integer.class)
			.optional()
			.orElse(0);
	}

	/** Moves the generation on in one statement, so two revocations at once both count and neither is lost. */
	void revoke(UUID tenant, UUID member, Instant at, String actor) {
		jdbc.sql("""
				INSERT INTO member_page_generation (tenant_id, member_id, generation, revoked_at, revoked_by)
				VALUES (?, ?, 1, ?, ?)
				ON CONFLICT (tenant_id, member_id) DO UPDATE SET generation = member_page_generation.generation + 1,
				  revoked_at = EXCLUDED.revoked_at, revoked_by = EXCLUDED.revoked_by""")
			.params(tenant, member, java.sql.Timestamp.from(at), actor)
			.update();
	}
}
