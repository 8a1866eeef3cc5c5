package org.fluorite.kymo.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.Optional;

import org.fluorite.io.ImportException;
import org.fluorite.io.bluelake.BluelakeFile;
import org.fluorite.io.bluelake.Channel;
import org.fluorite.io.bluelake.SampleLayout;

/**
 * Reads consecutive blocks of an integer continuous channel (photon counts, info wave). A channel
 * stored contiguous and unfiltered is streamed straight from the file with one positioned read per
 * block; any other layout is decoded through the HDF5 library, slice by slice.
 */
final class SampleStream {

    private final BluelakeFile file;
    private final Channel channel;
    private final SampleLayout layout;
    private final FileChannel fileChannel;

    SampleStream(BluelakeFile file, Channel channel, FileChannel fileChannel) throws IOException {
        this.file = file;
        this.channel = channel;
        Optional<SampleLayout> l = file.contiguousLayout(channel);
        this.layout = l.orElse(null);
        this.fileChannel = fileChannel;
    }

    Channel channel() {
        return channel;
    }

    /**
     * Reads samples {@code from .. from + count} into {@code out[0 .. count]} as 32-bit patterns:
     * read them back with {@code out[i] & 0xFFFFFFFFL} (counts are never negative).
     *
     * @throws ImportException for negative counts or counts beyond 2^32 - 1
     */
    void readCounts(long from, int count, int[] out) throws IOException {
        if (layout == null || layout.bytesPerSample() == 8) {
            long[] v = new long[count];
            read(from, count, v);
            for (int i = 0; i < count; i++) {
                if (v[i] < 0 || v[i] > 0xFFFF_FFFFL) {
                    throw new ImportException(file.path(), channel.path() + " holds " + v[i] + " photons in sample " + (from + i));
                }
                out[i] = (int) v[i];
            }
            return;
        }
        ByteBuffer b = fill(from, count);
        switch (layout.bytesPerSample()) {
            case 1 -> {
                for (int i = 0; i < count; i++) {
                    out[i] = layout.signed() ? Math.max(0, b.get(i)) : b.get(i) & 0xFF;
                }
            }
            case 2 -> {
                for (int i = 0; i < count; i++) {
                    short x = b.getShort(i << 1);
                    out[i] = layout.signed() ? Math.max(0, x) : x & 0xFFFF;
                }
            }
            default -> {
                b.asIntBuffer().get(0, out, 0, count);
                if (layout.signed()) {
                    for (int i = 0; i < count; i++) {
                        out[i] = Math.max(0, out[i]);
                    }
                }
            }
        }
    }

    /** Reads samples {@code from .. from + count} into {@code out[0 .. count]} as whole numbers. */
    void read(long from, int count, long[] out) throws IOException {
        if (layout == null) {
            long[] v = file.readCounts(channel, from, count);
            System.arraycopy(v, 0, out, 0, count);
            return;
        }
        ByteBuffer b = fill(from, count);
        for (int i = 0; i < count; i++) {
            out[i] = switch (layout.bytesPerSample()) {
                case 1 -> layout.signed() ? b.get(i) : b.get(i) & 0xFF;
                case 2 -> layout.signed() ? b.getShort(i << 1) : b.getShort(i << 1) & 0xFFFF;
                case 4 -> layout.signed() ? b.getInt(i << 2) : b.getInt(i << 2) & 0xFFFF_FFFFL;
                default -> b.getLong(i << 3);
            };
        }
    }

    /** Reads samples {@code from .. from + count} as info-wave codes (0 discard, 1 use, 2 pixel end). */
    void readCodes(long from, int count, byte[] out) throws IOException {
        if (layout == null || layout.bytesPerSample() != 1) {
            long[] v = new long[count];
            read(from, count, v);
            for (int i = 0; i < count; i++) {
                out[i] = (byte) Math.max(0, Math.min(3, v[i]));
            }
            return;
        }
        fill(from, count).get(0, out, 0, count);
    }

    private ByteBuffer fill(long from, int count) throws IOException {
        if (from < 0 || count < 0 || from + count > layout.length()) {
            throw new ImportException(file.path(), "samples " + from + ".." + (from + count) + " lie outside " + channel.path()
                    + " (" + layout.length() + " samples)");
        }
        int bytes = count * layout.bytesPerSample();
        long position = layout.offset() + from * layout.bytesPerSample();
        if (position + bytes > fileChannel.size()) {
            throw new ImportException(file.path(), channel.path() + " ends before sample " + (from + count)
                    + ": the file is truncated");
        }
        // a mapped view of the page cache: one copy less than reading into a buffer
        return fileChannel.map(FileChannel.MapMode.READ_ONLY, position, bytes).order(layout.order());
    }
}
