package org.fluorite.ui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

/**
 * The files opened last, newest first, kept in {@code recent-files.txt} in Fluorite's settings
 * folder ({@code fluorite.home} system property, else {@code ~/.fluorite}).
 */
public final class RecentFiles {

    public static final int MAX = 10;

    private final Path store;

    public RecentFiles(Path store) {
        this.store = store;
    }

    public static RecentFiles inSettingsFolder() {
        String home = System.getProperty("fluorite.home");
        Path dir = home != null && !home.isBlank() ? Paths.get(home) : Paths.get(System.getProperty("user.home"), ".fluorite");
        return new RecentFiles(dir.resolve("recent-files.txt"));
    }

    public synchronized List<Path> list() {
        List<Path> out = new ArrayList<>();
        if (!Files.isRegularFile(store)) {
            return out;
        }
        try {
            for (String line : Files.readAllLines(store, StandardCharsets.UTF_8)) {
                if (!line.isBlank() && out.size() < MAX) {
                    out.add(Paths.get(line.trim()));
                }
            }
        } catch (IOException e) {
            // an unreadable list only means no recent files are offered
        }
        return out;
    }

    /** Puts {@code file} first, dropping older duplicates and entries beyond {@link #MAX}. */
    public synchronized void add(Path file) throws IOException {
        Path abs = file.toAbsolutePath().normalize();
        List<Path> current = list();
        current.remove(abs);
        current.add(0, abs);
        List<String> lines = current.stream().limit(MAX).map(Path::toString).toList();
        org.fluorite.core.files.AtomicFile.replace(store, tmp -> Files.write(tmp, lines, StandardCharsets.UTF_8));
    }
}
