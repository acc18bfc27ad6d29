package ir.vafa.devstack;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;

/**
 * {@code ./vafa run}: starts PostgreSQL and Keycloak (see {@link DevInfrastructure}), creates the application's
 * database, runs the application jar as a child process with demo data, prints where everything is, and on Ctrl-C
 * stops the application, then Keycloak, then PostgreSQL.
 *
 * <pre>VafaRun --app admin-ui/target/vafa.jar [--port 8080] [--keycloak-port 8180] [--fresh] [-- app arguments…]</pre>
 *
 * The port also comes from VAFA_PORT, Keycloak's from VAFA_KEYCLOAK_PORT. The servers keep their data in the
 * {@link DataFolder} named by VAFA_DATA_DIR (default {@code ~/.local/share/vafa}), locked while the run lasts;
 * {@code --fresh} empties it first.
 */
public final class VafaRun {

    static final int DEFAULT_PORT = 8080;
    static final int DEFAULT_KEYCLOAK_PORT = 8180;
    static final String APP_DATABASE = "vafa";

    private VafaRun() {
    }

    public static void main(String[] args) {
        System.setProperty("java.util.logging.SimpleFormatter.format", "[devstack] %5$s%6$s%n");
        System.exit(launch(args, Settings.dataDir()));
    }

    /** {@link #launch(String[], Path)} with throw-away servers, as tests use it. */
    static int launch(String[] args) {
        return launch(args, null);
    }

    /**
     * Runs until the application stops; returns the exit code for {@code ./vafa run}.
     *
     * @param dataDir where the servers keep their data, or null to throw it away (tests)
     */
    static int launch(String[] args, Path dataDir) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("vafa run: " + e.getMessage());
            System.err.println("usage: VafaRun --app <application.jar> [--port N] [--keycloak-port N] [--fresh]"
                    + " [-- app arguments]");
            return 2;
        }
        if (!Files.isRegularFile(options.app())) {
            System.err.println("vafa run: the application jar " + options.app().toAbsolutePath() + " does not exist."
                    + " Build it first: ./mvnw -DskipTests install (the admin-ui module makes it).");
            return 2;
        }
        // Before the port: a second run on the folder is told so, not that port 8080 is taken.
        DataFolder folder = null;
        if (dataDir != null) {
            try {
                folder = DataFolder.lock(dataDir);
            } catch (RuntimeException e) {
                System.err.println("vafa run: " + e.getMessage());
                return 1;
            }
        }
        if (!Ports.isFree(options.port())) {
            System.err.println("vafa run: port " + options.port() + " is taken; give another with --port or VAFA_PORT.");
            if (folder != null) {
                folder.close();
            }
            return 2;
        }
        if (Settings.get(Settings.KEYCLOAK_PORT).isEmpty()) {
            System.setProperty(Settings.KEYCLOAK_PORT, Integer.toString(options.keycloakPort()));
        }
        if (folder != null) {
            try {
                keepData(folder, options.fresh());
            } catch (RuntimeException e) {
                System.err.println("vafa run: " + e.getMessage());
                return 1;
            }
        }
        return run(options, dataDir);
    }

    /** Empties the locked data folder for --fresh, says where it is, and hands it to the servers. */
    private static void keepData(DataFolder folder, boolean fresh) {
        try {
            if (fresh && folder.hasData()) {
                say("--fresh: removing the data of earlier runs in " + folder.path() + " …");
                folder.clear();
            }
            say("data folder: " + folder.path() + (folder.hasData()
                    ? " (kept from the last run; ./vafa run --fresh starts over)" : " (new)"));
            DevInfrastructure.keepDataIn(folder);
        } catch (RuntimeException e) {
            folder.close();
            throw e;
        }
    }

    /**
     * The application's command line: this JVM's java, the options in {@code VAFA_APP_JAVA_OPTS} (heap, GC, JFR;
     * none by default), the jar, then the arguments after {@code --}.
     */
    static List<String> appCommand(Options options) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        Settings.get(Settings.APP_JAVA_OPTS).ifPresent(value -> command.addAll(List.of(value.trim().split("\\s+"))));
        command.addAll(List.of("-jar", options.app().toString()));
        command.addAll(options.appArgs());
        return command;
    }

    /**
     * The key that signs member page links: made once and kept in the data folder ({@code member-page-secret},
     * owner-only), so links sent in one run still open in the next; a new one for throw-away servers.
     */
    static String memberPageSecret(Path dataDir) {
        byte[] random = new byte[48];
        new java.security.SecureRandom().nextBytes(random);
        String fresh = java.util.Base64.getEncoder().encodeToString(random);
        if (dataDir == null) {
            return fresh;
        }
        Path file = dataDir.resolve("member-page-secret");
        try {
            if (Files.exists(file)) {
                return Files.readString(file).trim();
            }
            Files.createFile(file, java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                    java.nio.file.attribute.PosixFilePermissions.fromString("rw-------")));
            Files.writeString(file, fresh + System.lineSeparator());
            return fresh;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("Could not keep the member page secret in " + file, e);
        }
    }

    private static int run(Options options, Path dataDir) {
        long started = System.nanoTime();
        say("starting PostgreSQL and Keycloak (the first Keycloak start on a machine takes about a minute) …");
        CompletableFuture<IdentityServer> keycloak = CompletableFuture.supplyAsync(DevInfrastructure::identityServer);
        Database database;
        IdentityServer identity;
        try {
            database = DevInfrastructure.database();
            identity = keycloak.join();
        } catch (RuntimeException e) {
            Throwable cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
            System.err.println("vafa run: " + cause.getMessage());
            return 1;
        }
        say("database: " + database.description());
        say("identity: " + identity.description());
        String appDatabase = database.ensureDatabase(APP_DATABASE);

        List<String> command = appCommand(options);
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        Map<String, String> environment = builder.environment();
        environment.put("VAFA_DB_URL", appDatabase);
        environment.put("VAFA_DB_OWNER_USER", database.superUser());
        environment.put("VAFA_DB_OWNER_PASSWORD", database.superPassword());
        environment.put("VAFA_ISSUER_URI", identity.issuerUri());
        environment.put("VAFA_KEYCLOAK_URL", identity.baseUrl());
        environment.put("VAFA_KEYCLOAK_ADMIN_USER", identity.adminUser());
        environment.put("VAFA_KEYCLOAK_ADMIN_PASSWORD", identity.adminPassword());
        environment.put("VAFA_DEMO", "true");
        environment.put("VAFA_MEMBER_PAGE_SECRET", Settings.get("VAFA_MEMBER_PAGE_SECRET")
                .orElseGet(() -> memberPageSecret(dataDir)));
        environment.put("SERVER_PORT", Integer.toString(options.port()));
        environment.remove("VAFA_DB_USER");
        environment.remove("VAFA_DB_PASSWORD");

        Process app;
        try {
            app = builder.start();
        } catch (IOException e) {
            System.err.println("vafa run: could not start " + command + ": " + e.getMessage());
            return 1;
        }
        DevInfrastructure.beforeShutdown(() -> stop(app));

        if (!awaitHealthy(app, options.port(), Duration.ofMinutes(5))) {
            if (app.isAlive()) {
                System.err.println("vafa run: the application did not answer on /actuator/health within 5 minutes");
                return 1;
            }
            System.err.println("vafa run: the application stopped with code " + app.exitValue());
            return app.exitValue() == 0 ? 1 : app.exitValue();
        }
        String base = "http://localhost:" + options.port();
        System.out.printf("""

                ==============================================================================
                 Vafa is running (ready in %.0f s)
                   console   %s/
                   API       %s/api
                   Keycloak  %s/admin/  (master realm admin: %s / %s)
                   issuer    %s
                   database  %s  (owner %s)
                   data      %s
                 Demo logins and POS client secrets are printed by the application above.
                 Ctrl-C stops the application, Keycloak and PostgreSQL.
                ==============================================================================

                """, (System.nanoTime() - started) / 1e9, base, base, identity.baseUrl(), identity.adminUser(),
                identity.adminPassword(), identity.issuerUri(), appDatabase, database.superUser(),
                dataDir == null ? "thrown away on exit" : dataDir + "  (kept; ./vafa run --fresh starts over)");
        try {
            return app.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 130;
        }
    }

    private static boolean awaitHealthy(Process app, int port, Duration timeout) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                .timeout(Duration.ofSeconds(5)).GET().build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline && app.isAlive()) {
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return true;
                }
            } catch (ConnectException e) {
                // not listening yet
            } catch (IOException e) {
                // starting
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }

    /** SIGTERM (Spring Boot shuts down gracefully), SIGKILL after 30 s. */
    private static void stop(Process app) {
        if (!app.isAlive()) {
            return;
        }
        say("stopping the application …");
        app.destroy();
        try {
            if (!app.waitFor(30, TimeUnit.SECONDS)) {
                app.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            app.destroyForcibly();
        }
        say("stopping Keycloak and PostgreSQL …");
    }

    private static void say(String message) {
        System.out.println("[vafa run] " + message);
    }

    record Options(Path app, int port, int keycloakPort, boolean fresh, List<String> appArgs) {

        static Options parse(String[] args) {
            Path app = null;
            int port = Settings.getInt("VAFA_PORT", DEFAULT_PORT);
            int keycloakPort = Settings.getInt(Settings.KEYCLOAK_PORT, DEFAULT_KEYCLOAK_PORT);
            boolean fresh = false;
            List<String> appArgs = new ArrayList<>();
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                switch (arg) {
                    case "--app" -> app = Path.of(value(args, ++i, arg));
                    case "--port" -> port = number(value(args, ++i, arg), arg);
                    case "--keycloak-port" -> keycloakPort = number(value(args, ++i, arg), arg);
                    case "--fresh" -> fresh = true;
                    case "--" -> {
                        appArgs.addAll(List.of(args).subList(i + 1, args.length));
                        i = args.length;
                    }
                    default -> {
                        if (arg.startsWith("--port=")) {
                            port = number(arg.substring("--port=".length()), "--port");
                        } else if (arg.startsWith("--keycloak-port=")) {
                            keycloakPort = number(arg.substring("--keycloak-port=".length()), "--keycloak-port");
                        } else if (arg.startsWith("--app=")) {
                            app = Path.of(arg.substring("--app=".length()));
                        } else {
                            throw new IllegalArgumentException("unknown argument " + arg);
                        }
                    }
                }
            }
            if (app == null) {
                throw new IllegalArgumentException("--app is required");
            }
            return new Options(app, port, keycloakPort, fresh, List.copyOf(appArgs));
        }

        private static String value(String[] args, int index, String option) {
            if (index >= args.length) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return args[index];
        }

        private static int number(String value, String option) {
            try {
                return Integer.parseInt(value);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(option + " must be a number, not " + value);
            }
        }
    }
}
