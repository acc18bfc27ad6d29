package ir.vafa.devstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

/**
 * Reads the devstack's settings. Each setting has an environment variable name ({@code VAFA_DB_URL}); it is looked
 * up as a system property of that name, then as a system property in dotted lower case ({@code vafa.db.url}), then
 * as an environment variable.
 */
final class Settings {

    static final String DB_URL = "VAFA_DB_URL";
    static final String DB_USER = "VAFA_DB_USER";
    static final String DB_PASSWORD = "VAFA_DB_PASSWORD";
    static final String ISSUER_URI = "VAFA_ISSUER_URI";
    static final String KEYCLOAK_ADMIN_USER = "VAFA_KEYCLOAK_ADMIN_USER";
    static final String KEYCLOAK_ADMIN_PASSWORD = "VAFA_KEYCLOAK_ADMIN_PASSWORD";
    /** {@code auto} (default), {@code embedded} (never ask Docker) or {@code docker} (require Docker). */
    static final String MODE = "VAFA_DEVSTACK";
    static final String REALM = "VAFA_REALM";
    static final String REALM_DIR = "VAFA_REALM_DIR";
    static final String KEYCLOAK_PORT = "VAFA_KEYCLOAK_PORT";
    static final String KEYCLOAK_START_TIMEOUT = "VAFA_KEYCLOAK_START_TIMEOUT";
    static final String KEYCLOAK_DIST = "VAFA_KEYCLOAK_DIST";
    /** Appended to the Keycloak JVM's options; C1 only by default: it starts faster on a busy 2-core machine. */
    static final String KEYCLOAK_JAVA_OPTS = "VAFA_KEYCLOAK_JAVA_OPTS";
    /** Options of the application's JVM that {@code ./vafa run} starts (heap, GC), split on whitespace. */
    static final String APP_JAVA_OPTS = "VAFA_APP_JAVA_OPTS";
    static final String LOGS = "VAFA_DEVSTACK_LOGS";
    static final String CACHE = "VAFA_CACHE_DIR";
    /** Where {@code ./vafa run} keeps its data; read by {@link VafaRun} only, so tests never see it. */
    static final String DATA_DIR = "VAFA_DATA_DIR";
    static final String POSTGRES_IMAGE = "VAFA_POSTGRES_IMAGE";
    static final String KEYCLOAK_IMAGE = "VAFA_KEYCLOAK_IMAGE";

    static final String DEFAULT_REALM = "vafa";

    private static final Properties BUILD = loadBuildProperties();

    private Settings() {
    }

    static Optional<String> get(String envName) {
        String dotted = envName.toLowerCase(Locale.ROOT).replace('_', '.');
        for (String value : new String[] {System.getProperty(envName), System.getProperty(dotted), System.getenv(envName)}) {
            if (value != null && !value.isBlank()) {
                return Optional.of(value.trim());
            }
        }
        return Optional.empty();
    }

    static String get(String envName, String defaultValue) {
        return get(envName).orElse(defaultValue);
    }

    static int getInt(String envName, int defaultValue) {
        Optional<String> value = get(envName);
        if (value.isEmpty()) {
            return defaultValue;
        }
        try {
            return Integer.parseInt(value.get());
        } catch (NumberFormatException e) {
            throw new IllegalStateException(envName + " must be a number, not '" + value.get() + "'", e);
        }
    }

    static String keycloakVersion() {
        String version = BUILD.getProperty("keycloak.version", "");
        if (!version.matches("[0-9][0-9A-Za-z.\\-]*")) {
            throw new IllegalStateException("devstack.properties was not filtered by Maven (keycloak.version=" + version + ")");
        }
        return version;
    }

    /** The major version of the zonky PostgreSQL binaries on the class path, e.g. {@code 18}. */
    static String postgresMajorVersion() {
        String version = BUILD.getProperty("postgres.version", "");
        if (!version.matches("[0-9]+(\\..*)?")) {
            throw new IllegalStateException("devstack.properties was not filtered by Maven (postgres.version=" + version + ")");
        }
        return version.split("\\.")[0];
    }

    /** The local Maven repository: {@code maven.repo.local}, else the one the build used, else ~/.m2/repository. */
    static Path localRepository() {
        String explicit = System.getProperty("maven.repo.local");
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit);
        }
        String built = BUILD.getProperty("maven.local.repository", "");
        if (!built.isBlank() && !built.contains("@") && Files.isDirectory(Path.of(built))) {
            return Path.of(built);
        }
        return Path.of(System.getProperty("user.home"), ".m2", "repository");
    }

    /** ~/.cache/vafa (or $XDG_CACHE_HOME/vafa, or VAFA_CACHE_DIR). */
    static Path cacheDir() {
        Optional<String> explicit = get(CACHE);
        if (explicit.isPresent()) {
            return Path.of(explicit.get());
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("vafa");
    }

    /** ~/.local/share/vafa (or $XDG_DATA_HOME/vafa, or VAFA_DATA_DIR): the data of {@code ./vafa run}. */
    static Path dataDir() {
        Optional<String> explicit = get(DATA_DIR);
        if (explicit.isPresent()) {
            return Path.of(explicit.get()).toAbsolutePath();
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg)
                : Path.of(System.getProperty("user.home"), ".local", "share");
        return base.resolve("vafa");
    }

    static Path logsDir() {
        return get(LOGS).map(Path::of)
                .orElseGet(() -> Path.of(System.getProperty("java.io.tmpdir"), "vafa-devstack"));
    }

    /**
     * The folders holding realm exports: VAFA_REALM_DIR / vafa.realm.dir (several joined by the path separator),
     * else the first {@code deploy/keycloak} found walking up from the working directory.
     */
    static List<Path> realmDirs() {
        Optional<String> explicit = get(REALM_DIR);
        List<Path> dirs = new ArrayList<>();
        if (explicit.isPresent()) {
            for (String part : explicit.get().split(java.io.File.pathSeparator)) {
                if (!part.isBlank()) {
                    dirs.add(Path.of(part.trim()));
                }
            }
            return dirs;
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("deploy").resolve("keycloak");
            if (Files.isDirectory(candidate)) {
                dirs.add(candidate);
                break;
            }
        }
        return dirs;
    }

    private static Properties loadBuildProperties() {
        Properties properties = new Properties();
        try (InputStream in = Settings.class.getResourceAsStream("devstack.properties")) {
            if (in == null) {
                throw new IllegalStateException("ir/vafa/devstack/devstack.properties is missing from the class path");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
