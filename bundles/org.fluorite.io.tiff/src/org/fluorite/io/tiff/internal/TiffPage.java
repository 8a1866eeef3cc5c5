package org.fluorite.io.tiff.internal;

import java.io.IOException;

import org.fluorite.core.image.PixelType;

/**
 * The pixel layout of one TIFF page (IFD), validated when read: size, sample layout, compression
 * and the grid of strips or tiles. Strips are treated as tiles as wide as the image. The offsets
 * and byte counts of the blocks are read from the file the first time a plane of this page is
 * read.
 */
public final class TiffPage {

    /** Largest block (strip or tile) decoded at once, in bytes. */
    static final long MAX_BLOCK_BYTES = Integer.MAX_VALUE - 64;

    final Ifd ifd;
    final int width;
    final int height;
    final int samplesPerPixel;
    final int bitsPerSample;
    /** 1 unsigned integer, 2 signed integer, 3 IEEE floating point. */
    final int sampleFormat;
    final int compression;
    final int predictor;
    /** 1 chunky (samples interleaved), 2 planar (one sample plane after the other). */
    final int planarConfiguration;
    final int photometric;
    final int fillOrder;
    final boolean tiled;
    /** Width and height of one block: a tile, or a strip of full width. */
    final int blockWidth;
    final int blockHeight;
    final int blocksAcross;
    final int blocksDown;
    final PixelType pixelType;

    private volatile long[][] offsetsAndCounts;

    private TiffPage(Ifd ifd, int width, int height, int spp, int bits, int sampleFormat, int compression, int predictor,
            int planar, int photometric, int fillOrder, boolean tiled, int blockWidth, int blockHeight) throws IOException {
        this.ifd = ifd;
        this.width = width;
        this.height = height;
        this.samplesPerPixel = spp;
        this.bitsPerSample = bits;
        this.sampleFormat = sampleFormat;
        this.compression = compression;
        this.predictor = predictor;
        this.planarConfiguration = planar;
        this.photometric = photometric;
        this.fillOrder = fillOrder;
        this.tiled = tiled;
        this.blockWidth = blockWidth;
        this.blockHeight = blockHeight;
        this.blocksAcross = (int) ((width + (long) blockWidth - 1) / blockWidth);
        this.blocksDown = (int) ((height + (long) blockHeight - 1) / blockHeight);
        this.pixelType = pixelType(ifd.file(), bits, sampleFormat, ifd.index());
    }

    /** Reads and checks the layout of {@code ifd}. */
    public static TiffPage of(Ifd ifd) throws IOException {
        TiffFile f = ifd.file();
        String page = "page " + (ifd.index() + 1);
        long width = ifd.get(TiffTag.IMAGE_WIDTH, -1);
        long height = ifd.get(TiffTag.IMAGE_LENGTH, -1);
        if (width < 1 || height < 1 || width > Integer.MAX_VALUE || height > Integer.MAX_VALUE) {
            throw f.problem(page + " has an invalid size " + width + " x " + height + " pixels");
        }
        if (width * height > Integer.MAX_VALUE - 8) {
            throw f.problem(page + " is too large to hold as one plane (" + width + " x " + height + " pixels)");
        }
        long spp = ifd.get(TiffTag.SAMPLES_PER_PIXEL, 1);
        if (spp < 1 || spp > 256) {
            throw f.problem(page + " has an unsupported number of samples per pixel (" + spp + ")");
        }
        long[] bitsArray = ifd.longs(TiffTag.BITS_PER_SAMPLE);
        long bits = bitsArray == null || bitsArray.length == 0 ? 1 : bitsArray[0];
        if (bitsArray != null) {
            for (long b : bitsArray) {
                if (b != bits) {
                    throw f.problem(page + " mixes samples of different bit depths, which Fluorite does not support");
                }
            }
        }
        long[] formats = ifd.longs(TiffTag.SAMPLE_FORMAT);
        long format = formats == null || formats.length == 0 ? 1 : formats[0];
        if (format == 4) {
            format = 1; // "undefined" is read as unsigned
        }
        long compression = ifd.get(TiffTag.COMPRESSION, 1);
        if (compression != 1 && compression != 5 && compression != 8 && compression != 32946 && compression != 32773) {
            throw f.problem(page + " uses " + TiffTag.compressionName((int) compression)
                    + " compression, which Fluorite cannot decode (supported: none, LZW, Deflate, PackBits)");
        }
        long predictor = ifd.get(TiffTag.PREDICTOR, 1);
        if (predictor < 1 || predictor > 3) {
            throw f.problem(page + " uses an unknown predictor " + predictor);
        }
        long planar = ifd.get(TiffTag.PLANAR_CONFIGURATION, 1);
        if (planar != 1 && planar != 2) {
            throw f.problem(page + " has an invalid planar configuration " + planar);
        }
        long photometric = ifd.get(TiffTag.PHOTOMETRIC, bits == 1 ? 0 : 1);
        if (photometric == 6 || photometric == 32844 || photometric == 32845) {
            throw f.problem(page + " uses a colour space (photometric " + photometric + ") that Fluorite does not decode");
        }
        long fillOrder = ifd.get(TiffTag.FILL_ORDER, 1);
        if (bits == 1 && spp != 1) {
            throw f.problem(page + " has 1-bit samples with " + spp + " samples per pixel, which Fluorite does not support");
        }
        if (bits != 1 && bits != 8 && bits != 16 && bits != 32 && bits != 64) {
            throw f.problem(page + " has " + bits + "-bit samples; Fluorite reads 1, 8, 16, 32 and 64-bit samples");
        }
        if (predictor == 2 && (bits == 1 || bits == 64 || format == 3)) {
            throw f.problem(page + " uses the horizontal predictor with " + bits + "-bit samples, which is not supported");
        }
        if (predictor == 3 && (format != 3 || bits < 16)) {
            throw f.problem(page + " uses the floating-point predictor on non-floating-point samples");
        }
        boolean tiled = ifd.has(TiffTag.TILE_WIDTH) || ifd.has(TiffTag.TILE_OFFSETS);
        long bw;
        long bh;
        if (tiled) {
            bw = ifd.get(TiffTag.TILE_WIDTH, -1);
            bh = ifd.get(TiffTag.TILE_LENGTH, -1);
            if (bw < 1 || bh < 1 || bw > Integer.MAX_VALUE || bh > Integer.MAX_VALUE) {
                throw f.problem(page + " has an invalid tile size " + bw + " x " + bh);
            }
        } else {
            bw = width;
            bh = ifd.get(TiffTag.ROWS_PER_STRIP, height);
            if (bh < 1 || bh > height) {
                bh = height;
            }
        }
        long samplesInBlock = planar == 1 ? spp : 1;
        long rowBytes = (bw * samplesInBlock * bits + 7) / 8;
        if (rowBytes * bh > MAX_BLOCK_BYTES) {
            throw f.problem(page + " has " + (tiled ? "tiles" : "strips") + " of " + bw + " x " + bh
                    + " pixels, too large to decode");
        }
        long blocks = ((width + bw - 1) / bw) * ((height + bh - 1) / bh) * (planar == 2 ? spp : 1);
        if (blocks > f.length() || blocks > Integer.MAX_VALUE) {
            throw f.problem(page + " would need " + blocks + " " + (tiled ? "tiles" : "strips") + ", more than the file holds");
        }
        return new TiffPage(ifd, (int) width, (int) height, (int) spp, (int) bits, (int) format, (int) compression,
                (int) predictor, (int) planar, (int) photometric, (int) fillOrder, tiled, (int) bw, (int) bh);
    }

    private static PixelType pixelType(TiffFile f, int bits, int format, int index) throws IOException {
        PixelType t = switch (bits) {
            case 1 -> format == 3 ? null : PixelType.UINT8;
            case 8 -> format == 1 ? PixelType.UINT8 : format == 2 ? PixelType.INT8 : null;
            case 16 -> format == 1 ? PixelType.UINT16 : format == 2 ? PixelType.INT16 : PixelType.FLOAT32;
            case 32 -> format == 1 ? PixelType.UINT32 : format == 2 ? PixelType.INT32 : PixelType.FLOAT32;
            case 64 -> format == 3 ? PixelType.FLOAT64 : null;
            default -> null;
        };
        if (t == null || format < 1 || format > 3) {
            throw f.problem("page " + (index + 1) + " has " + bits + "-bit samples of format " + format
                    + ", which Fluorite does not read");
        }
        return t;
    }

    /** Blocks per sample plane (planar 2) or per page (planar 1). */
    int blocksPerSample() {
        return blocksAcross * blocksDown;
    }

    /** Number of block entries the offset and byte-count tags must hold. */
    int blockCount() {
        return blocksPerSample() * (planarConfiguration == 2 ? samplesPerPixel : 1);
    }

    /** Samples stored side by side in one block row: all of them (chunky) or one (planar). */
    int samplesInBlock() {
        return planarConfiguration == 1 ? samplesPerPixel : 1;
    }

    /** Bytes of one decoded block row. */
    long blockRowBytes() {
        return ((long) blockWidth * samplesInBlock() * bitsPerSample + 7) / 8;
    }

    /** Rows really stored in block row {@code by}: strips at the bottom may be shorter, tiles never are. */
    int rowsInBlock(int by) {
        return tiled ? blockHeight : Math.min(blockHeight, height - by * blockHeight);
    }

    /** {offsets, byteCounts} of every block, read and checked on first use. */
    long[][] blocks() throws IOException {
        long[][] oc = offsetsAndCounts;
        if (oc != null) {
            return oc;
        }
        TiffFile f = ifd.file();
        String page = "page " + (ifd.index() + 1);
        int offTag = tiled ? TiffTag.TILE_OFFSETS : TiffTag.STRIP_OFFSETS;
        int cntTag = tiled ? TiffTag.TILE_BYTE_COUNTS : TiffTag.STRIP_BYTE_COUNTS;
        long[] offsets = ifd.longs(offTag);
        long[] counts = ifd.longs(cntTag);
        int needed = blockCount();
        if (offsets == null || offsets.length < needed) {
            throw f.problem(page + " lists " + (offsets == null ? 0 : offsets.length) + " " + (tiled ? "tile" : "strip")
                    + " offsets, " + needed + " are needed");
        }
        if (counts == null) {
            if (compression != 1 || needed != 1) {
                throw f.problem(page + " has no " + (tiled ? "tile" : "strip") + " byte counts");
            }
            counts = new long[] {blockRowBytes() * rowsInBlock(0)};
        }
        if (counts.length < needed) {
            throw f.problem(page + " lists " + counts.length + " byte counts, " + needed + " are needed");
        }
        for (int i = 0; i < needed; i++) {
            f.checkRange(offsets[i], counts[i], page + " " + (tiled ? "tile " : "strip ") + (i + 1));
        }
        oc = new long[][] {offsets, counts};
        offsetsAndCounts = oc;
        return oc;
    }

    /** True when this page has the same pixel size, samples and type as {@code other}. */
    public boolean sameShape(TiffPage other) {
        return width == other.width && height == other.height && samplesPerPixel == other.samplesPerPixel
                && pixelType == other.pixelType;
    }

    public Ifd ifd() {
        return ifd;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public int samplesPerPixel() {
        return samplesPerPixel;
    }

    public int bitsPerSample() {
        return bitsPerSample;
    }

    public int photometric() {
        return photometric;
    }

    public int compression() {
        return compression;
    }

    public PixelType pixelType() {
        return pixelType;
    }

    /** True for a reduced-resolution copy or a mask (NewSubfileType bits 0 or 2), not a plane of the series. */
    public boolean isReducedOrMask() throws IOException {
        long t = ifd.get(TiffTag.NEW_SUBFILE_TYPE, 0);
        return (t & 5) != 0;
    }
}
