package org.fluorite.project.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The files of a project's flowcharts/ and plots/ folders, for the welcome page. */
public final class ProjectFiles {

    /** Most files listed per folder. */
    public static final int MAX = 50;

    private ProjectFiles() {
    }

    /** Regular files directly in {@code projectDir/folder}, by name; empty when the folder is missing. */
    public static List<Path> list(Path projectDir, String folder) throws IOException {
        Path dir = projectDir.resolve(folder);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted().limit(MAX).toList();
        }
    }
}
