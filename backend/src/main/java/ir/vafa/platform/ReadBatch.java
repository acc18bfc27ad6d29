package ir.vafa.platform;

import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.jdbc.core.ArgumentPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.PreparedStatementCallback;
import org.springframework.jdbc.core.RowMapper;

/**
 * The reads of one unit of work, sent to PostgreSQL together: one round trip for all of them, as
 * {@link WriteBatch} is for writes. Statements run in the order they were added, in the caller's transaction, so a
 * locking read added first ({@code SELECT … FOR UPDATE}) holds its lock before the reads after it take their
 * snapshots (each statement takes a fresh one under READ COMMITTED). Each module adds its own queries and keeps the
 * {@link Rows} handle it is given; after {@link #send()} the handles hold the rows.
 */
public final class ReadBatch {

	private final JdbcOperations jdbc;
	private final List<String> statements = new ArrayList<>();
	private final List<Object> params = new ArrayList<>();
	private final List<Rows<?>> results = new ArrayList<>();
	private boolean sent;

	ReadBatch(JdbcOperations jdbc) {
		this.jdbc = jdbc;
	}

	/** Adds a query with its parameters; its rows are in the handle once the batch is sent. */
	public <T> Rows<T> add(String sql, RowMapper<T> mapper, Object... params) {
		if (sent) {
			throw new IllegalStateException("This batch was sent already");
		}
		if (sql.indexOf(';') >= 0) {
			throw new IllegalArgumentException("A batched statement cannot contain ';': " + sql);
		}
		Rows<T> rows = new Rows<>(mapper);
		statements.add(sql);
		this.params.addAll(Arrays.asList(params));
		results.add(rows);
		return rows;
	}

	public int size() {
		return statements.size();
	}

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
			boolean isResultSet = ps.execute();
			for (Rows<?> rows : results) {
				if (!isResultSet) {
					throw new IllegalStateException("A read batch statement returned no rows: " + statements);
				}
				try (ResultSet rs = ps.getResultSet()) {
					rows.read(rs);
				}
				isResultSet = ps.getMoreResults();
			}
			return null;
		});
	}

	/** The rows one query of a batch returned. */
	public static final class Rows<T> {

		private final RowMapper<T> mapper;
		private List<T> rows;

		private Rows(RowMapper<T> mapper) {
			this.mapper = mapper;
		}

		private void read(ResultSet rs) throws java.sql.SQLException {
			List<T> read = new ArrayList<>();
			int n = 0;
			while (rs.next()) {
				read.add(mapper.mapRow(rs, n++));
			}
			rows = read;
		}

		public List<T> list() {
			if (rows == null) {
				throw new IllegalStateException("The batch has not been sent");
			}
			return rows;
		}

		public java.util.Optional<T> optional() {
			List<T> all = list();
			if (all.size() > 1) {
				throw new IllegalStateException("Expected at most one row, got " + all.size());
			}
			return all.stream().findFirst();
		}
	}
}
