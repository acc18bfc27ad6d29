package ir.vafa.devstack;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The Keycloak server distribution ({@code org.keycloak:keycloak-quarkus-dist:<version>:zip}) unpacked once into
 * {@code ~/.cache/vafa/keycloak-<version>}. The zip comes from VAFA_KEYCLOAK_DIST, else from the local Maven
 * repository, where the devstack build's dependency plugin puts it (the repository the build used is recorded in
 * devstack.properties).
 */
final class KeycloakDistribution {

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
        return lock(true);
    }

    /** The lock when it is free, else null. */
    FileLock tryLock() throws IOException {
        return lock(false);
    }

    private FileLock lock(boolean wait) throws IOException {
        Files.createDirectories(lockFile.getParent());
        FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        try {
            FileLock lock = wait ? channel.lock() : channel.tryLock();
            if (lock == null) {
                channel.close();
            }
            return lock;
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
        throw new IOException("The Keycloak distribution is not in the local Maven repository (" + inLocalRepository
                + "). Build the devstack module once (./mvnw -pl deploy/devstack package: its dependency plugin fetches"
                + " org.keycloak:keycloak-quarkus-dist:" + version + ":zip), or name the zip with " + Settings.KEYCLOAK_DIST);
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
