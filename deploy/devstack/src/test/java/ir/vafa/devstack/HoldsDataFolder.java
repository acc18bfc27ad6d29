package ir.vafa.devstack;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Stands in for another {@code ./vafa run} in {@link DataFolderTest}: locks the folder named by its argument, prints
 * "locked", and holds the lock until its standard input ends.
 */
public final class HoldsDataFolder {

    private HoldsDataFolder() {
    }

    public static void main(String[] args) throws IOException {
        try (DataFolder ignored = DataFolder.lock(Path.of(args[0]))) {
            System.out.println("locked");
            System.out.flush();
            while (System.in.read() >= 0) {
                // hold the lock
            }
        }
    }
}
