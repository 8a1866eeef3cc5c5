package org.fluorite.io.tiff.internal;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.fluorite.core.image.Axis;
import org.fluorite.core.image.Image;
import org.fluorite.core.image.PixelType;
import org.fluorite.core.image.Plane;
import org.fluorite.core.progress.ProgressMonitor;
import org.fluorite.io.ImportOptions;
import org.fluorite.io.Message;

/**
 * Writes an {@link Image} as an ImageJ-compatible TIFF: one uncompressed strip per plane, planes
 * in ImageJ's order (channel fastest, then slice, then frame), an "ImageJ=" description with
 * images/channels/slices/frames, unit=micron, spacing and finterval, and the pixel size in
 * XResolution/YResolution (pixels per micron). Planes are read from the image one at a time.
 * The file is written to a temporary file beside the target and moved into place when complete.
 * Files that would pass 4 GB (or with the option {@code bigtiff=true}) are written as BigTIFF.
 *
 * <p>Layout: header, description, pixel data of every plane, then every image directory. All
 * offsets are computed before writing, so the file is written front to back in one pass.
 */
public final class ImageJTiffWriter {

    /** Option forcing BigTIFF ("true") or classic TIFF ("false", fails above 4 GB). */
    public static final String BIGTIFF = "bigtiff";

    private static final ByteOrder ORDER = ByteOrder.LITTLE_ENDIAN;
    private static final long CLASSIC_LIMIT = 0xFFFF_FFFFL;

    private final Image image;
    private final List<Message> messages = new ArrayList<>();
    private final PixelType outType;
    private final long c;
    private final long z;
    private final long t;

    private ImageJTiffWriter(Image image) {
        this.image = image;
        PixelType in = image.pixelType();
        if (in == PixelType.FLOAT64) {
            outType = PixelType.FLOAT32;
            messages.add(Message.warning("64-bit floating-point pixels were written as 32-bit floats (ImageJ TIFF has no "
                    + "64-bit type); precision beyond about 7 digits is lost"));
        } else {
            outType = in;
        }
        c = image.length(Axis.C);
        z = image.length(Axis.Z);
        t = image.length(Axis.T);
    }

    /**
     * Writes {@code image} to {@code target}, replacing it.
     *
     * @return messages for the user (e.g. a type conversion)
     */
    public static List<Message> write(Image image, Path target, ImportOptions options, ProgressMonitor monitor)
            throws IOException {
        ImageJTiffWriter w = new ImageJTiffWriter(image);
        Path dir = target.toAbsolutePath().getParent();
        // created like any new file (the user's umask applies), unlike Files.createTempFile's owner-only mode
        Path tmp = dir.resolve("." + target.getFileName() + "." + Long.toHexString(System.nanoTime()) + ".part");
        Files.newByteChannel(tmp, java.nio.file.StandardOpenOption.CREATE_NEW, java.nio.file.StandardOpenOption.WRITE).close();
        boolean done = false;
        try {
            w.writeTo(tmp, options.get(BIGTIFF).map(String::trim).map(s -> s.toLowerCase(Locale.ROOT)).orElse(""), monitor);
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            done = true;
        } finally {
            if (!done) {
                Files.deleteIfExists(tmp);
            }
        }
        return List.copyOf(w.messages);
    }

    /** The ImageJ description: images, channels, slices, frames, calibration. */
    String description() {
        StringBuilder b = new StringBuilder("ImageJ=1.11a\n");
        long images = c * z * t;
        b.append("images=").append(images).append('\n');
        int axes = 0;
        if (c > 1) {
            b.append("channels=").append(c).append('\n');
            axes++;
        }
        if (z > 1) {
            b.append("slices=").append(z).append('\n');
            axes++;
        }
        if (t > 1) {
            b.append("frames=").append(t).append('\n');
            axes++;
        }
        if (axes > 1) {
            b.append("hyperstack=true\n");
        }
        if (c > 1) {
            b.append("mode=grayscale\n");
        }
        boolean spatial = image.calibration(Axis.X).isCalibrated() || image.calibration(Axis.Y).isCalibrated()
                || z > 1 && image.calibration(Axis.Z).isCalibrated();
        if (spatial) {
            b.append("unit=micron\n");
        }
        if (z > 1 && image.calibration(Axis.Z).isCalibrated()) {
            b.append("spacing=").append(image.calibration(Axis.Z).size() * 1e6).append('\n');
        }
        if (t > 1 && image.calibration(Axis.T).isCalibrated()) {
            b.append("finterval=").append(image.calibration(Axis.T).size()).append('\n');
        }
        b.append("loop=false\n");
        FluoriteDescription.append(b, image);
        return b.toString();
    }

    private void writeTo(Path file, String bigOption, ProgressMonitor monitor) throws IOException {
        int width = image.width();
        int height = image.height();
        long planes = c * z * t;
        long planeBytes = (long) width * height * outType.bytes();
        byte[] desc = (description() + "\0").getBytes(StandardCharsets.US_ASCII);
        long[] xRes = pixelsPerMicron(Axis.X);
        long[] yRes = pixelsPerMicron(Axis.Y);

        boolean big = bigOption.equals("true");
        long classicSize = layoutSize(false, planes, planeBytes, desc.length);
        if (!big && classicSize > CLASSIC_LIMIT) {
            if (bigOption.equals("false")) {
                throw new IOException("the image needs " + classicSize + " bytes, more than a classic TIFF can hold (4 GB)");
            }
            big = true;
            messages.add(Message.info("written as BigTIFF because it is larger than 4 GB (ImageJ itself cannot open BigTIFF;"
                    + " Fiji's Bio-Formats and tifffile can)"));
        }
        TiffOut out = new TiffOut(file, big);
        try (out) {
            int headerSize = big ? 16 : 8;
            long descAt = headerSize;
            long resAt = align(descAt + desc.length);
            long pixelsAt = align(resAt + 16);
            long ifdAt = align(pixelsAt + planes * planeBytes);
            int entriesFirst = entries(xRes != null, yRes != null, true);
            int entriesOther = entries(xRes != null, yRes != null, false);
            long firstIfdSize = ifdSize(big, entriesFirst);
            long otherIfdSize = ifdSize(big, entriesOther);

            // header
            out.bytes(new byte[] {'I', 'I'});
            if (big) {
                out.u16(43);
                out.u16(8);
                out.u16(0);
                out.u64(ifdAt);
            } else {
                out.u16(42);
                out.u32(ifdAt);
            }
            out.bytes(desc);
            out.padTo(resAt);
            out.u32(xRes == null ? 1 : xRes[0]);
            out.u32(xRes == null ? 1 : xRes[1]);
            out.u32(yRes == null ? 1 : yRes[0]);
            out.u32(yRes == null ? 1 : yRes[1]);
            out.padTo(pixelsAt);

            monitor.begin("Writing " + file.getFileName(), planes);
            EnumMap<Axis, Long> pos = new EnumMap<>(Axis.class);
            for (long ti = 0; ti < t; ti++) {
                for (long zi = 0; zi < z; zi++) {
                    for (long ci = 0; ci < c; ci++) {
                        monitor.checkCancelled();
                        pos.put(Axis.T, ti);
                        pos.put(Axis.Z, zi);
                        pos.put(Axis.C, ci);
                        writePlane(out, image.plane(Map.copyOf(pos)));
                        monitor.worked(1);
                    }
                }
            }
            out.padTo(ifdAt);

            long next = ifdAt;
            for (long i = 0; i < planes; i++) {
                boolean firstIfd = i == 0;
                long size = firstIfd ? firstIfdSize : otherIfdSize;
                long following = i + 1 < planes ? next + size : 0;
                List<long[]> tags = new ArrayList<>();
                tags.add(new long[] {TiffTag.NEW_SUBFILE_TYPE, TiffTag.LONG, 1, 0});
                tags.add(new long[] {TiffTag.IMAGE_WIDTH, TiffTag.LONG, 1, width});
                tags.add(new long[] {TiffTag.IMAGE_LENGTH, TiffTag.LONG, 1, height});
                tags.add(new long[] {TiffTag.BITS_PER_SAMPLE, TiffTag.SHORT, 1, outType.bytes() * 8L});
                tags.add(new long[] {TiffTag.COMPRESSION, TiffTag.SHORT, 1, 1});
                tags.add(new long[] {TiffTag.PHOTOMETRIC, TiffTag.SHORT, 1, 1});
                if (firstIfd) {
                    tags.add(new long[] {TiffTag.IMAGE_DESCRIPTION, TiffTag.ASCII, desc.length, descAt});
                }
                tags.add(new long[] {TiffTag.STRIP_OFFSETS, big ? TiffTag.LONG8 : TiffTag.LONG, 1, pixelsAt + i * planeBytes});
                tags.add(new long[] {TiffTag.SAMPLES_PER_PIXEL, TiffTag.SHORT, 1, 1});
                tags.add(new long[] {TiffTag.ROWS_PER_STRIP, TiffTag.LONG, 1, height});
                tags.add(new long[] {TiffTag.STRIP_BYTE_COUNTS, big ? TiffTag.LONG8 : TiffTag.LONG, 1, planeBytes});
                // a BigTIFF entry holds one rational in its 8-byte value field
                if (xRes != null) {
                    tags.add(new long[] {TiffTag.X_RESOLUTION, TiffTag.RATIONAL, 1, big ? xRes[1] << 32 | xRes[0] : resAt});
                }
                if (yRes != null) {
                    tags.add(new long[] {TiffTag.Y_RESOLUTION, TiffTag.RATIONAL, 1, big ? yRes[1] << 32 | yRes[0] : resAt + 8});
                }
                if (xRes != null || yRes != null) {
                    tags.add(new long[] {TiffTag.RESOLUTION_UNIT, TiffTag.SHORT, 1, 1});
                }
                tags.add(new long[] {TiffTag.SAMPLE_FORMAT, TiffTag.SHORT, 1, sampleFormat()});
                out.ifd(tags, following);
                next = following;
            }
            monitor.done();
        }
    }

    private int sampleFormat() {
        return outType.isFloatingPoint() ? 3 : outType.isSigned() ? 2 : 1;
    }

    private static int entries(boolean x, boolean y, boolean first) {
        return 11 + (first ? 1 : 0) + (x ? 1 : 0) + (y ? 1 : 0) + (x || y ? 1 : 0);
    }

    private static long ifdSize(boolean big, int entries) {
        return big ? 8 + entries * 20L + 8 : 2 + entries * 12L + 4;
    }

    private static long align(long v) {
        return (v + 1) & ~1L;
    }

    /** Bytes the whole file takes. */
    private long layoutSize(boolean big, long planes, long planeBytes, int descLength) {
        long header = big ? 16 : 8;
        long ifds = ifdSize(big, entries(true, true, true)) * planes;
        return header + descLength + 2 + 16 + 2 + planes * planeBytes + 2 + ifds;
    }

    /** Pixels per micron as a rational {numerator, denominator}, or null when uncalibrated. */
    private long[] pixelsPerMicron(Axis axis) {
        var cal = image.calibration(axis);
        if (!cal.isCalibrated() || !"m".equals(cal.unit())) {
            return null;
        }
        return Rational.approximate(1 / (cal.size() * 1e6));
    }

    private void writePlane(TiffOut out, Plane plane) throws IOException {
        int n = plane.size();
        int bytes = outType.bytes();
        int chunk = Math.max(1, (1 << 20) / bytes);
        ByteBuffer buf = ByteBuffer.allocate((int) Math.min((long) n * bytes, (long) chunk * bytes)).order(ORDER);
        Object data = plane.data();
        for (int start = 0; start < n; start += chunk) {
            int end = Math.min(n, start + chunk);
            buf.clear();
            switch (plane.type()) {
                case UINT8, INT8 -> buf.put((byte[]) data, start, end - start);
                case UINT16, INT16 -> buf.asShortBuffer().put((short[]) data, start, end - start);
                case UINT32, INT32 -> buf.asIntBuffer().put((int[]) data, start, end - start);
                case FLOAT32 -> buf.asFloatBuffer().put((float[]) data, start, end - start);
                case FLOAT64 -> {
                    double[] d = (double[]) data;
                    for (int i = start; i < end; i++) {
                        buf.putFloat((i - start) * 4, (float) d[i]);
                    }
                }
            }
            out.bytes(buf.array(), (end - start) * bytes);
        }
    }

    /** A buffered, position-tracking little-endian writer of TIFF structures. */
    private static final class TiffOut implements AutoCloseable {
        private final OutputStream os;
        private final boolean big;
        private final ByteBuffer scratch = ByteBuffer.allocate(8).order(ORDER);
        private long position;

        TiffOut(Path file, boolean big) throws IOException {
            this.os = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20);
            this.big = big;
        }

        void bytes(byte[] b) throws IOException {
            bytes(b, b.length);
        }

        void bytes(byte[] b, int len) throws IOException {
            os.write(b, 0, len);
            position += len;
        }

        void u16(long v) throws IOException {
            scratch.clear();
            scratch.putShort((short) v);
            bytes(scratch.array(), 2);
        }

        void u32(long v) throws IOException {
            scratch.clear();
            scratch.putInt((int) v);
            bytes(scratch.array(), 4);
        }

        void u64(long v) throws IOException {
            scratch.clear();
            scratch.putLong(v);
            bytes(scratch.array(), 8);
        }

        void padTo(long at) throws IOException {
            if (at < position) {
                throw new IllegalStateException("layout error: at " + position + ", expected " + at);
            }
            while (position < at) {
                os.write(0);
                position++;
            }
        }

        /** One directory; each tag is {tag, type, count, value-or-offset}, in ascending tag order. */
        void ifd(List<long[]> tags, long next) throws IOException {
            if (big) {
                u64(tags.size());
            } else {
                u16(tags.size());
            }
            for (long[] e : tags) {
                u16(e[0]);
                u16(e[1]);
                if (big) {
                    u64(e[2]);
                } else {
                    u32(e[2]);
                }
                boolean inline = e[2] * TiffTag.typeSize((int) e[1]) <= (big ? 8 : 4);
                if (inline && e[1] == TiffTag.SHORT) {
                    u16(e[3]);
                    u16(0);
                    if (big) {
                        u32(0);
                    }
                } else if (big) {
                    u64(e[3]);
                } else {
                    u32(e[3]);
                }
            }
            if (big) {
                u64(next);
            } else {
                u32(next);
            }
        }

        @Override
        public void close() throws IOException {
            os.close();
        }
    }
}
