package ir.vafa.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import javax.sql.DataSource;

import ir.vafa.support.ApiTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.JdbcUpdateAffectedIncorrectNumberOfRowsException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A write batch against the real database, through the application's own role, on one connection that keeps a
 * temporary table across the test's transactions.
 */
class WriteBatchTest extends ApiTest {

	@Autowired
	DataSource applicationDataSource;

	private Connection connection;
	private JdbcTemplate jdbc;
	private TransactionTemplate transaction;

	@BeforeEach
	void aTableOfCounters() throws SQLException {
		connection = applicationDataSource.getConnection();
		SingleConnectionDataSource one = new SingleConnectionDataSource(connection, true);
		jdbc = new JdbcTemplate(one);
		transaction = new TransactionTemplate(new DataSourceTransactionManager(one));
		jdbc.execute("CREATE TEMPORARY TABLE counter (name text PRIMARY KEY, n int NOT NULL)");
	}

	@AfterEach
	void dropIt() throws SQLException {
		jdbc.execute("DROP TABLE counter");
		connection.close();
	}

	@Test
	void runsItsStatementsInTheOrderAddedEachWithItsOwnParameters() {
		transaction.executeWithoutResult(tx -> new WriteBatches(jdbc).start()
			.add("INSERT INTO counter VALUES (?, ?)", "a", 1)
			.add("UPDATE counter SET n = n * ? WHERE name = ?", List.of(10, "a"))
			.add("INSERT INTO counter SELECT ?, n + ? FROM counter WHERE name = ?", "b", 5, "a")
			.addChangingOneRow("UPDATE counter SET n = n + 1 WHERE name = ?", List.of("b"))
			.send());

		assertThat(counters()).containsExactly("a=10", "b=16");
	}

	@Test
	void aTakenKeyStopsTheBatchAsDuplicateKeyAndTheTransactionWritesNothing() {
		jdbc.update("INSERT INTO counter VALUES ('a', 1)");

		assertThatThrownBy(() -> transaction.executeWithoutResult(tx -> new WriteBatches(jdbc).start()
			.add("INSERT INTO counter VALUES (?, ?)", "b", 2)
			.add("INSERT INTO counter VALUES (?, ?)", "a", 3)
			.add("INSERT INTO counter VALUES (?, ?)", "c", 4)
			.send())).isInstanceOf(DuplicateKeyException.class);

		assertThat(counters()).containsExactly("a=1");
	}

	@Test
	void aStatementThatMustChangeOneRowAndChangesNoneFailsTheBatch() {
		assertThatThrownBy(() -> transaction.executeWithoutResult(tx -> new WriteBatches(jdbc).start()
			.add("INSERT INTO counter VALUES (?, ?)", "a", 1)
			.addChangingOneRow("UPDATE counter SET n = 0 WHERE name = ?", List.of("missing"))
			.send()))
			.isInstanceOf(JdbcUpdateAffectedIncorrectNumberOfRowsException.class)
			.hasMessageContaining("UPDATE counter SET n = 0")
			.satisfies(e -> assertThat(((JdbcUpdateAffectedIncorrectNumberOfRowsException) e).getActualRowsAffected())
				.isZero());

		assertThat(counters()).isEmpty();
	}

	@Test
	void refusesStatementsItCannotCountAndBeingSentTwice() {
		WriteBatch batch = new WriteBatches(jdbc).start();

		assertThatThrownBy(() -> batch.add("INSERT INTO counter VALUES ('x', 1); DELETE FROM counter"))
			.isInstanceOf(IllegalArgumentException.class);
		batch.add("INSERT INTO counter VALUES (?, ?)", "a", 1).send();
		assertThatThrownBy(batch::send).isInstanceOf(IllegalStateException.class);
		assertThat(batch.size()).isEqualTo(1);
		assertThat(counters()).containsExactly("a=1");
	}

	private List<String> counters() {
		return jdbc.queryForList("SELECT name || '=' || n FROM counter ORDER BY name", String.class);
	}
}
