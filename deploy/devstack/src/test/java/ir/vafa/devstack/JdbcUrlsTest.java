package ir.vafa.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JdbcUrlsTest {

    @Test
    void replacesTheDatabaseAndKeepsHostAndParameters() {
        assertThat(JdbcUrls.withDatabase("jdbc:postgresql://localhost:5432/postgres", "shop"))
                .isEqualTo("jdbc:postgresql://localhost:5432/shop");
        assertThat(JdbcUrls.withDatabase("jdbc:postgresql://db1:5432,db2:5433/main?sslmode=disable&loggerLevel=OFF", "x"))
                .isEqualTo("jdbc:postgresql://db1:5432,db2:5433/x?sslmode=disable&loggerLevel=OFF");
        assertThat(JdbcUrls.withDatabase("jdbc:postgresql://localhost:5432", "x")).isEqualTo("jdbc:postgresql://localhost:5432/x");
        assertThat(JdbcUrls.withDatabase("jdbc:postgresql:main?user=a", "x")).isEqualTo("jdbc:postgresql:x?user=a");
    }

    @Test
    void readsTheDatabaseName() {
        assertThat(JdbcUrls.databaseName("jdbc:postgresql://localhost:5432/shop?ssl=false")).isEqualTo("shop");
    }

    @Test
    void uniqueNamesAreLegalIdentifiersThatKeepThePrefix() {
        String name = JdbcUrls.uniqueDatabaseName("Backend Ledger-Tests");
        assertThat(name).startsWith("backend_ledger_tests_").matches("[a-z][a-z0-9_]{1,62}");
        assertThat(JdbcUrls.uniqueDatabaseName("9lives")).startsWith("db_9lives_");
        assertThat(JdbcUrls.uniqueDatabaseName("x".repeat(100))).hasSizeLessThanOrEqualTo(63);
        assertThat(JdbcUrls.uniqueDatabaseName("a")).isNotEqualTo(JdbcUrls.uniqueDatabaseName("a"));
    }
}
