package org.fluorite.project;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.fluorite.core.files.AtomicFile;

/**
 * The projects opened most recently, newest first: a small text file with one absolute project
 * folder per line (by default {@code ~/.fluorite/recent-projects}). Folders that no longer hold a
 * project are left out when listed.
 */
public final class RecentProjects {

    /** How many projects are remembered. */
    public static final int DEFAULT_MAX = 20;

    private final Path file;
    private final int max;

    public RecentProjects(Path file, int max) {
        this.file = file;
        this.max = max;
    }

    /** The list in the user's home: {@code ~/.fluorite/recent-projects}. */
    public static RecentProjects inUserHome() {
        return new RecentProjects(Path.of(System.getProperty("user.home"), ".fluorite", "recent-projects"), DEFAULT_MAX);
    }

    public Path file() {
        return file;
    }

    /** Project folders, newest first, that still hold a project. */
    public synchronized List<Path> list() throws IOException {
        return read().stream().filter(Project::isProject).toList();
    }

    /** Puts {@code projectDir} first (removing it further down). */
    public synchronized void add(Path projectDir) throws IOException {
        List<Path> all = new ArrayList<>(read());
        Path p = projectDir.toAbsolutePath().normalize();
        all.remove(p);
        all.add(0, p);
        write(all.subList(0, Math.min(max, all.size())));
    }

    public synchronized void remove(Path projectDir) throws IOException {
        List<Path> all = new ArrayList<>(read());
        all.remove(projectDir.toAbsolutePath().normalize());
        write(all);
    }

    private List<Path> read() throws IOException {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        List<Path> out = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                Path p = Path.of(line.strip()).toAbsolutePath().normalize();
                if (!out.contains(p)) {
                    out.add(p);
                }
            }
        }
        return out;
    }

    private void write(List<Path> paths) throws IOException {
        AtomicFile.replaceText(file, w -> {
            for (Path p : paths) {
                w.write(p.toString());
                w.write('\n');
            }
        });
    }
}
