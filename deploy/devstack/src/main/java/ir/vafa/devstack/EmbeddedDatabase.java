package ir.vafa.devstack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * PostgreSQL from the zonky binaries (linux-amd64), on a free port, with its data in a temporary folder that zonky
 * removes on close ({@code java.io.tmpdir/epg…}). Zonky's own folder choice is kept on purpose: it marks the folder
 * with a lock, and a later start on the machine stops the postmaster and removes the folder of a JVM that died
 * without closing it (once that folder is ten minutes old). As root, zonky runs initdb and the postmaster in a user
 * namespace ({@code unshare -U}), since PostgreSQL refuses to run as root. The server trusts local connections: the
 * password is empty and any password is accepted.
 */
final class EmbeddedDatabase implements Database {

    private final EmbeddedPostgres postgres;
    private final String jdbcUrl;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
        this.jdbcUrl = "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
    }

    static EmbeddedDatabase start() {
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setPort(Ports.free())
                    .setCleanDataDirectory(true)
                    .setRegisterShutdownHook(false) // DevInfrastructure stops it, after whatever uses it
                    .setServerConfig("max_connections", "300")
                    .setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .setServerConfig("full_page_writes", "off")
                    .start();
            return new EmbeddedDatabase(postgres);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL: " + e.getMessage(), e);
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
        return "embedded PostgreSQL on port " + postgres.getPort();
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
