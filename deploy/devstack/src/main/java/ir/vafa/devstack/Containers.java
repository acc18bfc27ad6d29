package ir.vafa.devstack;

import dasniko.testcontainers.keycloak.KeycloakContainer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;
import org.testcontainers.utility.MountableFile;

/** PostgreSQL and Keycloak in Docker containers, through Testcontainers. Only touched when Docker is reachable. */
final class Containers {

    private Containers() {
    }

    /**
     * Whether a Docker engine answers. A cheap look for the usual signs first (DOCKER_HOST, a Docker socket, a
     * Testcontainers configuration), so that machines without Docker do not wait for, nor log, Testcontainers' probe.
     */
    static boolean dockerAvailable() {
        String home = System.getProperty("user.home");
        String runtimeDir = System.getenv("XDG_RUNTIME_DIR");
        boolean hint = System.getenv("DOCKER_HOST") != null
                || System.getenv("TESTCONTAINERS_HOST_OVERRIDE") != null
                || Files.exists(Path.of("/var/run/docker.sock"))
                || Files.exists(Path.of(home, ".docker", "run", "docker.sock"))
                || Files.exists(Path.of(home, ".testcontainers.properties"))
                || (runtimeDir != null && Files.exists(Path.of(runtimeDir, "docker.sock")));
        if (!hint) {
            return false;
        }
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    static Database postgres() {
        PostgreSQLContainer container = new PostgreSQLContainer(
                DockerImageName.parse(Settings.get(Settings.POSTGRES_IMAGE, "postgres:18"))
                        .asCompatibleSubstituteFor("postgres"))
                .withCommand("postgres", "-c", "max_connections=300", "-c", "fsync=off",
                        "-c", "synchronous_commit=off", "-c", "full_page_writes=off");
        container.start();
        return new ContainerDatabase(container);
    }

    static IdentityServer keycloak(String realm, String adminUser, String adminPassword, List<Path> realmDirs) {
        KeycloakContainer container = new KeycloakContainer(
                Settings.get(Settings.KEYCLOAK_IMAGE, "quay.io/keycloak/keycloak:" + Settings.keycloakVersion()))
                .withAdminUsername(adminUser)
                .withAdminPassword(adminPassword);
        RealmFiles realms = RealmFiles.in(realmDirs);
        if (!realms.files().isEmpty()) {
            int index = 0;
            for (Path file : realms.files()) {
                container.withCopyFileToContainer(MountableFile.forHostPath(file),
                        "/opt/keycloak/data/import/" + index++ + "-" + file.getFileName());
            }
            container.withCustomCommand("--import-realm");
        }
        container.start();
        return new ContainerKeycloak(container, realm);
    }

    private record ContainerDatabase(PostgreSQLContainer container) implements Database {

        @Override
        public String jdbcUrl() {
            return container.getJdbcUrl();
        }

        @Override
        public String superUser() {
            return container.getUsername();
        }

        @Override
        public String superPassword() {
            return container.getPassword();
        }

        @Override
        public String description() {
            return "PostgreSQL container " + container.getDockerImageName() + " at " + container.getJdbcUrl();
        }

        @Override
        public void close() {
            container.stop();
        }
    }

    private record ContainerKeycloak(KeycloakContainer container, String realm) implements IdentityServer {

        @Override
        public String baseUrl() {
            String url = container.getAuthServerUrl();
            return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        }

        @Override
        public String adminUser() {
            return container.getAdminUsername();
        }

        @Override
        public String adminPassword() {
            return container.getAdminPassword();
        }

        @Override
        public String description() {
            return "Keycloak container " + container.getDockerImageName() + " at " + baseUrl();
        }

        @Override
        public void close() {
            container.stop();
        }
    }
}
