package ir.vafa.devstack;

import java.security.SecureRandom;
import java.util.Locale;

/** PostgreSQL JDBC URLs ({@code jdbc:postgresql://host:port/database?params}) and database names. */
final class JdbcUrls {

    private static final String PREFIX = "jdbc:postgresql:";
    private static final SecureRandom RANDOM = new SecureRandom();

    private JdbcUrls() {
    }

    /** The same server and parameters, another database. */
    static String withDatabase(String jdbcUrl, String database) {
        Parts parts = parse(jdbcUrl);
        return parts.head + database + parts.query;
    }

    static String databaseName(String jdbcUrl) {
        return parse(jdbcUrl).database;
    }

    /** Lower case letters, digits and underscores from the prefix, then {@code _<time><random>}; at most 63 characters. */
    static String uniqueDatabaseName(String namePrefix) {
        String prefix = (namePrefix == null ? "" : namePrefix).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]+", "_");
        if (prefix.isEmpty() || !Character.isLetter(prefix.charAt(0))) {
            prefix = "db_" + prefix;
        }
        String suffix = Long.toString(System.currentTimeMillis(), 36)
                + String.format("%04d", RANDOM.nextInt(10_000));
        int room = 63 - suffix.length() - 1;
        if (prefix.length() > room) {
            prefix = prefix.substring(0, room);
        }
        return prefix + "_" + suffix;
    }

    private record Parts(String head, String database, String query) {
    }

    private static Parts parse(String jdbcUrl) {
        if (!jdbcUrl.startsWith(PREFIX)) {
            throw new IllegalArgumentException("Not a PostgreSQL JDBC URL: " + jdbcUrl);
        }
        int queryStart = jdbcUrl.indexOf('?');
        String query = queryStart < 0 ? "" : jdbcUrl.substring(queryStart);
        String body = queryStart < 0 ? jdbcUrl : jdbcUrl.substring(0, queryStart);
        String rest = body.substring(PREFIX.length());
        if (rest.startsWith("//")) {
            int slash = rest.indexOf('/', 2);
            if (slash < 0) {
                return new Parts(body + "/", "", query);
            }
            return new Parts(PREFIX + rest.substring(0, slash + 1), rest.substring(slash + 1), query);
        }
        return new Parts(PREFIX, rest, query);
    }
}
