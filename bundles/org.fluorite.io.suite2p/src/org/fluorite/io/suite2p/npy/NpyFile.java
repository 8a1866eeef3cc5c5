package org.fluorite.io.suite2p.npy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.fluorite.io.ImportException;

/**
 * Reads numpy's .npy files (format versions 1, 2 and 3): the magic "\x93NUMPY", the version, a
 * header dict with 'descr', 'fortran_order' and 'shape', then the values, or a pickle of the whole
 * array for object arrays ('|O'), read with {@link NumpyPickle}. Every size is checked against the
 * file length before anything is allocated.
 */
public final class NpyFile {

    /** Largest data section read into memory (1 GiB). */
    public static final long MAX_DATA_BYTES = 1L << 30;
    private static final int MAX_HEADER = 1 << 20;
    private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
    private static final Pattern DESCR = Pattern.compile("'descr'\\s*:\\s*'([^']*)'");
    private static final Pattern FORTRAN = Pattern.compile("'fortran_order'\\s*:\\s*(True|False)");
    private static final Pattern SHAPE = Pattern.compile("'shape'\\s*:\\s*\\(([^)]*)\\)");

    /**
     * What the header of a .npy file says.
     *
     * @param dataOffset byte position of the first value (or of the pickle)
     */
    public record Header(DType dtype, boolean fortranOrder, long[] shape, long dataOffset) {

        /** Number of elements. */
        public long size() {
            return NdArray.size(shape);
        }
    }

    private NpyFile() {
    }

    /** True when {@code head} starts with the .npy magic. */
    public static boolean hasMagic(byte[] head) {
        if (head == null || head.length < MAGIC.length) {
            return false;
        }
        for (int i = 0; i < MAGIC.length; i++) {
            if (head[i] != MAGIC[i]) {
                return false;
            }
        }
        return true;
    }

    /** Reads and checks the header of {@code file}. */
    public static Header header(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            return header(file, ch);
        }
    }

    /** Reads the whole array: numbers, or objects unpickled with {@link NumpyPickle}. */
    public static NdArray read(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            Header h = header(file, ch);
            long remaining = ch.size() - h.dataOffset();
            if (remaining > MAX_DATA_BYTES) {
                throw new ImportException(file, "holds " + remaining + " bytes of data, more than Fluorite reads into memory ("
                        + MAX_DATA_BYTES + ")");
            }
            if (h.dtype().isObject()) {
                byte[] pickle = new byte[(int) remaining];
                readFully(file, ch, ByteBuffer.wrap(pickle), h.dataOffset());
                Object o = NumpyPickle.load(pickle, file);
                if (!(o instanceof NdArray a) || !Arrays.equals(a.shape(), h.shape())) {
                    throw new ImportException(file, "the pickled data is not an array of shape " + Arrays.toString(h.shape()));
                }
                return a;
            }
            long bytes = h.size() * h.dtype().itemSize();
            if (h.size() < 0 || bytes > remaining) {
                throw new ImportException(file, "is truncated: shape " + Arrays.toString(h.shape()) + " of " + h.dtype().label()
                        + " needs " + (h.size() < 0 ? "an impossible number of" : bytes) + " bytes, the file has " + remaining
                        + " after the header");
            }
            ByteBuffer buf = ByteBuffer.allocate((int) bytes);
            readFully(file, ch, buf, h.dataOffset());
            buf.flip();
            return new NdArray(h.dtype(), h.shape(), h.fortranOrder(), NdArray.decode(h.dtype(), buf, (int) h.size()));
        }
    }

    private static Header header(Path file, FileChannel ch) throws IOException {
        long fileSize = ch.size();
        ByteBuffer pre = ByteBuffer.allocate(12).order(ByteOrder.LITTLE_ENDIAN);
        readFully(file, ch, pre, 0, 10);
        byte[] magic = Arrays.copyOf(pre.array(), 6);
        if (!hasMagic(magic)) {
            throw new ImportException(file, "is not a numpy .npy file (no \\x93NUMPY magic)");
        }
        int major = pre.get(6) & 0xFF;
        long headerLength;
        int prefix;
        if (major == 1) {
            headerLength = pre.getShort(8) & 0xFFFF;
            prefix = 10;
        } else if (major == 2 || major == 3) {
            readFully(file, ch, pre, 0, 12);
            headerLength = pre.getInt(8) & 0xFFFFFFFFL;
            prefix = 12;
        } else {
            throw new ImportException(file, "has .npy format version " + major + ", Fluorite reads versions 1 to 3");
        }
        if (headerLength > MAX_HEADER || prefix + headerLength > fileSize) {
            throw new ImportException(file, "has a .npy header of " + headerLength + " bytes, the file has " + fileSize);
        }
        ByteBuffer text = ByteBuffer.allocate((int) headerLength);
        readFully(file, ch, text, prefix);
        String dict = new String(text.array(), major == 3 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
        Matcher d = DESCR.matcher(dict);
        Matcher f = FORTRAN.matcher(dict);
        Matcher s = SHAPE.matcher(dict);
        if (!d.find() || !f.find() || !s.find()) {
            throw new ImportException(file, "has a .npy header without descr, fortran_order and shape: "
                    + dict.substring(0, Math.min(dict.length(), 200)).trim());
        }
        DType dtype;
        try {
            dtype = DType.parse(d.group(1), ByteOrder.nativeOrder());
        } catch (IllegalArgumentException e) {
            throw new ImportException(file, e.getMessage());
        }
        long[] shape = parseShape(file, s.group(1));
        return new Header(dtype, f.group(1).equals("True"), shape, prefix + headerLength);
    }

    private static long[] parseShape(Path file, String tuple) throws ImportException {
        String[] parts = tuple.split(",");
        long[] out = new long[parts.length];
        int n = 0;
        for (String p : parts) {
            String t = p.trim().replaceAll("L$", "");
            if (t.isEmpty()) {
                continue;
            }
            try {
                out[n] = Long.parseLong(t);
            } catch (NumberFormatException e) {
                throw new ImportException(file, "has a .npy shape that is not a tuple of whole numbers: (" + tuple + ")");
            }
            if (out[n] < 0) {
                throw new ImportException(file, "has a negative length in its .npy shape (" + tuple + ")");
            }
            n++;
        }
        if (n > 32) {
            throw new ImportException(file, "has " + n + " dimensions; numpy allows at most 32");
        }
        return Arrays.copyOf(out, n);
    }

    private static void readFully(Path file, FileChannel ch, ByteBuffer buf, long position, int length) throws IOException {
        buf.clear();
        buf.limit(length);
        readFully(file, ch, buf, position);
    }

    private static void readFully(Path file, FileChannel ch, ByteBuffer buf, long position) throws IOException {
        long at = position;
        while (buf.hasRemaining()) {
            int n = ch.read(buf, at);
            if (n < 0) {
                throw new ImportException(file, "ends early at byte " + at);
            }
            at += n;
        }
    }
}
