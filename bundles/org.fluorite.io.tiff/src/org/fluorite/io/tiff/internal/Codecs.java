package org.fluorite.io.tiff.internal;

import java.util.Arrays;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Decoders for the TIFF compression schemes Fluorite reads: LZW (5), Deflate (8, 32946) and
 * PackBits (32773). Each produces at most {@code expected} bytes, so corrupt data can never make
 * it allocate more than the block it decodes, and each stops when its input is used up, so it
 * cannot loop forever. A stream that ends before {@code expected} bytes is reported as truncated
 * by returning fewer bytes; the caller names the file.
 */
public final class Codecs {

    private Codecs() {
    }

    /** Thrown for a compressed stream that cannot be decoded. */
    public static final class CorruptDataException extends Exception {
        private static final long serialVersionUID = 1L;

        public CorruptDataException(String message) {
            super(message);
        }
    }

    /** Most bytes one compressed byte can expand to, per scheme (a bound used to reject absurd sizes). */
    public static long maxExpansion(int compression) {
        return switch (compression) {
            case 5 -> 2800;
            case 8, 32946 -> 1100;
            case 32773 -> 64;
            default -> 1;
        };
    }

    /**
     * Decodes {@code in} into at most {@code expected} bytes.
     *
     * @return the decoded bytes; shorter than {@code expected} when the stream ended early
     */
    public static byte[] decode(int compression, byte[] in, int expected) throws CorruptDataException {
        return switch (compression) {
            case 1 -> in.length > expected ? Arrays.copyOf(in, expected) : in;
            case 5 -> lzw(in, expected);
            case 8, 32946 -> inflate(in, expected);
            case 32773 -> packBits(in, expected);
            default -> throw new CorruptDataException("compression " + compression + " is not supported");
        };
    }

    /** A byte buffer that grows as decoded data arrives, never past its limit. */
    private static final class Output {
        byte[] buf;
        int size;
        final int limit;

        Output(int limit, int inputLength) {
            this.limit = limit;
            this.buf = new byte[(int) Math.min(limit, Math.max(1024, Math.min(Integer.MAX_VALUE - 64, inputLength * 4L)))];
        }

        boolean full() {
            return size >= limit;
        }

        void ensure(int more) {
            int need = (int) Math.min(limit, (long) size + more);
            if (need > buf.length) {
                buf = Arrays.copyOf(buf, (int) Math.min(limit, Math.max(need, buf.length * 2L)));
            }
        }

        void put(byte b) {
            ensure(1);
            buf[size++] = b;
        }

        byte[] result() {
            return size == buf.length ? buf : Arrays.copyOf(buf, size);
        }
    }

    static byte[] packBits(byte[] in, int expected) {
        Output out = new Output(expected, in.length);
        int i = 0;
        while (i < in.length && !out.full()) {
            int n = in[i++];
            if (n >= 0) {
                int count = Math.min(n + 1, in.length - i);
                count = Math.min(count, out.limit - out.size);
                out.ensure(count);
                System.arraycopy(in, i, out.buf, out.size, count);
                out.size += count;
                i += n + 1;
            } else if (n != -128) {
                if (i >= in.length) {
                    break;
                }
                byte b = in[i++];
                int count = Math.min(1 - n, out.limit - out.size);
                out.ensure(count);
                Arrays.fill(out.buf, out.size, out.size + count, b);
                out.size += count;
            }
        }
        return out.result();
    }

    static byte[] inflate(byte[] in, int expected) throws CorruptDataException {
        Output out = new Output(expected, in.length);
        Inflater inflater = new Inflater();
        int stalls = 0;
        try {
            inflater.setInput(in);
            while (!out.full() && !inflater.finished()) {
                out.ensure(64 * 1024);
                int n = inflater.inflate(out.buf, out.size, Math.min(out.buf.length, out.limit) - out.size);
                out.size += n;
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary() || ++stalls > 4)) {
                    break;
                }
            }
        } catch (DataFormatException e) {
            throw new CorruptDataException("damaged Deflate data (" + e.getMessage() + ")");
        } finally {
            inflater.end();
        }
        return out.result();
    }

    static byte[] lzw(byte[] in, int expected) throws CorruptDataException {
        if (in.length >= 2 && in[0] == 0 && (in[1] & 1) == 1) {
            throw new CorruptDataException("old-style (pre TIFF 6.0) LZW data is not supported");
        }
        final int clear = 256;
        final int eoi = 257;
        int[] prefix = new int[4096];
        byte[] suffix = new byte[4096];
        int[] length = new int[4096];
        byte[] first = new byte[4096];
        for (int i = 0; i < 256; i++) {
            suffix[i] = (byte) i;
            first[i] = (byte) i;
            length[i] = 1;
        }
        Output out = new Output(expected, in.length);
        byte[] stack = new byte[4096];
        int next = 258;
        int width = 9;
        int old = -1;
        long bitPos = 0;
        long totalBits = in.length * 8L;
        while (!out.full() && bitPos + width <= totalBits) {
            int code = readBits(in, bitPos, width);
            bitPos += width;
            if (code == eoi) {
                break;
            }
            if (code == clear) {
                next = 258;
                width = 9;
                old = -1;
                continue;
            }
            int entry;
            if (old == -1) {
                if (code > 255) {
                    throw new CorruptDataException("damaged LZW data (code " + code + " after a clear code)");
                }
                entry = code;
            } else if (code < next) {
                entry = code;
                if (next < 4096) {
                    prefix[next] = old;
                    suffix[next] = first[code];
                    length[next] = length[old] + 1;
                    first[next] = first[old];
                    next++;
                }
            } else if (code == next && next < 4096) {
                prefix[next] = old;
                suffix[next] = first[old];
                length[next] = length[old] + 1;
                first[next] = first[old];
                next++;
                entry = code;
            } else {
                throw new CorruptDataException("damaged LZW data (code " + code + " not yet defined)");
            }
            int len = length[entry];
            int c = entry;
            for (int k = len - 1; k >= 0; k--) {
                stack[k] = suffix[c];
                c = prefix[c];
            }
            int count = Math.min(len, out.limit - out.size);
            out.ensure(count);
            System.arraycopy(stack, 0, out.buf, out.size, count);
            out.size += count;
            old = entry;
            if (next + 1 >= (1 << width) && width < 12) {
                width++;
            }
        }
        return out.result();
    }

    private static int readBits(byte[] in, long bitPos, int width) {
        int value = 0;
        for (int i = 0; i < width; i++) {
            long p = bitPos + i;
            int bit = (in[(int) (p >>> 3)] >> (7 - (int) (p & 7))) & 1;
            value = (value << 1) | bit;
        }
        return value;
    }

    /** Reverses the bit order of every byte (FillOrder 2). */
    public static void reverseBits(byte[] data) {
        for (int i = 0; i < data.length; i++) {
            data[i] = (byte) (Integer.reverse(data[i] & 0xFF) >>> 24);
        }
    }
}
