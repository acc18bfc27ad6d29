package ir.vafa.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;

import javax.sql.DataSource;

import ir.vafa.demo.DemoPrograms;
import ir.vafa.support.ApiTest;
import ir.vafa.support.TestTenant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * PostgreSQL itself keeps tenants apart: SQL that forgets the tenant sees nothing and writes nothing, through
 * the application's own database role.
 */
class RowLevelSecurityTest extends ApiTest {

	@Autowired
	DataSource dataSource;

	private JdbcClient jdbc;
	private TestTenant a;
	private TestTenant b;

	@BeforeEach
	void twoTenantsWithMembers() {
		jdbc = JdbcClient.create(dataSource);
		a = tenant("rls-a", DemoPrograms.retail());
		b = tenant("rls-b", DemoPrograms.retail());
		enroll(a, "A-1");
		enroll(b, "B-1");
		a.pos().post("/api/purchases", purchase("x-1", "A-1", Instant.now(), line("TV", "electronics", 1, "100000")));
	}

	@Test
	void aQueryThatForgetsTheTenantSeesNoRows() {
		assertThat(jdbc.sql("SELECT count(*) FROM member").query(Long.class).single()).isZero();
		assertThat(jdbc.sql("SELECT count(*) FROM ledger_line").query(Long.class).single()).isZero();
		assertThat(jdbc.sql("SELECT count(*) FROM purchase").query(Long.class).single()).isZero();
	}

	@Test
	void aTenantsConnectionSeesOnlyItsOwnRowsEvenWithoutAWhereClause() {
		long members = CurrentTenant.callAs(a.id(), () -> jdbc.sql("SELECT count(*) FROM member").query(Long.class).single());
		String cards = CurrentTenant.callAs(a.id(),
				() -> jdbc.sql("SELECT string_agg(card_number, ',') FROM member").query(String.class).single());

		assertThat(members).isEqualTo(1);
		assertThat(cards).isEqualTo("A-1");
	}

	@Test
	void aPooledConnectionServesEachCallerAsItsOwnTenantOnly() {
		// One thread gets the same pooled connection back each time, so each call below reuses the session the
		// previous one bound to another tenant (or to none).
		java.util.Set<Integer> backends = new java.util.HashSet<>();
		for (int round = 0; round < 3; round++) {
			String cardsOfA = CurrentTenant.callAs(a.id(), () -> cards(backends));
			String cardsOfNobody = cards(backends);
			String cardsOfB = CurrentTenant.callAs(b.id(), () -> cards(backends));

			assertThat(cardsOfA).isEqualTo("A-1");
			assertThat(cardsOfNobody).isEmpty();
			assertThat(cardsOfB).isEqualTo("B-1");
		}
		assertThat(backends).as("the calls shared one database session").hasSize(1);
	}

	/** Every member card the connection can see, and which server process answered. */
	private String cards(java.util.Set<Integer> backends) {
		return jdbc.sql("SELECT pg_backend_pid() AS pid, coalesce(string_agg(card_number, ','), '') AS cards FROM member")
			.query((rs, n) -> {
				backends.add(rs.getInt("pid"));
				return rs.getString("cards");
			})
			.single();
	}

	@Test
	void aRowForAnotherTenantCannotBeWritten() {
		assertThatThrownBy(() -> CurrentTenant.runAs(a.id(), () -> jdbc.sql(
				"INSERT INTO member (tenant_id, id, card_number, enrolled_at) VALUES (?, ?, 'EVIL', now())")
			.params(b.id(), UUID.randomUUID())
			.update()))
			.isInstanceOf(DataAccessException.class)
			.rootCause()
			.hasMessageContaining("row-level security");
	}

	@Test
	void aRowCannotBeWrittenWithoutATenant() {
		assertThatThrownBy(() -> jdbc.sql(
				"INSERT INTO member (tenant_id, id, card_number, enrolled_at) VALUES (?, ?, 'EVIL', now())")
			.params(b.id(), UUID.randomUUID())
			.update())
			.isInstanceOf(DataAccessException.class)
			.rootCause()
			.hasMessageContaining("row-level security");
	}

	@Test
	void theApplicationsRoleCannotBypassRowLevelSecurity() {
		var role = jdbc.sql("SELECT rolsuper, rolbypassrls FROM pg_roles WHERE rolname = current_user")
			.query((rs, n) -> new boolean[] { rs.getBoolean(1), rs.getBoolean(2) })
			.single();
		assertThat(role[0]).as("superuser").isFalse();
		assertThat(role[1]).as("bypassrls").isFalse();
		assertThatThrownBy(() -> jdbc.sql("ALTER TABLE member DISABLE ROW LEVEL SECURITY").update())
			.isInstanceOf(DataAccessException.class);
	}

	@Test
	void theLedgerIsAppendOnly() {
		assertThatThrownBy(() -> CurrentTenant.runAs(a.id(),
				() -> jdbc.sql("UPDATE ledger_line SET points = points * 10").update()))
			.isInstanceOf(DataAccessException.class);
		assertThatThrownBy(() -> CurrentTenant.runAs(a.id(), () -> jdbc.sql("DELETE FROM ledger_line").update()))
			.isInstanceOf(DataAccessException.class);
	}
}
