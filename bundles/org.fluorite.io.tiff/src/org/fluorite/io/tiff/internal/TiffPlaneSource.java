package org.fluorite.io.tiff.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.List;

import org.fluorite.core.image.PixelType;
import org.fluorite.core.image.Plane;
import org.fluorite.core.image.PlaneSource;
import org.fluorite.core.image.Region;
import org.fluorite.io.ImportException;

/**
 * Planes of a TIFF file, read lazily: plane {@code i} is sample {@code i % samplesPerPixel} of
 * page {@code pages.get(i / samplesPerPixel)}. Only the strips or tiles that cross the requested
 * region are read and decoded. Safe for concurrent use (positional reads, no shared buffers).
 */
public final class TiffPlaneSource implements PlaneSource {

    private final TiffFile file;
    private final List<TiffPage> pages;
    private final int samples;
    private final TiffPage first;

    /**
     * @param pages the pages in plane order, all of the same shape (a page may appear twice)
     */
    public TiffPlaneSource(TiffFile file, List<TiffPage> pages) {
        if (pages.isEmpty()) {
            throw new IllegalArgumentException("no pages");
        }
        this.file = file;
        this.pages = List.copyOf(pages);
        this.first = pages.get(0);
        this.samples = first.samplesPerPixel;
        for (TiffPage p : pages) {
            if (!p.sameShape(first)) {
                throw new IllegalArgumentException("pages of different shapes");
            }
        }
    }

    @Override
    public int width() {
        return first.width;
    }

    @Override
    public int height() {
        return first.height;
    }

    @Override
    public long planeCount() {
        return (long) pages.size() * samples;
    }

    @Override
    public PixelType pixelType() {
        return first.pixelType;
    }

    public TiffFile file() {
        return file;
    }

    @Override
    public Plane read(long index, Region region) throws IOException {
        if (index < 0 || index >= planeCount()) {
            throw new IndexOutOfBoundsException("Plane " + index + " outside " + planeCount() + " planes");
        }
        if (!region.fitsIn(width(), height())) {
            throw new IllegalArgumentException("Region " + region + " lies outside a " + width() + "x" + height() + " plane");
        }
        TiffPage page = pages.get((int) (index / samples));
        int sample = (int) (index % samples);
        long planeBytes = region.pixelCount() * page.pixelType.bytes();
        long blockBytes = page.blockRowBytes() * page.blockHeight;
        long budget = Runtime.getRuntime().maxMemory() / 2;
        if (planeBytes + blockBytes > budget) {
            throw new ImportException(file.path(), "page " + (page.ifd.index() + 1) + " needs " + (planeBytes + blockBytes) / (1 << 20)
                    + " MB to read, more than the " + budget / (1 << 20) + " MB Fluorite allows itself for one plane");
        }
        Plane out = Plane.allocate(page.pixelType, region.width(), region.height());
        if (region.width() == 0 || region.height() == 0) {
            return out;
        }
        int bx0 = region.x() / page.blockWidth;
        int bx1 = (region.x() + region.width() - 1) / page.blockWidth;
        int by0 = region.y() / page.blockHeight;
        int by1 = (region.y() + region.height() - 1) / page.blockHeight;
        int sampleOffset = page.planarConfiguration == 2 ? sample * page.blocksPerSample() : 0;
        try {
            for (int by = by0; by <= by1; by++) {
                for (int bx = bx0; bx <= bx1; bx++) {
                    int blockIndex = sampleOffset + by * page.blocksAcross + bx;
                    byte[] data = BlockDecoder.decode(page, blockIndex, by);
                    copy(page, data, bx, by, page.planarConfiguration == 1 ? sample : 0, region, out);
                }
            }
        } catch (RuntimeException e) {
            // a safety net: decoding checks its inputs, so this means a damaged page
            throw new ImportException(file.path(), "page " + (page.ifd.index() + 1) + " cannot be decoded (" + e + ")", e);
        }
        return out;
    }

    private void copy(TiffPage page, byte[] data, int bx, int by, int s, Region region, Plane out) {
        int rowBytes = (int) page.blockRowBytes();
        int spb = page.samplesInBlock();
        int x0 = bx * page.blockWidth;
        int y0 = by * page.blockHeight;
        int fromY = Math.max(region.y(), y0);
        int toY = Math.min(region.y() + region.height(), y0 + page.rowsInBlock(by));
        int fromX = Math.max(region.x(), x0);
        int toX = (int) Math.min(region.x() + (long) region.width(), x0 + (long) page.blockWidth);
        ByteBuffer b = ByteBuffer.wrap(data).order(file.order());
        Object dst = out.data();
        int outWidth = region.width();
        boolean invert = page.photometric == 0;
        for (int y = fromY; y < toY; y++) {
            int rowBase = (y - y0) * rowBytes;
            int dstBase = (y - region.y()) * outWidth - region.x();
            switch (page.bitsPerSample) {
                case 1 -> {
                    byte[] d = (byte[]) dst;
                    for (int x = fromX; x < toX; x++) {
                        int c = x - x0;
                        int bit = (data[rowBase + (c >> 3)] >> (7 - (c & 7))) & 1;
                        d[dstBase + x] = (byte) (invert ? bit ^ 1 : bit);
                    }
                }
                case 8 -> {
                    byte[] d = (byte[]) dst;
                    if (spb == 1) {
                        System.arraycopy(data, rowBase + fromX - x0, d, dstBase + fromX, toX - fromX);
                    } else {
                        for (int x = fromX; x < toX; x++) {
                            d[dstBase + x] = data[rowBase + (x - x0) * spb + s];
                        }
                    }
                }
                case 16 -> {
                    if (page.sampleFormat == 3) {
                        float[] d = (float[]) dst;
                        for (int x = fromX; x < toX; x++) {
                            d[dstBase + x] = Float.float16ToFloat(b.getShort(rowBase + ((x - x0) * spb + s) * 2));
                        }
                    } else {
                        short[] d = (short[]) dst;
                        for (int x = fromX; x < toX; x++) {
                            d[dstBase + x] = b.getShort(rowBase + ((x - x0) * spb + s) * 2);
                        }
                    }
                }
                case 32 -> {
                    if (page.sampleFormat == 3) {
                        float[] d = (float[]) dst;
                        for (int x = fromX; x < toX; x++) {
                            d[dstBase + x] = b.getFloat(rowBase + ((x - x0) * spb + s) * 4);
                        }
                    } else {
                        int[] d = (int[]) dst;
                        for (int x = fromX; x < toX; x++) {
                            d[dstBase + x] = b.getInt(rowBase + ((x - x0) * spb + s) * 4);
                        }
                    }
                }
                case 64 -> {
                    double[] d = (double[]) dst;
                    for (int x = fromX; x < toX; x++) {
                        d[dstBase + x] = b.getDouble(rowBase + ((x - x0) * spb + s) * 8);
                    }
                }
                default -> throw new IllegalStateException("checked when the page was read");
            }
        }
    }

    @Override
    public void close() throws IOException {
        file.close();
    }
}
