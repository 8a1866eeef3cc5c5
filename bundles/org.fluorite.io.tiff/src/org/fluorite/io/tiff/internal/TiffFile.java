package org.fluorite.io.tiff.internal;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.fluorite.io.ImportException;

/**
 * An open TIFF or BigTIFF file: its byte order, its image file directories (IFDs) and positional,
 * bounds-checked reads. Every offset and length taken from the file is checked against the file
 * length before anything is allocated, so a corrupted file ends in an {@link ImportException}
 * naming the file. Reads use {@link FileChannel#read(ByteBuffer, long)} and are safe from several
 * threads at once.
 */
public final class TiffFile implements Closeable {

    /** Largest single read the parser makes (ImageDescription, tag arrays), in bytes. */
    public static final int MAX_READ = Integer.MAX_VALUE - 64;

    private final Path path;
    private final FileChannel channel;
    private final long length;
    private final ByteOrder order;
    private final boolean bigTiff;
    private final long firstIfdOffset;

    private TiffFile(Path path, FileChannel channel, long length, ByteOrder order, boolean bigTiff, long firstIfdOffset) {
        this.path = path;
        this.channel = channel;
        this.length = length;
        this.order = order;
        this.bigTiff = bigTiff;
        this.firstIfdOffset = firstIfdOffset;
    }

    /** Opens {@code path} and reads its header. The caller closes the result. */
    public static TiffFile open(Path path) throws IOException {
        FileChannel ch = FileChannel.open(path, StandardOpenOption.READ);
        try {
            long length = ch.size();
            if (length < 8) {
                throw new ImportException(path, "too short to be a TIFF file (" + length + " bytes)");
            }
            ByteBuffer head = ByteBuffer.allocate((int) Math.min(16, length));
            readFully(ch, head, 0);
            byte[] h = head.array();
            ByteOrder order;
            if (h[0] == 'I' && h[1] == 'I') {
                order = ByteOrder.LITTLE_ENDIAN;
            } else if (h[0] == 'M' && h[1] == 'M') {
                order = ByteOrder.BIG_ENDIAN;
            } else {
                throw new ImportException(path, "not a TIFF file (no II or MM byte-order mark)");
            }
            ByteBuffer b = ByteBuffer.wrap(h).order(order);
            int magic = b.getShort(2) & 0xFFFF;
            boolean big;
            long first;
            if (magic == 42) {
                big = false;
                first = b.getInt(4) & 0xFFFFFFFFL;
            } else if (magic == 43) {
                if (h.length < 16 || b.getShort(4) != 8 || b.getShort(6) != 0) {
                    throw new ImportException(path, "damaged BigTIFF header");
                }
                big = true;
                first = b.getLong(8);
            } else {
                throw new ImportException(path, "not a TIFF file (version " + magic + " instead of 42 or 43)");
            }
            TiffFile f = new TiffFile(path, ch, length, order, big, first);
            ch = null;
            return f;
        } finally {
            if (ch != null) {
                ch.close();
            }
        }
    }

    public Path path() {
        return path;
    }

    public long length() {
        return length;
    }

    public ByteOrder order() {
        return order;
    }

    public boolean isBigTiff() {
        return bigTiff;
    }

    /** An exception naming this file. */
    public ImportException problem(String what) {
        return new ImportException(path, what);
    }

    /**
     * Reads {@code count} bytes at {@code offset}.
     *
     * @param what what is being read, for the message when it lies outside the file
     */
    public byte[] read(long offset, long count, String what) throws IOException {
        checkRange(offset, count, what);
        if (count > MAX_READ) {
            throw problem(what + " is too large (" + count + " bytes)");
        }
        ByteBuffer buf = ByteBuffer.allocate((int) count);
        try {
            readFully(channel, buf, offset);
        } catch (ClosedChannelException e) {
            throw new ImportException(path, "the file was closed", e);
        }
        if (buf.hasRemaining()) {
            throw problem(what + " ends early: the file is truncated");
        }
        return buf.array();
    }

    /** Checks that {@code count} bytes at {@code offset} lie inside the file. */
    public void checkRange(long offset, long count, String what) throws ImportException {
        if (offset < 0 || count < 0 || offset > length || count > length - offset) {
            throw problem(what + " lies outside the file (offset " + Long.toUnsignedString(offset) + ", "
                    + Long.toUnsignedString(count) + " bytes, file has " + length + " bytes)");
        }
    }

    private static void readFully(FileChannel ch, ByteBuffer buf, long offset) throws IOException {
        long pos = offset;
        while (buf.hasRemaining()) {
            int n = ch.read(buf, pos);
            if (n < 0) {
                return;
            }
            pos += n;
        }
    }

    /**
     * Reads every IFD of the main chain, guarding against loops and impossible entry counts.
     *
     * @param maxIfds stop (with an error) after this many IFDs
     */
    public List<Ifd> readIfds(int maxIfds) throws IOException {
        return readIfds(maxIfds, true);
    }

    /** The first image directory only. */
    public Ifd firstIfd() throws IOException {
        return readIfds(1, false).get(0);
    }

    private List<Ifd> readIfds(int maxIfds, boolean strict) throws IOException {
        List<Ifd> ifds = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        long offset = firstIfdOffset;
        int entrySize = bigTiff ? 20 : 12;
        int countSize = bigTiff ? 8 : 2;
        int nextSize = bigTiff ? 8 : 4;
        while (offset != 0) {
            if (!seen.add(offset)) {
                if (ifds.isEmpty()) {
                    throw problem("the directory chain loops");
                }
                break; // a loop back to an earlier directory: keep what was read so far
            }
            if (ifds.size() >= maxIfds) {
                if (!strict) {
                    break;
                }
                throw problem("more than " + maxIfds + " image directories");
            }
            if (offset < 8 || offset > length - countSize) {
                if (ifds.isEmpty()) {
                    throw problem("the first image directory lies outside the file (offset " + Long.toUnsignedString(offset)
                            + ", file has " + length + " bytes)");
                }
                break; // a damaged link after valid pages: keep the valid pages
            }
            ByteBuffer cb = ByteBuffer.wrap(read(offset, countSize, "image directory")).order(order);
            long n = bigTiff ? cb.getLong(0) : cb.getShort(0) & 0xFFFF;
            long tableBytes = n * entrySize + nextSize;
            if (n <= 0 || n > 100_000 || offset + countSize + tableBytes > length) {
                if (ifds.isEmpty()) {
                    throw problem("image directory at offset " + offset + " claims " + Long.toUnsignedString(n)
                            + " entries, which do not fit in the file");
                }
                break;
            }
            ByteBuffer table = ByteBuffer.wrap(read(offset + countSize, tableBytes, "image directory")).order(order);
            List<IfdEntry> entries = new ArrayList<>((int) n);
            for (int i = 0; i < n; i++) {
                int base = i * entrySize;
                int tag = table.getShort(base) & 0xFFFF;
                int type = table.getShort(base + 2) & 0xFFFF;
                long count = bigTiff ? table.getLong(base + 4) : table.getInt(base + 4) & 0xFFFFFFFFL;
                byte[] field = new byte[bigTiff ? 8 : 4];
                table.get(base + (bigTiff ? 12 : 8), field);
                entries.add(new IfdEntry(tag, type, count, field));
            }
            ifds.add(new Ifd(this, ifds.size(), entries));
            offset = bigTiff ? table.getLong((int) (n * entrySize)) : table.getInt((int) (n * entrySize)) & 0xFFFFFFFFL;
        }
        if (ifds.isEmpty()) {
            throw problem("the file holds no image directory");
        }
        return ifds;
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
