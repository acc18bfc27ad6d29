package ir.vafa.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The servers of {@code ./vafa run} on a data folder: the real PostgreSQL and Keycloak, started twice on one temporary
 * folder. Not the JVM-wide servers of {@link DevInfrastructure}, which the other tests share and which throw their
 * data away.
 */
class DataFolderTest {

    private static final String REALM = "devstack-test";

    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aRowAndAKeycloakClientOutliveARestartOfBothServers() throws Exception {
        try (DataFolder folder = DataFolder.lock(dir); Servers first = Servers.start(folder)) {
            try (Connection connection = connect(first.database, first.database.ensureDatabase("kept"));
                 Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE tenant (slug text PRIMARY KEY)");
                statement.execute("INSERT INTO tenant VALUES ('demo-cafe')");
                assertThat(single(statement, "SELECT current_setting('fsync')")).isEqualTo("on");
            }
            createConfidentialClient(first.keycloak, "kept-pos", "kept-secret");
            assertThat(clientCredentials(first.keycloak, "kept-pos", "kept-secret").statusCode()).isEqualTo(200);
        }

        try (DataFolder folder = DataFolder.lock(dir); Servers second = Servers.start(folder)) {
            try (Connection connection = connect(second.database, second.database.ensureDatabase("kept"));
                 Statement statement = connection.createStatement()) {
                assertThat(single(statement, "SELECT string_agg(slug, ',') FROM tenant")).isEqualTo("demo-cafe");
            }
            // The realm was not imported again over what the first server changed in it.
            HttpResponse<String> token = clientCredentials(second.keycloak, "kept-pos", "kept-secret");
            assertThat(token.statusCode()).as(token.body()).isEqualTo(200);
            assertThat(clientCredentials(second.keycloak, "devstack-test-pos", "devstack-test-secret").statusCode())
                    .isEqualTo(200);
            assertThat(adminLogin(second.keycloak).statusCode()).as("the admin made at the first start").isEqualTo(200);
        }
    }

    @Test
    void aSecondRunOnTheFolderStopsWhileAnotherProcessHoldsIt() throws Exception {
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), HoldsDataFolder.class.getName(), dir.toString())
                .redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8))) {
            assertThat(out.readLine()).isEqualTo("locked");

            assertThatThrownBy(() -> DataFolder.lock(dir))
                    .isInstanceOf(DataFolder.InUse.class)
                    .hasMessageContaining(dir.toString())
                    .hasMessageContaining("process " + holder.pid());
        } finally {
            holder.getOutputStream().close();
            holder.waitFor();
        }
        DataFolder.lock(dir).close(); // free again once the holder is gone
    }

    @Test
    void aSecondLockInTheSameJvmIsRefusedToo() {
        try (DataFolder ignored = DataFolder.lock(dir)) {
            assertThatThrownBy(() -> DataFolder.lock(dir)).isInstanceOf(DataFolder.InUse.class);
        }
    }

    @Test
    void freshRemovesEverythingButTheLock() throws IOException {
        try (DataFolder folder = DataFolder.lock(dir)) {
            Files.createDirectories(folder.postgres().resolve("base"));
            Files.writeString(folder.postgres().resolve("PG_VERSION"), "18");
            Files.createDirectories(folder.keycloak());
            assertThat(folder.hasData()).isTrue();

            folder.clear();

            assertThat(folder.hasData()).isFalse();
            try (Stream<Path> left = Files.list(dir)) {
                assertThat(left.map(p -> p.getFileName().toString())).containsExactly(DataFolder.LOCK_FILE);
            }
            assertThatThrownBy(() -> DataFolder.lock(dir)).isInstanceOf(DataFolder.InUse.class);
        }
    }

    @Test
    void aNewFolderIsOpenToItsOwnerOnly() throws IOException {
        try (DataFolder folder = DataFolder.lock(dir.resolve("new"))) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.path()))).isEqualTo("rwx------");
        }
    }

    @Test
    void theRunsFolderIsVafaDataDirWhenSet() {
        System.setProperty(Settings.DATA_DIR, dir.toString());
        try {
            assertThat(Settings.dataDir()).isEqualTo(dir.toAbsolutePath());
        } finally {
            System.clearProperty(Settings.DATA_DIR);
        }
    }

    /** Both servers on the folder, started side by side as {@code ./vafa run} does. */
    private record Servers(EmbeddedDatabase database, EmbeddedKeycloak keycloak) implements AutoCloseable {

        static Servers start(DataFolder folder) {
            CompletableFuture<EmbeddedKeycloak> keycloak = CompletableFuture.supplyAsync(() -> EmbeddedKeycloak.start(0,
                    REALM, "admin", "admin", Settings.realmDirs(), Duration.ofSeconds(300), folder.keycloak()));
            EmbeddedDatabase database = EmbeddedDatabase.startIn(folder.postgres());
            try {
                return new Servers(database, keycloak.join());
            } catch (RuntimeException e) {
                database.close();
                throw e;
            }
        }

        @Override
        public void close() {
            keycloak.close();
            database.close();
        }
    }

    private static Connection connect(Database database, String url) throws SQLException {
        return DriverManager.getConnection(url, database.superUser(), database.superPassword());
    }

    private static String single(Statement statement, String query) throws SQLException {
        try (ResultSet rows = statement.executeQuery(query)) {
            assertThat(rows.next()).isTrue();
            return rows.getString(1);
        }
    }

    private HttpResponse<String> adminLogin(IdentityServer keycloak) throws IOException, InterruptedException {
        return postForm(keycloak.issuerUri("master") + "/protocol/openid-connect/token", Map.of(
                "grant_type", "password", "client_id", "admin-cli",
                "username", keycloak.adminUser(), "password", keycloak.adminPassword()));
    }

    private void createConfidentialClient(IdentityServer keycloak, String clientId, String secret) throws Exception {
        HttpResponse<String> login = adminLogin(keycloak);
        assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
        String client = """
                {"clientId": "%s", "secret": "%s", "publicClient": false, "serviceAccountsEnabled": true,
                 "standardFlowEnabled": false, "directAccessGrantsEnabled": false}""".formatted(clientId, secret);
        HttpResponse<String> created = http.send(HttpRequest.newBuilder(
                        URI.create(keycloak.baseUrl() + "/admin/realms/" + REALM + "/clients"))
                .header("Authorization", "Bearer " + IdentityServerTest.field(login.body(), "access_token"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(client)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    }

    private HttpResponse<String> clientCredentials(IdentityServer keycloak, String clientId, String secret)
            throws IOException, InterruptedException {
        return postForm(keycloak.issuerUri(REALM) + "/protocol/openid-connect/token", Map.of(
                "grant_type", "client_credentials", "client_id", clientId, "client_secret", secret));
    }

    private HttpResponse<String> postForm(String url, Map<String, String> form) throws IOException, InterruptedException {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return http.send(HttpRequest.newBuilder(URI.create(url))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
