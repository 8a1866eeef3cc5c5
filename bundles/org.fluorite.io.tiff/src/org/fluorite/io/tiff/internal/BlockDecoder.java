package org.fluorite.io.tiff.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Turns one stored strip or tile into its decoded bytes: reads it (positional read), reverses the
 * bit order for FillOrder 2, decompresses and undoes the horizontal (2) or floating-point (3)
 * predictor. The result holds {@code rows} rows of {@link TiffPage#blockRowBytes()} bytes each, in
 * the file's byte order.
 */
final class BlockDecoder {

    private BlockDecoder() {
    }

    static byte[] decode(TiffPage page, int blockIndex, int blockRow) throws IOException {
        TiffFile f = page.ifd.file();
        long[][] oc = page.blocks();
        long offset = oc[0][blockIndex];
        long count = oc[1][blockIndex];
        long rowBytes = page.blockRowBytes();
        int rows = page.rowsInBlock(blockRow);
        long expected = rowBytes * rows;
        String what = "page " + (page.ifd.index() + 1) + (page.tiled ? " tile " : " strip ") + (blockIndex + 1);
        byte[] data;
        if (page.compression == 1) {
            data = f.read(offset, expected, what);
            if (page.fillOrder == 2) {
                Codecs.reverseBits(data);
            }
        } else {
            if (expected > count * Codecs.maxExpansion(page.compression) + 1024) {
                throw f.problem(what + " holds " + count + " compressed bytes, which cannot decode to the " + expected
                        + " bytes it should hold");
            }
            byte[] raw = f.read(offset, count, what);
            if (page.fillOrder == 2) {
                Codecs.reverseBits(raw);
            }
            try {
                data = Codecs.decode(page.compression, raw, (int) expected);
            } catch (Codecs.CorruptDataException e) {
                throw f.problem(what + ": " + e.getMessage());
            }
            if (data.length < expected) {
                throw f.problem(what + " is damaged or truncated: it decodes to " + data.length + " of " + expected + " bytes");
            }
        }
        if (page.predictor == 2) {
            horizontal(data, page, rows, (int) rowBytes, f.order());
        } else if (page.predictor == 3) {
            data = floatingPoint(data, page, rows, (int) rowBytes, f.order());
        }
        return data;
    }

    /** Undoes horizontal differencing: each sample was stored minus the same sample of the pixel to its left. */
    private static void horizontal(byte[] d, TiffPage page, int rows, int rowBytes, ByteOrder order) {
        int spb = page.samplesInBlock();
        int values = page.blockWidth * spb;
        ByteBuffer b = ByteBuffer.wrap(d).order(order);
        for (int r = 0; r < rows; r++) {
            int base = r * rowBytes;
            switch (page.bitsPerSample) {
                case 8 -> {
                    for (int i = spb; i < values; i++) {
                        d[base + i] += d[base + i - spb];
                    }
                }
                case 16 -> {
                    for (int i = spb; i < values; i++) {
                        int at = base + i * 2;
                        b.putShort(at, (short) (b.getShort(at) + b.getShort(at - spb * 2)));
                    }
                }
                case 32 -> {
                    for (int i = spb; i < values; i++) {
                        int at = base + i * 4;
                        b.putInt(at, b.getInt(at) + b.getInt(at - spb * 4));
                    }
                }
                default -> throw new IllegalStateException("checked when the page was read");
            }
        }
    }

    /**
     * Undoes the floating-point predictor: bytes of each row were split into planes by
     * significance (most significant first) and then differenced byte by byte.
     */
    private static byte[] floatingPoint(byte[] d, TiffPage page, int rows, int rowBytes, ByteOrder order) {
        int spb = page.samplesInBlock();
        int bps = page.bitsPerSample / 8;
        int n = page.blockWidth * spb;
        byte[] out = new byte[d.length];
        boolean big = order == ByteOrder.BIG_ENDIAN;
        for (int r = 0; r < rows; r++) {
            int base = r * rowBytes;
            for (int i = spb; i < n * bps; i++) {
                d[base + i] += d[base + i - spb];
            }
            for (int k = 0; k < n; k++) {
                for (int j = 0; j < bps; j++) {
                    int significance = big ? j : bps - 1 - j;
                    out[base + k * bps + j] = d[base + significance * n + k];
                }
            }
        }
        return out;
    }
}
