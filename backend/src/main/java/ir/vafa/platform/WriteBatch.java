package ir.vafa.platform;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.jdbc.JdbcUpdateAffectedIncorrectNumberOfRowsException;
import org.springframework.jdbc.core.ArgumentPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.PreparedStatementCallback;

/**
 * The writes of one unit of work, sent to PostgreSQL together: one network round trip for all of them instead of
 * one each. Under load a round trip costs the database backend and the application thread a sleep and a wake-up
 * each, which on a virtual machine costs more than a small statement itself (docs/benchmarks.md).
 * <p>
 * The module that owns the unit of work starts a batch ({@link WriteBatches#start()}) and hands it to the modules
 * whose rows the work touches; each adds its own statements, so its SQL stays in its module, and the owner sends
 * the batch. Statements run in the order they were added, in the caller's transaction. The first that fails stops
 * the rest and its error arrives as Spring's {@code DataAccessException} (a taken unique key as
 * {@code DuplicateKeyException}); the caller's transaction then rolls back. What the statements return is not
 * read: a statement that must change exactly one row says so, and the batch fails when it does not.
 */
public final class WriteBatch {

	private final JdbcOperations jdbc;
	private final List<String> statements = new ArrayList<>();
	private final List<Integer> expectedRows = new ArrayList<>();
	private final List<Object> params = new ArrayList<>();
	private boolean sent;

	WriteBatch(JdbcOperations jdbc) {
		this.jdbc = jdbc;
	}

	/** Adds a statement with its parameters, in the order of its {@code ?} placeholders. */
	public WriteBatch add(String sql, Object... params) {
		return add(null, sql, Arrays.asList(params));
	}

	public WriteBatch add(String sql, List<?> params) {
		return add(null, sql, params);
	}

	/** Adds a statement that must change exactly one row, or the batch fails. */
	public WriteBatch addChangingOneRow(String sql, List<?> params) {
		return add(1, sql, params);
	}

	/**
	 * Puts a statement before all the others: for the one that must fail first (a purchase's claim of its external
	 * id), when its values are known only after the others were added.
	 */
	public WriteBatch addFirst(String sql, List<?> params) {
		check(sql);
		statements.addFirst(sql);
		expectedRows.addFirst(null);
		this.params.addAll(0, params);
		return this;
	}

	private WriteBatch add(Integer rows, String sql, List<?> params) {
		check(sql);
		statements.add(sql);
		expectedRows.add(rows);
		this.params.addAll(params);
		return this;
	}

	private void check(String sql) {
		if (sent) {
			throw new IllegalStateException("This batch was sent already");
		}
		// The driver splits the batch's text at semicolons; one inside a statement would shift every count after it.
		if (sql.indexOf(';') >= 0) {
			throw new IllegalArgumentException("A batched statement cannot contain ';': " + sql);
		}
	}

	public int size() {
		return statements.size();
	}

	/** Runs every statement added, in one round trip; a batch is sent once. */
	public void send() {
		if (sent) {
			throw new IllegalStateException("This batch was sent already");
		}
		sent = true;
		if (statements.isEmpty()) {
			return;
		}
		Object[] args = params.toArray();
		jdbc.execute(String.join(";\n", statements), (PreparedStatementCallback<Void>) ps -> {
			new ArgumentPreparedStatementSetter(args).setValues(ps);
			boolean rowsReturned = ps.execute();
			for (int i = 0; i < statements.size(); i++) {
				int changed = rowsReturned ? -1 : ps.getUpdateCount();
				Integer expected = expectedRows.get(i);
				if (expected != null && changed != expected) {
					throw new JdbcUpdateAffectedIncorrectNumberOfRowsException(statements.get(i), expected, changed);
				}
				rowsReturned = ps.getMoreResults();
			}
			return null;
		});
	}
}
