package ir.vafa.platform;

import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.stereotype.Component;

/** Starts {@link WriteBatch}es and {@link ReadBatch}es on the application's database, joining the caller's transaction when sent. */
@Component
public class WriteBatches {

	private final JdbcOperations jdbc;

	public WriteBatches(JdbcOperations jdbc) {
		this.jdbc = jdbc;
	}

	public WriteBatch start() {
		return new WriteBatch(jdbc);
	}

	public ReadBatch startReads() {
		return new ReadBatch(jdbc);
	}
}
