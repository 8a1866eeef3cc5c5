package org.fluorite.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecentFilesTest {

    @Test
    void newestFirstWithoutDuplicatesAndAtMostTen(@TempDir Path dir) throws Exception {
        RecentFiles recent = new RecentFiles(dir.resolve("settings/recent-files.txt"));
        assertTrue(recent.list().isEmpty());
        for (int i = 0; i < 12; i++) {
            recent.add(dir.resolve("movie" + i + ".tif"));
        }
        recent.add(dir.resolve("movie5.tif"));
        List<Path> list = recent.list();
        assertEquals(RecentFiles.MAX, list.size());
        assertEquals(dir.resolve("movie5.tif"), list.get(0));
        assertEquals(dir.resolve("movie11.tif"), list.get(1));
        assertEquals(1, list.stream().filter(p -> p.getFileName().toString().equals("movie5.tif")).count());
        assertTrue(list.stream().noneMatch(p -> p.getFileName().toString().equals("movie0.tif")), "oldest dropped");
    }

    @Test
    void pathsAreStoredAbsoluteAndNormalised(@TempDir Path dir) throws Exception {
        RecentFiles recent = new RecentFiles(dir.resolve("recent-files.txt"));
        recent.add(dir.resolve("a/../b.tif"));
        assertEquals(List.of(dir.resolve("b.tif").toAbsolutePath()), recent.list());
        assertEquals(List.of(dir.resolve("b.tif").toAbsolutePath().toString()), Files.readAllLines(dir.resolve("recent-files.txt")));
    }
}
