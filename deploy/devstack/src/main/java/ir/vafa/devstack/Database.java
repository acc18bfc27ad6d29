package ir.vafa.devstack;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * A PostgreSQL server and the credentials of a user that may create databases and roles (a superuser, or the owner
 * the configured URL names). Tests create their own database with {@link #createDatabase(String)}.
 */
public interface Database extends AutoCloseable {

    /** JDBC URL of the server's maintenance database (the one given, or {@code postgres}). */
    String jdbcUrl();

    String superUser();

    String superPassword();

    /** Where the server comes from, for people: "embedded PostgreSQL 18 on port 5432", "configured …". */
    String description();

    /** Stops the server if this JVM started it; a configured server is left alone. */
    @Override
    void close();

    /**
     * Creates a new, empty database named from the prefix plus a unique suffix and returns its JDBC URL. The
     * database belongs to {@link #superUser()}.
     */
    default String createDatabase(String namePrefix) {
        String name = JdbcUrls.uniqueDatabaseName(namePrefix);
        execute("CREATE DATABASE " + quote(name));
        return jdbcUrl(name);
    }

    /** Creates the database when it does not exist yet (kept across runs on a configured server); returns its URL. */
    default String ensureDatabase(String name) {
        try (Connection connection = connect();
             PreparedStatement query = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            query.setString(1, name);
            try (ResultSet rows = query.executeQuery()) {
                if (!rows.next()) {
                    try (Statement create = connection.createStatement()) {
                        create.execute("CREATE DATABASE " + quote(name));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + name + " on " + jdbcUrl() + ": " + e.getMessage(), e);
        }
        return jdbcUrl(name);
    }

    /** Drops a database made with {@link #createDatabase(String)} (its name or JDBC URL), closing its connections. */
    default void dropDatabase(String nameOrJdbcUrl) {
        String name = nameOrJdbcUrl.startsWith("jdbc:") ? JdbcUrls.databaseName(nameOrJdbcUrl) : nameOrJdbcUrl;
        execute("DROP DATABASE IF EXISTS " + quote(name) + " WITH (FORCE)");
    }

    /** The JDBC URL of another database on this server. */
    default String jdbcUrl(String databaseName) {
        return JdbcUrls.withDatabase(jdbcUrl(), databaseName);
    }

    /** A connection as {@link #superUser()} to the maintenance database. */
    default Connection connect() throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", superUser());
        properties.setProperty("password", superPassword() == null ? "" : superPassword());
        return DriverManager.getConnection(jdbcUrl(), properties);
    }

    private void execute(String sql) {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("'" + sql + "' failed on " + jdbcUrl() + ": " + e.getMessage(), e);
        }
    }

    private static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
