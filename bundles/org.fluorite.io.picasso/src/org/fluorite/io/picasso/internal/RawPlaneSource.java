package org.fluorite.io.picasso.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.fluorite.core.image.PixelType;
import org.fluorite.core.image.Plane;
import org.fluorite.core.image.PlaneSource;
import org.fluorite.core.image.Region;
import org.fluorite.io.ImportException;

/**
 * Frames of a headerless raw movie (Picasso's {@code .raw}): frame {@code i} starts at byte
 * {@code i * width * height * bytesPerPixel}; only the rows of the requested region are read, with
 * positional reads, so any number of threads may read at once.
 */
public final class RawPlaneSource implements PlaneSource {

    private final Path file;
    private final FileChannel channel;
    private final long frames;
    private final int width;
    private final int height;
    private final PixelType type;
    private final ByteOrder order;

    public RawPlaneSource(Path file, long frames, int width, int height, PixelType type, ByteOrder order) throws IOException {
        this.file = file;
        this.channel = FileChannel.open(file, StandardOpenOption.READ);
        this.frames = frames;
        this.width = width;
        this.height = height;
        this.type = type;
        this.order = order;
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
        return type;
    }

    @Override
    public Plane read(long index, Region region) throws IOException {
        if (index < 0 || index >= frames) {
            throw new IndexOutOfBoundsException("Frame " + index + " outside " + frames + " frames");
        }
        if (!region.fitsIn(width, height)) {
            throw new IllegalArgumentException("Region " + region + " lies outside a " + width + "x" + height + " frame");
        }
        int bpp = type.bytes();
        long frameStart = index * width * (long) height * bpp;
        long start = frameStart + (long) region.y() * width * bpp;
        int bytes = Math.toIntExact((long) region.height() * width * bpp);
        ByteBuffer buf = ByteBuffer.allocate(bytes).order(order);
        while (buf.hasRemaining()) {
            int n = channel.read(buf, start + buf.position());
            if (n < 0) {
                throw new ImportException(file, "ends inside frame " + index + " (the sidecar promises more frames)");
            }
        }
        buf.flip();
        Plane plane = Plane.allocate(type, region.width(), region.height());
        for (int row = 0; row < region.height(); row++) {
            int rowStart = (row * width + region.x()) * bpp;
            for (int col = 0; col < region.width(); col++) {
                int at = rowStart + col * bpp;
                int i = row * region.width() + col;
                switch (type) {
                    case UINT8, INT8 -> ((byte[]) plane.data())[i] = buf.get(at);
                    case UINT16, INT16 -> ((short[]) plane.data())[i] = buf.getShort(at);
                    case UINT32, INT32 -> ((int[]) plane.data())[i] = buf.getInt(at);
                    case FLOAT32 -> ((float[]) plane.data())[i] = buf.getFloat(at);
                    case FLOAT64 -> ((double[]) plane.data())[i] = buf.getDouble(at);
                }
            }
        }
        return plane;
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
