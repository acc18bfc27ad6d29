package ir.vafa.devstack;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The Keycloak server distribution ({@code org.keycloak:keycloak-quarkus-dist:<version>:zip}) unpacked once into
 * {@code ~/.cache/vafa/keycloak-<version>}. The zip comes from VAFA_KEYCLOAK_DIST, else the local Maven repository
 * (the devstack build puts it there), else Maven Central.
 */
final class KeycloakDistribution {

    private static final String CENTRAL = "https://repo.maven.apache.org/maven2/";

    private final String version;
    private final Path home;
    private final Path lockFile;

    private KeycloakDistribution(String version, Path cacheDir) {
        this.version = version;
        this.home = cacheDir.resolve("keycloak-" + version);
        this.lockFile = cacheDir.resolve("keycloak-" + version + ".lock");
    }

    static KeycloakDistribution forThisBuild() {
        return new KeycloakDistribution(Settings.keycloakVersion(), Settings.cacheDir());
    }

    String version() {
        return version;
    }

    /** The unpacked distribution (bin/kc.sh, lib/, …). Call while holding {@link #lock()}. */
    Path home() {
        return home;
    }

    /**
     * An exclusive lock shared by every JVM on this machine: held while unpacking and while a server starts, because
     * the first start rewrites lib/quarkus (Quarkus augmentation for the dev options).
     */
    FileLock lock() throws IOException {
        Files.createDirectories(lockFile.getParent());
        FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        try {
            return channel.lock();
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /** Unpacks the distribution when it is not there yet. Call while holding {@link #lock()}. */
    void ensureUnpacked() throws IOException {
        if (Files.isRegularFile(home.resolve("bin").resolve("kc.sh")) && Files.isRegularFile(home.resolve(".vafa-complete"))) {
            return;
        }
        Path zip = locateZip();
        Path staging = Files.createTempDirectory(home.getParent(), home.getFileName() + ".unpacking-");
        try {
            unzip(zip, staging);
            Path top = staging.resolve("keycloak-" + version);
            if (!Files.isRegularFile(top.resolve("bin").resolve("kc.sh"))) {
                throw new IOException(zip + " does not hold keycloak-" + version + "/bin/kc.sh");
            }
            try (var scripts = Files.newDirectoryStream(top.resolve("bin"), "*.sh")) {
                for (Path script : scripts) {
                    if (!script.toFile().setExecutable(true, false)) {
                        throw new IOException("Could not make " + script + " executable");
                    }
                }
            }
            Files.writeString(top.resolve(".vafa-complete"), "unpacked from " + zip + System.lineSeparator());
            Files2.deleteRecursively(home); // a half-unpacked leftover
            Files.move(top, home, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files2.deleteRecursively(staging);
        }
    }

    private Path locateZip() throws IOException {
        var explicit = Settings.get(Settings.KEYCLOAK_DIST);
        if (explicit.isPresent()) {
            Path zip = Path.of(explicit.get());
            if (!Files.isRegularFile(zip)) {
                throw new IOException(Settings.KEYCLOAK_DIST + " names " + zip + ", which does not exist");
            }
            return zip;
        }
        String relative = "org/keycloak/keycloak-quarkus-dist/" + version + "/keycloak-quarkus-dist-" + version + ".zip";
        Path inLocalRepository = Settings.localRepository().resolve(relative);
        if (Files.isRegularFile(inLocalRepository)) {
            return inLocalRepository;
        }
        Path downloaded = home.getParent().resolve("downloads").resolve("keycloak-quarkus-dist-" + version + ".zip");
        if (!Files.isRegularFile(downloaded)) {
            download(URI.create(CENTRAL + relative), downloaded);
        }
        return downloaded;
    }

    private static void download(URI uri, Path target) throws IOException {
        System.err.println("[devstack] downloading " + uri + " (about 170 MiB) …");
        Files.createDirectories(target.getParent());
        Path partial = target.resolveSibling(target.getFileName() + ".part");
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(30)).build();
        try {
            HttpResponse<Path> response = client.send(HttpRequest.newBuilder(uri).GET().build(),
                    HttpResponse.BodyHandlers.ofFile(partial));
            if (response.statusCode() != 200) {
                throw new IOException("GET " + uri + " answered " + response.statusCode());
            }
            HttpResponse<String> sha1 = client.send(HttpRequest.newBuilder(URI.create(uri + ".sha1")).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (sha1.statusCode() == 200) {
                String expected = sha1.body().trim().split("\\s+")[0];
                String actual = sha1(partial);
                if (!expected.equalsIgnoreCase(actual)) {
                    throw new IOException("SHA-1 of " + uri + " is " + actual + ", expected " + expected);
                }
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while downloading " + uri, e);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    private static String sha1(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-1");
            byte[] buffer = new byte[1 << 16];
            for (int read; (read = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, read);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void unzip(Path zip, Path target) throws IOException {
        Path root = target.toAbsolutePath().normalize();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                Path path = root.resolve(entry.getName()).normalize();
                if (!path.startsWith(root)) {
                    throw new IOException("Zip entry outside the target folder: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(path);
                } else {
                    Files.createDirectories(path.getParent());
                    Files.copy(in, path, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
