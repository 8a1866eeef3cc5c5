package org.fluorite.core.files;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Replaces a file all at once: the content is written to a temporary file in the target's folder,
 * which then moves over the target. A failure or a cancelled write leaves the target as it was and
 * removes the temporary file, so no reader ever sees half a file. The temporary file is created
 * like any new file (the user's umask applies), so the result has the usual permissions.
 */
public final class AtomicFile {

    /** Writes the content to the temporary file it is given. */
    @FunctionalInterface
    public interface Content {
        void writeTo(Path temporary) throws IOException;
    }

    /** Writes text to the writer it is given. */
    @FunctionalInterface
    public interface Text {
        void writeTo(Writer writer) throws IOException;
    }

    private AtomicFile() {
    }

    /** Replaces {@code target} with what {@code content} writes. */
    public static void replace(Path target, Content content) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = dir.resolve("." + target.getFileName() + "." + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".part");
        Files.newByteChannel(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
        try {
            content.writeTo(tmp);
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Replaces {@code target} with UTF-8 text. */
    public static void replaceText(Path target, Text text) throws IOException {
        replace(target, tmp -> {
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                text.writeTo(w);
            }
        });
    }
}
