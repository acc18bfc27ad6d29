package ir.vafa.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The realm exports (*.json) to import into a Keycloak that the devstack starts. */
record RealmFiles(List<Path> files, Set<String> realmNames) {

    private static final Pattern REALM = Pattern.compile("\"realm\"\\s*:\\s*\"([^\"]+)\"");

    static RealmFiles in(List<Path> dirs) {
        List<Path> files = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        for (Path dir : dirs) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> entries = Files.list(dir)) {
                for (Path file : entries.filter(f -> f.getFileName().toString().endsWith(".json"))
                        .filter(Files::isRegularFile).sorted().toList()) {
                    Matcher matcher = REALM.matcher(Files.readString(file));
                    if (matcher.find()) {
                        files.add(file);
                        names.add(matcher.group(1));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Could not read the realm files in " + dir, e);
            }
        }
        return new RealmFiles(List.copyOf(files), Collections.unmodifiableSet(names));
    }

    /** Copies the files into an import folder, renaming when two folders hold the same file name. */
    void copyTo(Path importDir) throws IOException {
        Files.createDirectories(importDir);
        int clash = 0;
        for (Path file : files) {
            Path target = importDir.resolve(file.getFileName());
            while (Files.exists(target)) {
                target = importDir.resolve("copy" + ++clash + "-" + file.getFileName());
            }
            Files.copy(file, target);
        }
    }
}
