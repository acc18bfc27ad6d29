package ir.vafa.devstack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * PostgreSQL from the zonky binaries (linux-amd64), on a free port. As root, zonky runs initdb and the postmaster in a
 * user namespace ({@code unshare -U}), since PostgreSQL refuses to run as root; the files belong to root on disk and
 * to the namespace's (unmapped) user inside it, the same at every start. The server trusts local connections: the
 * password is empty and any password is accepted.
 *
 * <p>{@link #start()} keeps the data in a temporary folder that zonky removes on close ({@code java.io.tmpdir/epg…}),
 * with fsync off: for tests. (Zonky 2.2 cleans up after dead JVMs only under {@code java.io.tmpdir/embedded-pg}, where
 * its binaries are, so the folder of a JVM killed with SIGKILL stays behind.)
 *
 * <p>{@link #startIn(Path)} keeps the data in a given folder across starts ({@code ./vafa run}), with PostgreSQL's
 * durable defaults (fsync, full-page writes, synchronous commit): a merchant's tenants outlive a crash of the machine.
 */
final class EmbeddedDatabase implements Database {

    private static final System.Logger LOG = System.getLogger(EmbeddedDatabase.class.getName());

    private final EmbeddedPostgres postgres;
    private final String jdbcUrl;
    private final Path keptIn;

    private EmbeddedDatabase(EmbeddedPostgres postgres, Path keptIn) {
        this.postgres = postgres;
        this.jdbcUrl = "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
        this.keptIn = keptIn;
    }

    /** A throw-away server: its data goes when it stops. */
    static EmbeddedDatabase start() {
        return start(builder()
                .setCleanDataDirectory(true)
                .setServerConfig("fsync", "off")
                .setServerConfig("synchronous_commit", "off")
                .setServerConfig("full_page_writes", "off"), null);
    }

    /**
     * A server whose data stays in {@code dataDir} (created by initdb at the first start, reused after). The caller
     * makes sure no other process uses the folder ({@link DataFolder}); a postmaster that a killed run left behind on
     * it is stopped first.
     */
    static EmbeddedDatabase startIn(Path dataDir) {
        requireSameMajorVersion(dataDir);
        stopLeftoverPostmaster(dataDir);
        return start(builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                // zonky passes -F (fsync off) and synchronous_commit=off; later options win
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on"), dataDir);
    }

    private static EmbeddedPostgres.Builder builder() {
        return EmbeddedPostgres.builder()
                .setPort(Ports.free())
                .setRegisterShutdownHook(false) // DevInfrastructure stops it, after whatever uses it
                .setServerConfig("max_connections", "300");
    }

    private static EmbeddedDatabase start(EmbeddedPostgres.Builder builder, Path keptIn) {
        try {
            return new EmbeddedDatabase(builder.start(), keptIn);
        } catch (IOException e) {
            throw new UncheckedIOException(failure(keptIn, e), e);
        } catch (RuntimeException e) {
            throw new IllegalStateException(failure(keptIn, e), e);
        }
    }

    /** With a kept folder, points at --fresh: a first start stopped halfway through initdb leaves a broken cluster. */
    private static String failure(Path keptIn, Exception e) {
        return keptIn == null ? "Could not start the embedded PostgreSQL: " + e.getMessage()
                : "Could not start the embedded PostgreSQL on " + keptIn + ": " + e.getMessage()
                        + " (its output is above; ./vafa run --fresh starts over with an empty folder)";
    }

    /** A cluster made by another major version does not start; say so rather than let pg_ctl fail. */
    private static void requireSameMajorVersion(Path dataDir) {
        Path versionFile = dataDir.resolve("PG_VERSION");
        if (!Files.isRegularFile(versionFile)) {
            return;
        }
        String expected = Settings.postgresMajorVersion();
        try {
            String found = Files.readString(versionFile).trim();
            if (!found.equals(expected)) {
                throw new IllegalStateException(dataDir + " holds the data of PostgreSQL " + found + ", but this build runs "
                        + "PostgreSQL " + expected + ". Start over with ./vafa run --fresh (or move the folder away).");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + versionFile, e);
        }
    }

    /**
     * pg_ctl starts the postmaster in a session of its own, so a run killed with SIGKILL leaves it running on the folder,
     * and the next start would fail on its postmaster.pid. Stops it (SIGTERM: a smart shutdown, its clients are gone).
     * A pid that is not a postgres process any more is left alone: PostgreSQL ignores such a stale file itself.
     */
    private static void stopLeftoverPostmaster(Path dataDir) {
        Optional<ProcessHandle> postmaster = postmaster(dataDir);
        if (postmaster.isEmpty()) {
            return;
        }
        long pid = postmaster.get().pid();
        LOG.log(Level.WARNING, "Stopping PostgreSQL (pid {0,number,#}), left running on {1} by a run that was killed",
                pid, dataDir);
        postmaster.get().destroy();
        try {
            postmaster.get().onExit().get(30, TimeUnit.SECONDS);
        } catch (TimeoutException | ExecutionException e) {
            throw new IllegalStateException("PostgreSQL (pid " + pid + ") left running on " + dataDir
                    + " did not stop within 30 s; stop it (kill " + pid + ") and start again", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while stopping PostgreSQL (pid " + pid + ")", e);
        }
    }

    /** The live postgres process that the folder's postmaster.pid names. */
    private static Optional<ProcessHandle> postmaster(Path dataDir) {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        try {
            List<String> lines = Files.readAllLines(pidFile);
            long pid = Long.parseLong(lines.getFirst().trim());
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                    .filter(p -> p.info().command().map(command -> command.endsWith("/postgres")).orElse(false));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // being written or removed right now, or not a pid
        }
    }

    @Override
    public String jdbcUrl() {
        return jdbcUrl;
    }

    @Override
    public String superUser() {
        return "postgres";
    }

    @Override
    public String superPassword() {
        return "";
    }

    @Override
    public String description() {
        return "embedded PostgreSQL on port " + postgres.getPort() + (keptIn == null ? "" : " (data in " + keptIn + ")");
    }

    /**
     * Stops the server. Zonky's pg_ctl gives up waiting after 5 s while the postmaster may still be writing its
     * shutdown checkpoint: with a kept folder, waits until the postmaster is gone, so that the folder's lock is released
     * only then.
     */
    @Override
    public void close() {
        Optional<ProcessHandle> postmaster = keptIn == null ? Optional.empty() : postmaster(keptIn);
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        postmaster.ifPresent(process -> {
            try {
                process.onExit().get(60, TimeUnit.SECONDS);
            } catch (TimeoutException | ExecutionException e) {
                LOG.log(Level.WARNING, "PostgreSQL (pid {0,number,#}) is still running on {1}", process.pid(), keptIn);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }
}
