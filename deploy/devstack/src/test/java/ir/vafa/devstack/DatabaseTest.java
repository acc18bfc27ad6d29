package ir.vafa.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** Runs against the embedded PostgreSQL (surefire sets VAFA_DEVSTACK=embedded for this module). */
class DatabaseTest {

    private final Database database = DevInfrastructure.database();

    @Test
    void isOneServerPerJvm() {
        assertThat(DevInfrastructure.database()).isSameAs(database);
        assertThat(database.description()).contains("embedded PostgreSQL");
    }

    @Test
    void createsADatabaseThatCanBeWrittenAndQueried() throws SQLException {
        String url = database.createDatabase("devstack_query");

        assertThat(url).startsWith("jdbc:postgresql://").contains("/devstack_query_");
        try (Connection connection = DriverManager.getConnection(url, database.superUser(), database.superPassword());
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE points (member text PRIMARY KEY, balance bigint NOT NULL)");
            statement.execute("INSERT INTO points VALUES ('sara', 120), ('reza', 30)");
            try (ResultSet rows = statement.executeQuery(
                    "SELECT sum(balance), current_database(), current_setting('server_version_num')::int FROM points")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getLong(1)).isEqualTo(150);
                assertThat(url).contains("/" + rows.getString(2));
                assertThat(rows.getInt(3)).isGreaterThanOrEqualTo(180000);
            }
        }
    }

    @Test
    void everyTestContextGetsANewEmptyDatabase() throws SQLException {
        String first = database.createDatabase("devstack_fresh");
        String second = database.createDatabase("devstack_fresh");

        assertThat(first).isNotEqualTo(second);
        try (Connection connection = DriverManager.getConnection(second, database.superUser(), database.superPassword());
             ResultSet tables = connection.createStatement().executeQuery(
                     "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'")) {
            tables.next();
            assertThat(tables.getInt(1)).isZero();
        }
    }

    @Test
    void theSuperUserMayCreateRoles() throws SQLException {
        String url = database.createDatabase("devstack_roles");
        try (Connection connection = DriverManager.getConnection(url, database.superUser(), database.superPassword());
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE ROLE " + JdbcUrls.databaseName(url) + "_app LOGIN PASSWORD 'secret'");
        }
    }

    @Test
    void ensureDatabaseCreatesOnceAndDropDatabaseRemoves() throws SQLException {
        String name = JdbcUrls.uniqueDatabaseName("devstack_ensure");
        String url = database.ensureDatabase(name);
        assertThat(database.ensureDatabase(name)).isEqualTo(url);

        Connection open = DriverManager.getConnection(url, database.superUser(), database.superPassword());
        database.dropDatabase(url);

        assertThat(open.isValid(2)).isFalse();
        open.close();
        assertThatThrownBy(() -> DriverManager.getConnection(url, database.superUser(), database.superPassword()).close())
                .isInstanceOf(SQLException.class)
                .hasMessageContaining(name);
    }
}
