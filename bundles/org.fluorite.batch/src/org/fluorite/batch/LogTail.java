package org.fluorite.batch;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Follows an item's log.txt as a worker appends to it: each {@link #read()} returns the text
 * written since the previous one. The first read returns at most the last {@link #FIRST_READ_BYTES}
 * bytes, later reads at most {@link #MAX_READ_BYTES}, so a huge log never floods a text pane.
 */
public final class LogTail {

    public static final int FIRST_READ_BYTES = 64 * 1024;
    public static final int MAX_READ_BYTES = 1024 * 1024;

    private final Path file;
    private long offset = -1;

    public LogTail(Path file) {
        this.file = file;
    }

    public Path file() {
        return file;
    }

    /** New text since the last call; empty when nothing was added or the log does not exist yet. */
    public synchronized String read() throws IOException {
        if (!Files.isRegularFile(file)) {
            return "";
        }
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = ch.size();
            if (offset < 0) {
                offset = Math.max(0, size - FIRST_READ_BYTES);
            } else if (size < offset) {
                offset = 0; // the log was replaced (item re-run)
            }
            int n = (int) Math.min(MAX_READ_BYTES, size - offset);
            if (n <= 0) {
                return "";
            }
            ByteBuffer b = ByteBuffer.allocate(n);
            while (b.hasRemaining() && ch.read(b, offset + b.position()) > 0) {
                // keep reading until the snapshot size is reached
            }
            offset += b.position();
            return new String(b.array(), 0, b.position(), StandardCharsets.UTF_8);
        }
    }

    /** The last {@code maxLines} lines of the log (for an error message), empty when there is none. */
    public static String lastLines(Path file, int maxLines) {
        try {
            if (!Files.isRegularFile(file)) {
                return "";
            }
            LogTail t = new LogTail(file);
            String text = t.read();
            String[] lines = text.strip().split("\\R");
            int from = Math.max(0, lines.length - maxLines);
            return String.join("\n", java.util.Arrays.copyOfRange(lines, from, lines.length));
        } catch (IOException e) {
            return "";
        }
    }
}
