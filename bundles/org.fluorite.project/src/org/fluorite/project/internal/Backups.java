package org.fluorite.project.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Stream;

/**
 * Consistent copies of a project database under {@code backups/}, taken with {@code VACUUM INTO}
 * into a temporary name and then renamed, so a crash never leaves a half backup under a backup's
 * name. Names sort by time: {@code project-20260101T120000.123Z-0001.sqlite}. The oldest beyond
 * the number to keep are deleted.
 */
public final class Backups {

    public static final String PREFIX = "project-";
    public static final String SUFFIX = ".sqlite";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private Backups() {
    }

    /**
     * Backs the database up into {@code folder}, then keeps only the newest {@code keep} backups.
     *
     * @return the backup file
     */
    public static Path backup(Connection c, Path folder, int keep) throws IOException, SQLException {
        Files.createDirectories(folder);
        String stamp = STAMP.format(Instant.now());
        Path target;
        int n = 0;
        do {
            target = folder.resolve(PREFIX + stamp + String.format("-%04d", n++) + SUFFIX);
        } while (Files.exists(target));
        Path tmp = folder.resolve(".incomplete-" + target.getFileName());
        Files.deleteIfExists(tmp);
        try (Statement s = c.createStatement()) {
            s.executeUpdate("VACUUM INTO '" + tmp.toAbsolutePath().toString().replace("'", "''") + "'");
        }
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
        prune(folder, keep);
        return target;
    }

    /** The backups in {@code folder}, oldest first. */
    public static List<Path> list(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(p -> {
                String name = p.getFileName().toString();
                return name.startsWith(PREFIX) && name.endsWith(SUFFIX);
            }).sorted().toList();
        }
    }

    private static void prune(Path folder, int keep) throws IOException {
        List<Path> all = list(folder);
        for (int i = 0; i < all.size() - Math.max(keep, 0); i++) {
            Files.deleteIfExists(all.get(i));
        }
        try (Stream<Path> s = Files.list(folder)) {
            for (Path p : s.filter(p -> p.getFileName().toString().startsWith(".incomplete-")).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
