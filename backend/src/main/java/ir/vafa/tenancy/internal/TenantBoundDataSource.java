package ir.vafa.tenancy.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

import javax.sql.DataSource;

import ir.vafa.tenancy.CurrentTenant;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Every connection handed out is first told which tenant it serves, so PostgreSQL's row-level security
 * policies see it. With no current tenant the setting is emptied, and tenant-owned rows are then invisible:
 * a pooled connection never keeps a previous caller's tenant.
 * <p>
 * The setting is session-wide and written outside any transaction (before the transaction manager switches
 * auto-commit off), so no rollback can undo it. That lets us remember, per physical connection, what it was
 * last set to and skip the round trip when a pooled connection goes back to the tenant it already serves, which
 * on a busy node is nearly always.
 */
class TenantBoundDataSource extends DelegatingDataSource {

	private static final String BIND = "SELECT set_config('vafa.tenant_id', ?, false)";

	/** Physical connection → the value its session holds; weak, so closed connections drop out. */
	private final Map<Connection, String> bound = Collections.synchronizedMap(new WeakHashMap<>());

	TenantBoundDataSource(DataSource target) {
		super(target);
	}

	@Override
	public Connection getConnection() throws SQLException {
		return bind(super.getConnection());
	}

	@Override
	public Connection getConnection(String username, String password) throws SQLException {
		return bind(super.getConnection(username, password));
	}

	private Connection bind(Connection connection) throws SQLException {
		String tenant = CurrentTenant.find().map(Object::toString).orElse("");
		Connection physical = physical(connection);
		try {
			if (tenant.equals(bound.get(physical)) && connection.getAutoCommit()) {
				return connection;
			}
			bound.remove(physical);
			try (PreparedStatement statement = connection.prepareStatement(BIND)) {
				statement.setString(1, tenant);
				statement.execute();
			}
			if (connection.getAutoCommit()) {
				bound.put(physical, tenant);
			}
			return connection;
		}
		catch (SQLException | RuntimeException e) {
			bound.remove(physical);
			connection.close();
			throw e;
		}
	}

	/** The driver's connection under the pool's proxy: the proxy object changes with every checkout. */
	private static Connection physical(Connection connection) throws SQLException {
		return connection.isWrapperFor(Connection.class) ? connection.unwrap(Connection.class) : connection;
	}
}
