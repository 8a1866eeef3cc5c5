package org.fluorite.core.image;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Objects;

/**
 * Planes stored uncompressed one after the other in a file (headerless raw movies, the pixel
 * block of simple formats): plane {@code i} starts at byte
 * {@code offset + i * width * height * type.bytes()}, rows of {@code width} pixels in the given
 * byte order. A read fetches only the rows of the requested region, with one positional read, so
 * any number of threads may read at once and nothing else of the file is held in memory.
 *
 * <p>The caller checks the plane count against the file's length; a plane the file ends inside
 * fails when read, with an {@link IOException} naming the file.
 */
public final class RawPlaneSource implements PlaneSource {

    private final Path file;
    private final FileChannel channel;
    private final long offset;
    private final long planes;
    private final int width;
    private final int height;
    private final PixelType type;
    private final ByteOrder order;

    /**
     * Opens {@code file} for reading.
     *
     * @param offset bytes before the first plane (a header)
     * @param planes number of planes
     * @param width  pixels per row
     * @param height rows per plane
     * @param order  byte order of the stored values
     * @throws IllegalArgumentException when a size is negative, a plane would not fit in an array,
     *                                  or the planes' extent overflows a file offset
     */
    public RawPlaneSource(Path file, long offset, long planes, int width, int height, PixelType type, ByteOrder order)
            throws IOException {
        this.file = Objects.requireNonNull(file, "file");
        this.type = Objects.requireNonNull(type, "type");
        this.order = Objects.requireNonNull(order, "order");
        if (offset < 0 || planes < 0 || width < 1 || height < 1) {
            throw new IllegalArgumentException("Raw planes of " + width + "x" + height + ", " + planes + " planes at offset "
                    + offset + " are not possible");
        }
        if ((long) width * height > (Integer.MAX_VALUE - 8) / type.bytes()) {
            throw new IllegalArgumentException("A plane of " + width + "x" + height + " " + type.label()
                    + " pixels is too large to hold in memory");
        }
        try {
            Math.addExact(offset, Math.multiplyExact(planes, (long) width * height * type.bytes()));
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(planes + " planes of " + width + "x" + height + " pixels do not fit in a file", e);
        }
        this.offset = offset;
        this.planes = planes;
        this.width = width;
        this.height = height;
        this.channel = FileChannel.open(file, StandardOpenOption.READ);
    }

    /** Bytes of one stored plane. */
    public long planeBytes() {
        return (long) width * height * type.bytes();
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
        return planes;
    }

    @Override
    public PixelType pixelType() {
        return type;
    }

    @Override
    public Plane read(long index, Region region) throws IOException {
        if (index < 0 || index >= planes) {
            throw new IndexOutOfBoundsException("Plane " + index + " outside " + planes + " planes");
        }
        if (!region.fitsIn(width, height)) {
            throw new IllegalArgumentException("Region " + region + " lies outside a " + width + "x" + height + " plane");
        }
        int bpp = type.bytes();
        long start = offset + index * planeBytes() + (long) region.y() * width * bpp;
        // whole rows: one read, then the region's columns are taken from each
        ByteBuffer buf = ByteBuffer.allocate(region.height() * width * bpp).order(order);
        while (buf.hasRemaining()) {
            int n = channel.read(buf, start + buf.position());
            if (n < 0) {
                throw new IOException(file + ": ends inside plane " + index + " (byte " + (start + buf.position())
                        + "); the file is shorter than its description says");
            }
        }
        Plane plane = Plane.allocate(type, region.width(), region.height());
        Object data = plane.data();
        int w = region.width();
        for (int row = 0; row < region.height(); row++) {
            int at = (row * width + region.x()) * bpp;
            int out = row * w;
            ByteBuffer r = buf.slice(at, w * bpp).order(order);
            switch (type) {
                case UINT8, INT8 -> r.get((byte[]) data, out, w);
                case UINT16, INT16 -> r.asShortBuffer().get((short[]) data, out, w);
                case UINT32, INT32 -> r.asIntBuffer().get((int[]) data, out, w);
                case FLOAT32 -> r.asFloatBuffer().get((float[]) data, out, w);
                case FLOAT64 -> r.asDoubleBuffer().get((double[]) data, out, w);
            }
        }
        return plane;
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
