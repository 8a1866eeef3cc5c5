package org.fluorite.core.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {

    @Test
    void replacesTheContentAndLeavesNoTemporaryFile(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("traces.csv");
        Files.writeString(target, "old");
        AtomicFile.replaceText(target, w -> w.write("frame,roi 1\n0,1.5\n"));
        assertEquals("frame,roi 1\n0,1.5\n", Files.readString(target));
        try (var files = Files.list(dir)) {
            assertEquals(List.of(target), files.toList());
        }
    }

    @Test
    void aFailedWriteKeepsTheOldFile(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("map.csv");
        Files.writeString(target, "old content");
        IOException e = assertThrows(IOException.class, () -> AtomicFile.replaceText(target, w -> {
            w.write("half");
            throw new IOException("disk full");
        }));
        assertEquals("disk full", e.getMessage());
        assertEquals("old content", Files.readString(target));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "temporary file removed");
        }
    }

    @Test
    void theResultIsReadableByOthersLikeAnyNewFile(@TempDir Path dir) throws Exception {
        Path plain = dir.resolve("plain.txt");
        Files.writeString(plain, "x");
        Path target = dir.resolve("written.txt");
        AtomicFile.replaceText(target, w -> w.write("x"));
        Set<PosixFilePermission> expected = Files.getPosixFilePermissions(plain);
        assertEquals(expected, Files.getPosixFilePermissions(target));
        assertTrue(expected.contains(PosixFilePermission.OWNER_READ));
    }
}
