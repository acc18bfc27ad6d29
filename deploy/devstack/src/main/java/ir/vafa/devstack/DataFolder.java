package ir.vafa.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;

/**
 * The folder where {@code ./vafa run} keeps its servers' data between runs: PostgreSQL's cluster in {@code postgres/}
 * and Keycloak's H2 database in {@code keycloak/}. While a run uses it, it holds an exclusive lock on the file
 * {@code lock} (which names the holder's pid): two postmasters, or two Keycloaks on one H2 file, would corrupt data,
 * so a second run fails before it starts anything. The operating system drops the lock when the process dies.
 */
final class DataFolder implements AutoCloseable {

    static final String LOCK_FILE = "lock";

    private final Path dir;
    private final FileChannel channel;
    private final FileLock lock;

    private DataFolder(Path dir, FileChannel channel, FileLock lock) {
        this.dir = dir;
        this.channel = channel;
        this.lock = lock;
    }

    /** Creates the folder when missing and locks it; fails with {@link InUse} when another run holds it. */
    static DataFolder lock(Path dir) {
        Path absolute = dir.toAbsolutePath().normalize();
        FileChannel channel = null;
        try {
            createPrivately(absolute);
            channel = FileChannel.open(absolute.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null; // held by this JVM
            }
            if (lock == null) {
                String holder = Files.readString(absolute.resolve(LOCK_FILE)).trim();
                channel.close();
                throw new InUse(absolute, holder);
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + System.lineSeparator())
                    .getBytes(StandardCharsets.UTF_8)));
            return new DataFolder(absolute, channel, lock);
        } catch (IOException e) {
            if (channel != null) {
                try {
                    channel.close();
                } catch (IOException suppressed) {
                    e.addSuppressed(suppressed);
                }
            }
            throw new UncheckedIOException("Could not lock the data folder " + absolute + ": " + e.getMessage(), e);
        }
    }

    /** Keycloak's database holds secrets and password hashes: only the owner may read a new folder. */
    private static void createPrivately(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            return;
        }
        Files.createDirectories(dir.getParent());
        try {
            Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } catch (FileAlreadyExistsException e) {
            // another run made it a moment ago; the lock decides
        } catch (UnsupportedOperationException e) {
            Files.createDirectories(dir);
        }
    }

    Path path() {
        return dir;
    }

    /** PostgreSQL's data directory (PGDATA). */
    Path postgres() {
        return dir.resolve("postgres");
    }

    /** Where Keycloak's H2 database files live. */
    Path keycloak() {
        return dir.resolve("keycloak");
    }

    /** Whether an earlier run left data here. */
    boolean hasData() {
        return Files.isDirectory(postgres()) || Files.isDirectory(keycloak());
    }

    /** Removes everything in the folder but the lock: {@code --fresh}. Only before the servers start. */
    void clear() {
        try {
            try (Stream<Path> entries = others()) {
                entries.forEach(Files2::deleteRecursively);
            }
            try (Stream<Path> left = others()) {
                if (left.findAny().isPresent()) {
                    throw new IOException("some files could not be removed");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not empty the data folder " + dir + ": " + e.getMessage(), e);
        }
    }

    private Stream<Path> others() throws IOException {
        return Files.list(dir).filter(entry -> !entry.getFileName().toString().equals(LOCK_FILE));
    }

    /** Releases the lock; call once the servers using the folder have stopped. */
    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Another process (or this JVM) holds the folder. */
    static final class InUse extends IllegalStateException {

        InUse(Path dir, String holder) {
            super("The data folder " + dir + " is in use by another ./vafa run"
                    + (holder.isEmpty() ? "" : " (process " + holder + ")")
                    + ". Stop that one first, or give this one another folder with " + Settings.DATA_DIR + ".");
        }
    }
}
