package org.fluorite.batch.worker;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** Passes bytes through and remembers the last non-blank line, for the item's error message. */
final class LastLineStream extends OutputStream {

    private static final int MAX_LINE = 4000;
    private final OutputStream target;
    private final StringBuilder line = new StringBuilder();
    private final java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    private volatile String last = "";

    LastLineStream(OutputStream target) {
        this.target = target;
    }

    @Override
    public synchronized void write(int b) throws IOException {
        target.write(b);
        take(b);
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) throws IOException {
        target.write(b, off, len);
        for (int i = 0; i < len; i++) {
            take(b[off + i]);
        }
    }

    private void take(int b) {
        if (b == '\n') {
            endLine();
        } else if (bytes.size() < MAX_LINE) {
            bytes.write(b);
        }
    }

    private void endLine() {
        String s = bytes.toString(StandardCharsets.UTF_8).strip();
        bytes.reset();
        line.setLength(0);
        if (!s.isEmpty()) {
            last = s;
        }
    }

    @Override
    public synchronized void flush() throws IOException {
        target.flush();
    }

    /** The last complete (or pending) non-blank line written. */
    synchronized String lastLine() {
        String pending = bytes.toString(StandardCharsets.UTF_8).strip();
        return pending.isEmpty() ? last : pending;
    }
}
