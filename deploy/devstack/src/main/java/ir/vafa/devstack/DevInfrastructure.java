package ir.vafa.devstack;

import ir.vafa.devstack.ConfiguredServers.ConfiguredDatabase;
import ir.vafa.devstack.ConfiguredServers.ConfiguredIdentityServer;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The one place that decides where PostgreSQL and Keycloak come from, for tests and {@code ./vafa run}:
 * <ol>
 *   <li>a configured server: VAFA_DB_URL (+ VAFA_DB_USER, VAFA_DB_PASSWORD: a user that may create roles and
 *       databases) and VAFA_ISSUER_URI (+ VAFA_KEYCLOAK_ADMIN_USER, VAFA_KEYCLOAK_ADMIN_PASSWORD: an administrator of
 *       the master realm), as system properties or environment variables;</li>
 *   <li>else Testcontainers, when a Docker engine answers;</li>
 *   <li>else embedded: zonky's PostgreSQL and the Keycloak distribution from Maven Central.</li>
 * </ol>
 * VAFA_DEVSTACK={@code embedded} skips the Docker probe; {@code docker} requires Docker.
 *
 * <p>Each server is a JVM-wide singleton, started on first use and stopped by one shutdown hook, which first runs
 * the tasks given to {@link #beforeShutdown(Runnable)} (so that an application using the servers stops before them).
 *
 * <p>The embedded servers' data is thrown away when they stop, unless {@code ./vafa run} gave a folder to keep it in
 * ({@link #keepDataIn(DataFolder)}); tests never do.
 */
public final class DevInfrastructure {

    private static final System.Logger LOG = System.getLogger(DevInfrastructure.class.getName());
    private static final Object LOCK = new Object();
    private static final Object DATABASE_LOCK = new Object();
    private static final Object IDENTITY_LOCK = new Object();
    private static final List<Runnable> BEFORE_SHUTDOWN = new ArrayList<>();
    private static volatile Database database;
    private static volatile IdentityServer identityServer;
    private static RuntimeException databaseFailure;
    private static RuntimeException identityFailure;
    private static boolean hookRegistered;
    private static Boolean docker;
    private static DataFolder dataFolder;

    private DevInfrastructure() {
    }

    /** The PostgreSQL server; started on first call. */
    public static Database database() {
        synchronized (DATABASE_LOCK) {
            if (database == null) {
                if (databaseFailure != null) {
                    throw new IllegalStateException("The database failed to start earlier in this JVM", databaseFailure);
                }
                registerHook();
                try {
                    database = startDatabase();
                } catch (RuntimeException e) {
                    databaseFailure = e;
                    throw e;
                }
                LOG.log(Level.INFO, "Database: {0}", database.description());
            }
            return database;
        }
    }

    /** The Keycloak server with the realm files imported; started on first call. */
    public static IdentityServer identityServer() {
        synchronized (IDENTITY_LOCK) {
            if (identityServer == null) {
                if (identityFailure != null) {
                    throw new IllegalStateException("Keycloak failed to start earlier in this JVM", identityFailure);
                }
                registerHook();
                try {
                    identityServer = startIdentityServer();
                } catch (RuntimeException e) {
                    identityFailure = e;
                    throw e;
                }
                LOG.log(Level.INFO, "Identity server: {0}", identityServer.description());
            }
            return identityServer;
        }
    }

    /**
     * Makes the embedded servers keep their data in the folder (PostgreSQL and Keycloak alike), and Testcontainers
     * unused, since containers keep nothing. Call before either server starts; the folder is closed (unlocked) by
     * {@link #stopAll()} after the servers stopped. Configured servers are not affected.
     */
    static void keepDataIn(DataFolder folder) {
        synchronized (DATABASE_LOCK) {
            synchronized (IDENTITY_LOCK) {
                synchronized (LOCK) {
                    if (database != null || identityServer != null || databaseFailure != null || identityFailure != null) {
                        throw new IllegalStateException("keepDataIn must come before the servers start");
                    }
                    if (mode() == Mode.DOCKER) {
                        throw new IllegalStateException(Settings.MODE + "=docker: containers keep no data. ./vafa run"
                                + " keeps it with the embedded servers; unset " + Settings.MODE + ".");
                    }
                    registerHook();
                    dataFolder = folder;
                }
            }
        }
    }

    /** A task for the shutdown hook, run before the servers stop (in the order given). */
    public static void beforeShutdown(Runnable task) {
        synchronized (LOCK) {
            registerHook();
            BEFORE_SHUTDOWN.add(task);
        }
    }

    /** Runs the {@link #beforeShutdown} tasks and stops the servers this JVM started. The shutdown hook calls it. */
    public static void stopAll() {
        List<Runnable> tasks;
        IdentityServer idp;
        Database db;
        DataFolder folder;
        synchronized (LOCK) {
            tasks = List.copyOf(BEFORE_SHUTDOWN);
            BEFORE_SHUTDOWN.clear();
            idp = identityServer;
            db = database;
            folder = dataFolder;
            identityServer = null;
            database = null;
            dataFolder = null;
        }
        for (Runnable task : tasks) {
            quietly(task);
        }
        if (idp != null) {
            quietly(idp::close);
        }
        if (db != null) {
            quietly(db::close);
        }
        if (folder != null) {
            quietly(folder::close);
        }
    }

    private static void quietly(Runnable task) {
        try {
            task.run();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "While stopping: " + e, e);
        }
    }

    private static void registerHook() {
        synchronized (LOCK) {
            if (!hookRegistered) {
                Runtime.getRuntime().addShutdownHook(new Thread(DevInfrastructure::stopAll, "vafa-devstack-stop"));
                hookRegistered = true;
            }
        }
    }

    private enum Mode { AUTO, EMBEDDED, DOCKER }

    private static Mode mode() {
        String value = Settings.get(Settings.MODE, "auto").toUpperCase(Locale.ROOT);
        try {
            return Mode.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(Settings.MODE + " must be auto, embedded or docker, not " + value, e);
        }
    }

    private static boolean useDocker() {
        Mode mode = mode();
        if (mode == Mode.EMBEDDED) {
            return false;
        }
        synchronized (LOCK) {
            if (docker == null) {
                docker = Containers.dockerAvailable();
            }
        }
        if (!docker && mode == Mode.DOCKER) {
            throw new IllegalStateException(Settings.MODE + "=docker, but no Docker engine answers");
        }
        return docker;
    }

    private static DataFolder dataFolder() {
        synchronized (LOCK) {
            return dataFolder;
        }
    }

    private static Database startDatabase() {
        Optional<String> url = Settings.get(Settings.DB_URL);
        if (url.isPresent()) {
            return new ConfiguredDatabase(url.get(), Settings.get(Settings.DB_USER, "postgres"),
                    Settings.get(Settings.DB_PASSWORD, ""));
        }
        DataFolder folder = dataFolder();
        if (folder != null) {
            return EmbeddedDatabase.startIn(folder.postgres());
        }
        return useDocker() ? Containers.postgres() : EmbeddedDatabase.start();
    }

    private static IdentityServer startIdentityServer() {
        String adminUser = Settings.get(Settings.KEYCLOAK_ADMIN_USER, "admin");
        String adminPassword = Settings.get(Settings.KEYCLOAK_ADMIN_PASSWORD, "admin");
        Optional<String> issuer = Settings.get(Settings.ISSUER_URI);
        if (issuer.isPresent()) {
            return ConfiguredIdentityServer.fromIssuer(issuer.get(), adminUser, adminPassword);
        }
        String realm = Settings.get(Settings.REALM, Settings.DEFAULT_REALM);
        DataFolder folder = dataFolder();
        if (folder == null && useDocker()) {
            return Containers.keycloak(realm, adminUser, adminPassword, Settings.realmDirs());
        }
        return EmbeddedKeycloak.start(Settings.getInt(Settings.KEYCLOAK_PORT, 0), realm, adminUser, adminPassword,
                Settings.realmDirs(), Duration.ofSeconds(Settings.getInt(Settings.KEYCLOAK_START_TIMEOUT, 300)),
                folder == null ? null : folder.keycloak());
    }
}
