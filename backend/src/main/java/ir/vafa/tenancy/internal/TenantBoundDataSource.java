package ir.vafa.tenancy.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import javax.sql.DataSource;

import ir.vafa.tenancy.CurrentTenant;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Every connection handed out is first told which tenant it serves, so PostgreSQL's row-level security
 * policies see it. With no current tenant the setting is emptied, and tenant-owned rows are then invisible:
 * a pooled connection never keeps a previous caller's tenant.
 */
class TenantBoundDataSource extends DelegatingDataSource {

	private static final String BIND = "SELECT set_config('vafa.tenant_id', ?, false)";

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

	private static Connection bind(Connection connection) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(BIND)) {
			statement.setString(1, CurrentTenant.find().map(Object::toString).orElse(""));
			statement.execute();
			return connection;
		}
		catch (SQLException e) {
			connection.close();
			throw e;
		}
	}
}
