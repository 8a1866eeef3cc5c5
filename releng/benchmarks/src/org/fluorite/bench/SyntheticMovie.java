package org.fluorite.bench;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.ShortBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.fluorite.core.image.PixelType;
import org.fluorite.core.image.Plane;
import org.fluorite.core.image.PlaneSource;
import org.fluorite.core.image.Region;

/**
 * The benchmark movie: uint16 frames whose pixel values follow a formula, so that every frame read
 * back can be checked without keeping a copy. Written either through Fluorite's TIFF exporter (as a
 * {@link PlaneSource} computing frames on demand) or directly as an uncompressed TIFF with one strip
 * per frame and an ImageJ description declaring the pages as frames (BigTIFF when the file would
 * not fit 32-bit offsets).
 */
final class SyntheticMovie implements PlaneSource {

    private static final long CLASSIC_LIMIT = 0xFFFF_FFFFL - (64L << 20);

    final int width;
    final int height;
    final long frames;

    SyntheticMovie(int width, int height, long frames) {
        this.width = width;
        this.height = height;
        this.frames = frames;
    }

    /** Pixel value of frame {@code t}, row {@code y}, column {@code x}. */
    static int value(long t, int y, int x) {
        return (int) ((x * 3L + y * 5L + t * 7L) & 0xFFFF);
    }

    long frameBytes() {
        return (long) width * height * 2;
    }

    long dataBytes() {
        return frameBytes() * frames;
    }

    @Override
    public int width() {
        return width;
    }

    @Override
    public int height() {
        return height;
    }

    @Override
    public long planeCount() {
        return frames;
    }

    @Override
    public PixelType pixelType() {
        return PixelType.UINT16;
    }

    @Override
    public Plane read(long index, Region region) {
        Plane p = Plane.allocate(PixelType.UINT16, region.width(), region.height());
        short[] a = (short[]) p.data();
        for (int y = 0; y < region.height(); y++) {
            for (int x = 0; x < region.width(); x++) {
                a[y * region.width() + x] = (short) value(index, region.y() + y, region.x() + x);
            }
        }
        return p;
    }

    /** Number of pixels in {@code plane} (frame {@code t}) that differ from the formula, checking a sparse grid. */
    static int mismatches(Plane plane, long t) {
        int bad = 0;
        int stepY = Math.max(1, plane.height() / 7);
        int stepX = Math.max(1, plane.width() / 7);
        for (int y = 0; y < plane.height(); y += stepY) {
            for (int x = 0; x < plane.width(); x += stepX) {
                if ((int) plane.get(y * plane.width() + x) != value(t, y, x)) {
                    bad++;
                }
            }
        }
        int last = plane.size() - 1;
        if ((int) plane.get(last) != value(t, plane.height() - 1, plane.width() - 1)) {
            bad++;
        }
        return bad;
    }

    /** Writes the movie as an uncompressed TIFF; returns whether BigTIFF was needed. */
    boolean writeTiff(Path target) throws IOException {
        boolean big = 16 + 512 + dataBytes() + frames * 256 > CLASSIC_LIMIT;
        byte[] description = ("ImageJ=1.11a\nimages=" + frames + "\nframes=" + frames + "\nloop=false\n\0")
                .getBytes(StandardCharsets.US_ASCII);
        long headerSize = big ? 16 : 8;
        long ifd0 = headerSize;
        long ifd0Size = ifdSize(big, 12);
        long descriptionAt = ifd0 + ifd0Size;
        long dataStart = align(descriptionAt + description.length, 16);
        long dataEnd = dataStart + dataBytes();
        long otherIfdSize = ifdSize(big, 11);
        try (FileChannel ch = FileChannel.open(target, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE)) {
            ByteBuffer head = ByteBuffer.allocate((int) dataStart).order(ByteOrder.LITTLE_ENDIAN);
            head.put((byte) 'I').put((byte) 'I');
            if (big) {
                head.putShort((short) 43).putShort((short) 8).putShort((short) 0).putLong(ifd0);
            } else {
                head.putShort((short) 42).putInt((int) ifd0);
            }
            long next0 = frames > 1 ? dataEnd : 0;
            writeIfd(head, big, dataStart, next0, description.length, descriptionAt);
            head.position((int) descriptionAt);
            head.put(description);
            head.position(0);
            ch.write(head, 0);
            writeFrames(ch, dataStart);
            ByteBuffer ifds = ByteBuffer.allocate((int) (otherIfdSize * 4096)).order(ByteOrder.LITTLE_ENDIAN);
            long at = dataEnd;
            for (long t = 1; t < frames; t++) {
                long next = t + 1 < frames ? at + otherIfdSize : 0;
                writeIfd(ifds, big, dataStart + t * frameBytes(), next, 0, 0);
                at += otherIfdSize;
                if (!ifds.hasRemaining() || ifds.remaining() < otherIfdSize || t + 1 == frames) {
                    ifds.flip();
                    long pos = at - ifds.remaining();
                    while (ifds.hasRemaining()) {
                        pos += ch.write(ifds, pos);
                    }
                    ifds.clear();
                }
            }
            ch.force(true);
        }
        return big;
    }

    private void writeFrames(FileChannel ch, long dataStart) throws IOException {
        ByteBuffer buf = ByteBuffer.allocateDirect((int) frameBytes()).order(ByteOrder.LITTLE_ENDIAN);
        long pos = dataStart;
        for (long t = 0; t < frames; t++) {
            buf.clear();
            ShortBuffer s = buf.asShortBuffer();
            for (int y = 0; y < height; y++) {
                for (int x = 0; x < width; x++) {
                    s.put((short) value(t, y, x));
                }
            }
            buf.limit((int) frameBytes());
            while (buf.hasRemaining()) {
                pos += ch.write(buf, pos);
            }
        }
    }

    private static long ifdSize(boolean big, int entries) {
        return big ? 8 + entries * 20L + 8 : 2 + entries * 12L + 4;
    }

    private static long align(long v, int to) {
        return (v + to - 1) / to * to;
    }

    /** One IFD: tags in ascending order; ImageDescription only when {@code descriptionLength > 0}. */
    private void writeIfd(ByteBuffer b, boolean big, long stripOffset, long nextIfd, int descriptionLength, long descriptionAt) {
        int entries = descriptionLength > 0 ? 12 : 11;
        if (big) {
            b.putLong(entries);
        } else {
            b.putShort((short) entries);
        }
        entry(b, big, 254, 4, 1, 0); // NewSubfileType
        entry(b, big, 256, 4, 1, width); // ImageWidth
        entry(b, big, 257, 4, 1, height); // ImageLength
        entry(b, big, 258, 3, 1, 16); // BitsPerSample
        entry(b, big, 259, 3, 1, 1); // Compression: none
        entry(b, big, 262, 3, 1, 1); // PhotometricInterpretation: min-is-black
        if (descriptionLength > 0) {
            entry(b, big, 270, 2, descriptionLength, descriptionAt); // ImageDescription
        }
        entry(b, big, 273, big ? 16 : 4, 1, stripOffset); // StripOffsets (LONG8 in BigTIFF)
        entry(b, big, 277, 3, 1, 1); // SamplesPerPixel
        entry(b, big, 278, 4, 1, height); // RowsPerStrip
        entry(b, big, 279, big ? 16 : 4, 1, frameBytes()); // StripByteCounts
        entry(b, big, 339, 3, 1, 1); // SampleFormat: unsigned integer
        if (big) {
            b.putLong(nextIfd);
        } else {
            b.putInt((int) nextIfd);
        }
    }

    private static void entry(ByteBuffer b, boolean big, int tag, int type, long count, long value) {
        b.putShort((short) tag).putShort((short) type);
        if (big) {
            b.putLong(count);
            if (type == 3) {
                b.putShort((short) value).putShort((short) 0).putInt(0);
            } else {
                b.putLong(value);
            }
        } else {
            b.putInt((int) count);
            if (type == 3) {
                b.putShort((short) value).putShort((short) 0);
            } else {
                b.putInt((int) value);
            }
        }
    }
}
