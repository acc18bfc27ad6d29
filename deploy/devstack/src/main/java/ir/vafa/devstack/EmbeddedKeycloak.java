package ir.vafa.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The real Keycloak server from its distribution, run as a child process:
 * {@code kc.sh start-dev --db=dev-mem --import-realm}, bound to 127.0.0.1.
 *
 * <p>Its H2 database lives in memory, or, given a folder, in a file there that outlives the server: the URL that
 * {@code --db=dev-file} would use, in that folder. The option {@code db} itself stays {@code dev-mem}: the two differ
 * only in their default URL, but {@code db} is a build option, so {@code dev-file} would redo the Quarkus build of
 * the shared distribution (about 20 s), and the next throw-away server would redo it back. An existing realm is not
 * imported again ({@code --import-realm} skips it), so what was changed in it is kept.
 *
 * <p>Every server gets its own home folder (a temporary folder holding {@code data/import} with the realm files and
 * symbolic links to the shared distribution's {@code lib}, {@code providers}, {@code themes} and {@code conf}), passed
 * as {@code -Dkc.home.dir}; so servers of several JVMs do not share their data folder, and the Quarkus build that the
 * first start writes into the shared {@code lib/quarkus} is reused by the next ones. With a home whose
 * {@code providers} folder was missing, Keycloak rebuilt on every start. The home holds the log too (unless
 * VAFA_DEVSTACK_LOGS names a folder for logs) and the owner JVM's pid, so that homes of dead JVMs are removed.
 *
 * <p>The server runs under a small shell that kills it when this JVM's end of its standard input closes, so a JVM that
 * dies without running its shutdown hooks does not leave Keycloak behind; and in its own session, so that Ctrl-C on
 * {@code ./vafa run} reaches only the JVM, which then stops things in order.
 */
final class EmbeddedKeycloak implements IdentityServer {

    private static final System.Logger LOG = System.getLogger(EmbeddedKeycloak.class.getName());

    private static final String HOME_PREFIX = "vafa-keycloak-";
    private static final String OWNER_FILE = "owner.pid";

    /** Starts "$0 $@" and kills it once standard input (a pipe from this JVM) reaches its end. */
    private static final String WATCHDOG = """
            exec 3<&0
            "$0" "$@" </dev/null 3<&- &
            kc=$!
            ( read -r _ <&3; kill -TERM "$kc" 2>/dev/null ) &
            wait "$kc"
            """;

    private final Process process;
    private final Set<ProcessHandle> processes = new LinkedHashSet<>();
    private final Path home;
    private final Path log;
    private final boolean logInHome;
    private final int port;
    private final String realm;
    private final String adminUser;
    private final String adminPassword;
    private final String version;
    private final Path dataDir;

    private EmbeddedKeycloak(Process process, Path home, Path log, boolean logInHome, int port, String realm,
            String adminUser, String adminPassword, String version, Path dataDir) {
        this.process = process;
        this.home = home;
        this.log = log;
        this.logInHome = logInHome;
        this.port = port;
        this.realm = realm;
        this.adminUser = adminUser;
        this.adminPassword = adminPassword;
        this.version = version;
        this.dataDir = dataDir;
    }

    /**
     * Starts a server and waits until the master realm and every imported realm serve their OpenID configuration.
     *
     * @param preferredPort the HTTP port, or 0 for any free one; when taken, a free one is used instead
     */
    static EmbeddedKeycloak start(int preferredPort, String realm, String adminUser, String adminPassword,
            List<Path> realmDirs, Duration timeout) {
        return start(preferredPort, realm, adminUser, adminPassword, realmDirs, timeout, null);
    }

    /**
     * @param dataDir the folder of a database kept across starts, or null for one in memory. Only one server may use it
     *                at a time ({@link DataFolder}). The master realm's admin is created at its first start only.
     */
    static EmbeddedKeycloak start(int preferredPort, String realm, String adminUser, String adminPassword,
            List<Path> realmDirs, Duration timeout, Path dataDir) {
        KeycloakDistribution distribution = KeycloakDistribution.forThisBuild();
        RealmFiles realms = RealmFiles.in(realmDirs);
        if (!realms.realmNames().contains(realm)) {
            LOG.log(Level.WARNING, "Realm ''{0}'' is in none of the realm files of {1} (found: {2}); its issuer will answer 404",
                    realm, realmDirs, realms.realmNames());
        }
        cleanStaleHomes();
        Path home = null;
        try (FileLockHolder ignored = FileLockHolder.acquire(distribution)) {
            long started = System.nanoTime();
            distribution.ensureUnpacked();
            int port = choosePort(preferredPort);
            int managementPort = Ports.free();
            home = Files.createTempDirectory(HOME_PREFIX);
            Files.writeString(home.resolve(OWNER_FILE), Long.toString(ProcessHandle.current().pid()));
            for (String shared : List.of("lib", "providers", "themes", "conf")) {
                Files.createSymbolicLink(home.resolve(shared), distribution.home().resolve(shared));
            }
            realms.copyTo(home.resolve("data").resolve("import"));
            boolean logElsewhere = Settings.get(Settings.LOGS).isPresent();
            Path log = home.resolve("keycloak.log");
            if (logElsewhere) {
                Files.createDirectories(Settings.logsDir());
                log = Settings.logsDir().resolve("keycloak-" + port + ".log");
            }

            List<String> command = new ArrayList<>();
            setsid().ifPresent(command::add);
            command.addAll(List.of("/bin/sh", "-c", WATCHDOG,
                    distribution.home().resolve("bin").resolve("kc.sh").toString(),
                    "-Dkc.home.dir=" + home,
                    "start-dev",
                    "--db=dev-mem",
                    "--http-host=127.0.0.1",
                    "--http-port=" + port,
                    "--hostname=http://127.0.0.1:" + port,
                    "--health-enabled=true",
                    "--http-management-port=" + managementPort,
                    "--import-realm"));
            if (dataDir != null) {
                command.add("--db-url=" + fileDatabaseUrl(dataDir));
            }
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(home.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            Map<String, String> environment = builder.environment();
            environment.keySet().removeIf(name -> name.startsWith("KC_") || name.startsWith("QUARKUS_")
                    || name.equals("JAVA") || name.equals("JAVA_OPTS"));
            environment.put("JAVA_HOME", System.getProperty("java.home"));
            environment.put("JAVA_OPTS_APPEND", Settings.get(Settings.KEYCLOAK_JAVA_OPTS, "-XX:TieredStopAtLevel=1"));
            environment.put("KC_BOOTSTRAP_ADMIN_USERNAME", adminUser);
            environment.put("KC_BOOTSTRAP_ADMIN_PASSWORD", adminPassword);

            LOG.log(Level.INFO, "Starting Keycloak {0} on http://127.0.0.1:{1,number,#} (log: {2})",
                    distribution.version(), port, log);
            EmbeddedKeycloak server = new EmbeddedKeycloak(builder.start(), home, log, !logElsewhere, port, realm,
                    adminUser, adminPassword, distribution.version(), dataDir);
            Set<String> toCheck = new LinkedHashSet<>();
            toCheck.add("master");
            toCheck.addAll(realms.realmNames());
            server.awaitReady(toCheck, timeout);
            server.processes.addAll(server.process.descendants().toList());
            LOG.log(Level.INFO, "Keycloak {0} ready on {1} in {2} s (realms {3})", distribution.version(),
                    server.baseUrl(), String.format("%.1f", (System.nanoTime() - started) / 1e9), toCheck);
            return server;
        } catch (IOException e) {
            Files2.deleteRecursively(home);
            throw new UncheckedIOException("Could not start Keycloak: " + e.getMessage(), e);
        }
    }

    /** The URL Keycloak 26 uses for {@code --db=dev-file} (see Database.Vendor.H2), with the files in {@code dataDir}. */
    private static String fileDatabaseUrl(Path dataDir) throws IOException {
        Path dir = dataDir.toAbsolutePath();
        if (dir.toString().contains(";")) {
            throw new IOException("Keycloak's H2 URL cannot name a folder with a ';' in it: " + dir);
        }
        Files.createDirectories(dir);
        return "jdbc:h2:file:" + dir.resolve("keycloakdb") + ";NON_KEYWORDS=VALUE;DB_CLOSE_ON_EXIT=FALSE;DB_CLOSE_DELAY=0";
    }

    private static int choosePort(int preferredPort) {
        if (preferredPort == 0) {
            return Ports.free();
        }
        if (Ports.isFree(preferredPort)) {
            return preferredPort;
        }
        int free = Ports.free();
        LOG.log(Level.WARNING, "Port {0,number,#} is taken; Keycloak uses port {1,number,#} instead", preferredPort, free);
        return free;
    }

    /** Removes the homes of servers whose JVM is gone (killed without running its shutdown hooks). */
    private static void cleanStaleHomes() {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        try (var homes = Files.newDirectoryStream(tmp, HOME_PREFIX + "*")) {
            for (Path home : homes) {
                if (isStale(home)) {
                    Files2.deleteRecursively(home);
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.DEBUG, "Could not look for stale Keycloak homes: " + e);
        }
    }

    private static boolean isStale(Path home) throws IOException {
        Path owner = home.resolve(OWNER_FILE);
        if (Files.isRegularFile(owner)) {
            try {
                return ProcessHandle.of(Long.parseLong(Files.readString(owner).trim())).map(p -> !p.isAlive()).orElse(true);
            } catch (NumberFormatException e) {
                return true;
            }
        }
        // no owner yet: being created right now, or left by a crash long ago
        return Files.getLastModifiedTime(home).toInstant().isBefore(java.time.Instant.now().minusSeconds(600));
    }

    private void awaitReady(Set<String> realms, Duration timeout) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        Set<String> waiting = new LinkedHashSet<>(realms);
        try {
            while (!waiting.isEmpty()) {
                if (!process.isAlive()) {
                    throw failure("Keycloak exited with code " + process.exitValue() + " before it was ready");
                }
                if (System.nanoTime() > deadline) {
                    throw failure("Keycloak was not ready after " + timeout.toSeconds() + " s (still waiting for realms "
                            + waiting + ")");
                }
                waiting.removeIf(name -> servesConfiguration(http, name));
                if (!waiting.isEmpty()) {
                    Thread.sleep(500);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failure("Interrupted while waiting for Keycloak");
        }
    }

    private boolean servesConfiguration(HttpClient http, String realmName) {
        String issuer = issuerUri(realmName);
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                            URI.create(issuer + "/.well-known/openid-configuration"))
                    .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && response.body().contains("\"issuer\":\"" + issuer + "\"");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Stops the server; keeps its home when the log is inside (a later start removes it once this JVM is gone). */
    private IllegalStateException failure(String message) {
        stopProcesses();
        if (!logInHome) {
            Files2.deleteRecursively(home);
        }
        return new IllegalStateException(message + ". Log " + log + ", last lines:" + System.lineSeparator()
                + Files2.tail(log, 40));
    }

    @Override
    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    @Override
    public String realm() {
        return realm;
    }

    @Override
    public String adminUser() {
        return adminUser;
    }

    @Override
    public String adminPassword() {
        return adminPassword;
    }

    @Override
    public String description() {
        return "Keycloak " + version + " from its distribution on " + baseUrl()
                + (dataDir == null ? "" : " (data in " + dataDir + ")") + " (log: " + log + ")";
    }

    Path log() {
        return log;
    }

    /** Stops the server and removes its home (with the log, unless VAFA_DEVSTACK_LOGS put it elsewhere). */
    @Override
    public void close() {
        stopProcesses();
        Files2.deleteRecursively(home);
    }

    /** SIGTERM to the shell, kc.sh and Keycloak's JVM; SIGKILL to what is still there after 15 s. */
    private void stopProcesses() {
        Set<ProcessHandle> all = new LinkedHashSet<>(processes);
        all.addAll(process.descendants().toList());
        all.add(process.toHandle());
        all.forEach(ProcessHandle::destroy);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        for (ProcessHandle handle : all) {
            long left = deadline - System.nanoTime();
            try {
                handle.onExit().get(Math.max(left, 0), TimeUnit.NANOSECONDS);
            } catch (Exception e) {
                handle.destroyForcibly();
            }
        }
        try {
            process.getOutputStream().close();
        } catch (IOException ignored) {
            // the watchdog is gone already
        }
    }

    private static java.util.Optional<String> setsid() {
        for (String candidate : List.of("/usr/bin/setsid", "/bin/setsid")) {
            if (Files.isExecutable(Path.of(candidate))) {
                return java.util.Optional.of(candidate);
            }
        }
        return java.util.Optional.empty();
    }

    /** The distribution lock; says so when another JVM holds it. */
    private record FileLockHolder(FileLock lock) implements AutoCloseable {

        static FileLockHolder acquire(KeycloakDistribution distribution) throws IOException {
            FileLock lock = distribution.tryLock();
            if (lock == null) {
                LOG.log(Level.INFO, "Waiting for another JVM to finish starting its Keycloak …");
                lock = distribution.lock();
            }
            return new FileLockHolder(lock);
        }

        @Override
        public void close() throws IOException {
            try {
                lock.release();
            } finally {
                lock.channel().close();
            }
        }
    }
}
