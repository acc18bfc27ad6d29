package ir.vafa.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Properties;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VafaRunTest {

    @TempDir
    Path dir;

    @Test
    void refusesToStartWithoutTheApplicationJar() {
        assertThat(VafaRun.launch(new String[] {"--app", dir.resolve("missing.jar").toString()})).isEqualTo(2);
        assertThat(VafaRun.launch(new String[] {"--port", "80"})).isEqualTo(2);
    }

    @Test
    void theMemberPageSecretIsMadeOnceAndKeptInTheDataFolderForItsOwnerOnly() throws IOException {
        String first = VafaRun.memberPageSecret(dir);

        assertThat(first.getBytes(java.nio.charset.StandardCharsets.UTF_8)).hasSizeGreaterThanOrEqualTo(32);
        assertThat(VafaRun.memberPageSecret(dir)).as("the next run's").isEqualTo(first);
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(dir.resolve("member-page-secret")))).isEqualTo("rw-------");
        assertThat(VafaRun.memberPageSecret(null)).as("throw-away servers get a new one each time")
                .isNotEqualTo(VafaRun.memberPageSecret(null)).hasSizeGreaterThanOrEqualTo(32);
    }

    @Test
    void readsPortsFromTheArguments() {
        VafaRun.Options options = VafaRun.Options.parse(
                new String[] {"--app", "a.jar", "--port=9090", "--keycloak-port", "9191", "--fresh", "--", "--debug"});

        assertThat(options.app()).isEqualTo(Path.of("a.jar"));
        assertThat(options.port()).isEqualTo(9090);
        assertThat(options.keycloakPort()).isEqualTo(9191);
        assertThat(options.fresh()).isTrue();
        assertThat(options.appArgs()).containsExactly("--debug");
        assertThat(VafaRun.Options.parse(new String[] {"--app", "a.jar"}).fresh()).isFalse();
    }

    @Test
    void stopsBeforeStartingAnyServerWhenAnotherRunHoldsTheDataFolder() throws Exception {
        Path jar = fakeApplicationJar();
        Path data = dir.resolve("data");
        try (DataFolder other = DataFolder.lock(data);
             ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Path kept = Files.createDirectories(other.postgres()).resolve("PG_VERSION");
            Files.writeString(kept, "18");

            int exitCode = VafaRun.launch(new String[] {"--app", jar.toString(),
                    "--port", Integer.toString(taken.getLocalPort()), "--fresh"}, data);

            assertThat(exitCode).as("the folder in use, not the port taken (2)").isEqualTo(1);
            assertThat(kept).exists();
        }
    }

    @Test
    void startsTheApplicationsJvmWithTheConfiguredOptions() {
        VafaRun.Options options = VafaRun.Options.parse(new String[] {"--app", "a.jar", "--", "--debug"});
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();

        assertThat(VafaRun.appCommand(options)).containsExactly(java, "-jar", "a.jar", "--debug");
        System.setProperty("VAFA_APP_JAVA_OPTS", " -Xms1g  -XX:+UseG1GC ");
        try {
            assertThat(VafaRun.appCommand(options))
                    .containsExactly(java, "-Xms1g", "-XX:+UseG1GC", "-jar", "a.jar", "--debug");
        } finally {
            System.clearProperty("VAFA_APP_JAVA_OPTS");
        }
    }

    @Test
    void givesTheApplicationItsDatabaseAndKeycloakThroughTheEnvironment() throws Exception {
        Path jar = fakeApplicationJar();
        Path environmentFile = dir.resolve("environment.properties");
        int port = Ports.free();

        int exitCode = VafaRun.launch(new String[] {
                "--app", jar.toString(), "--port", Integer.toString(port), "--", environmentFile.toString()});

        assertThat(exitCode).isZero();
        Properties environment = new Properties();
        try (InputStream in = Files.newInputStream(environmentFile)) {
            environment.load(in);
        }
        IdentityServer keycloak = DevInfrastructure.identityServer();
        Database database = DevInfrastructure.database();
        assertThat(environment)
                .containsEntry("SERVER_PORT", Integer.toString(port))
                .containsEntry("VAFA_DEMO", "true")
                .containsEntry("VAFA_DB_URL", database.jdbcUrl(VafaRun.APP_DATABASE))
                .containsEntry("VAFA_DB_OWNER_USER", database.superUser())
                .containsEntry("VAFA_DB_OWNER_PASSWORD", database.superPassword())
                .containsEntry("VAFA_ISSUER_URI", keycloak.issuerUri())
                .containsEntry("VAFA_KEYCLOAK_URL", keycloak.baseUrl())
                .containsEntry("VAFA_KEYCLOAK_ADMIN_USER", keycloak.adminUser())
                .containsEntry("VAFA_KEYCLOAK_ADMIN_PASSWORD", keycloak.adminPassword());
        try (Connection connection = DriverManager.getConnection(environment.getProperty("VAFA_DB_URL"),
                database.superUser(), database.superPassword())) {
            assertThat(connection.isValid(2)).isTrue();
        }
    }

    private Path fakeApplicationJar() throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, FakeApp.class.getName());
        Path jar = dir.resolve("fake-app.jar");
        String entry = FakeApp.class.getName().replace('.', '/') + ".class";
        try (OutputStream file = Files.newOutputStream(jar);
             JarOutputStream out = new JarOutputStream(file, manifest);
             InputStream classFile = FakeApp.class.getClassLoader().getResourceAsStream(entry)) {
            out.putNextEntry(new JarEntry(entry));
            classFile.transferTo(out);
            out.closeEntry();
        }
        return jar;
    }
}
