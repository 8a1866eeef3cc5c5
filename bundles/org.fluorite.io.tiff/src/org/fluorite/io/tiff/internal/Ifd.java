package org.fluorite.io.tiff.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.OptionalLong;

/**
 * An image file directory: its entries by tag, with values read from the file on demand and
 * checked against the file length before any array is allocated.
 */
public final class Ifd {

    private final TiffFile file;
    private final int index;
    /** Entries kept in parallel arrays (compact for files of many thousands of pages). */
    private final int[] tags;
    private final short[] types;
    private final long[] counts;
    private final long[] fields;

    Ifd(TiffFile file, int index, List<IfdEntry> list) {
        this.file = file;
        this.index = index;
        int n = list.size();
        tags = new int[n];
        types = new short[n];
        counts = new long[n];
        fields = new long[n];
        for (int i = 0; i < n; i++) {
            IfdEntry e = list.get(i);
            tags[i] = e.tag();
            types[i] = (short) e.type();
            counts[i] = e.count();
            fields[i] = ByteBuffer.wrap(java.util.Arrays.copyOf(e.field(), 8)).getLong();
        }
    }

    public TiffFile file() {
        return file;
    }

    /** Position of this directory in the chain, from 0. */
    public int index() {
        return index;
    }

    private int find(int tag) {
        for (int i = 0; i < tags.length; i++) {
            if (tags[i] == tag) {
                return i;
            }
        }
        return -1;
    }

    public boolean has(int tag) {
        return find(tag) >= 0;
    }

    /** The entry of {@code tag} (the first when repeated), or null. */
    public IfdEntry entry(int tag) {
        int i = find(tag);
        if (i < 0) {
            return null;
        }
        byte[] field = ByteBuffer.allocate(8).putLong(fields[i]).array();
        return new IfdEntry(tags[i], types[i] & 0xFFFF, counts[i],
                file.isBigTiff() ? field : java.util.Arrays.copyOf(field, 4));
    }

    /** Tag numbers in file order. */
    public int[] tagNumbers() {
        return tags.clone();
    }

    /** The raw bytes of a tag's values, in file byte order; null when the tag is absent or of unknown type. */
    public byte[] raw(int tag) throws IOException {
        IfdEntry e = entry(tag);
        if (e == null) {
            return null;
        }
        int size = TiffTag.typeSize(e.type());
        if (size == 0) {
            return null;
        }
        long count = e.count();
        if (count < 0 || count > file.length() / size + 1) {
            throw file.problem("tag " + tag + " of page " + (index + 1) + " claims " + Long.toUnsignedString(count)
                    + " values, more than the file could hold");
        }
        long bytes = count * size;
        if (bytes <= e.field().length) {
            byte[] out = new byte[(int) bytes];
            System.arraycopy(e.field(), 0, out, 0, out.length);
            return out;
        }
        ByteBuffer f = ByteBuffer.wrap(e.field()).order(file.order());
        long offset = file.isBigTiff() ? f.getLong(0) : f.getInt(0) & 0xFFFFFFFFL;
        return file.read(offset, bytes, "the value block of tag " + tag + " of page " + (index + 1));
    }

    /** Integer values of a BYTE/SHORT/LONG/LONG8 (or signed) tag; null when absent. */
    public long[] longs(int tag) throws IOException {
        byte[] raw = raw(tag);
        if (raw == null) {
            return null;
        }
        int type = entry(tag).type();
        int size = TiffTag.typeSize(type);
        ByteBuffer b = ByteBuffer.wrap(raw).order(file.order());
        long[] out = new long[raw.length / size];
        for (int i = 0; i < out.length; i++) {
            out[i] = decode(b, i * size, type, tag);
        }
        return out;
    }

    private long decode(ByteBuffer b, int at, int type, int tag) throws IOException {
        return switch (type) {
            case TiffTag.BYTE, TiffTag.UNDEFINED, TiffTag.ASCII -> b.get(at) & 0xFF;
            case TiffTag.SBYTE -> b.get(at);
            case TiffTag.SHORT -> b.getShort(at) & 0xFFFF;
            case TiffTag.SSHORT -> b.getShort(at);
            case TiffTag.LONG, TiffTag.IFD -> b.getInt(at) & 0xFFFFFFFFL;
            case TiffTag.SLONG -> b.getInt(at);
            case TiffTag.LONG8, TiffTag.SLONG8, TiffTag.IFD8 -> b.getLong(at);
            case TiffTag.FLOAT -> (long) b.getFloat(at);
            case TiffTag.DOUBLE -> (long) b.getDouble(at);
            default -> throw file.problem("tag " + tag + " of page " + (index + 1) + " has a non-integer type " + type);
        };
    }

    /** The first integer value of a tag, or empty when the tag is absent, empty or not an integer. */
    public OptionalLong first(int tag) throws IOException {
        IfdEntry e = entry(tag);
        if (e == null || e.count() == 0) {
            return OptionalLong.empty();
        }
        int size = TiffTag.typeSize(e.type());
        if (size == 0 || e.type() == TiffTag.RATIONAL || e.type() == TiffTag.SRATIONAL) {
            return OptionalLong.empty();
        }
        if (e.count() < 0 || e.count() > file.length()) {
            throw file.problem("tag " + tag + " of page " + (index + 1) + " claims " + Long.toUnsignedString(e.count())
                    + " values, more than the file could hold");
        }
        ByteBuffer value;
        if (e.count() * size <= e.field().length) {
            value = ByteBuffer.wrap(e.field()).order(file.order());
        } else {
            ByteBuffer f = ByteBuffer.wrap(e.field()).order(file.order());
            long offset = file.isBigTiff() ? f.getLong(0) : f.getInt(0) & 0xFFFFFFFFL;
            value = ByteBuffer.wrap(file.read(offset, size, "tag " + tag + " of page " + (index + 1))).order(file.order());
        }
        return OptionalLong.of(decode(value, 0, e.type(), tag));
    }

    /** The first integer value of a tag, or {@code dflt} when absent. */
    public long get(int tag, long dflt) throws IOException {
        OptionalLong v = first(tag);
        return v.isPresent() ? v.getAsLong() : dflt;
    }

    /** Floating-point values of a RATIONAL/SRATIONAL/FLOAT/DOUBLE or integer tag; null when absent. */
    public double[] doubles(int tag) throws IOException {
        byte[] raw = raw(tag);
        if (raw == null) {
            return null;
        }
        int type = entry(tag).type();
        ByteBuffer b = ByteBuffer.wrap(raw).order(file.order());
        switch (type) {
            case TiffTag.RATIONAL, TiffTag.SRATIONAL -> {
                double[] out = new double[raw.length / 8];
                for (int i = 0; i < out.length; i++) {
                    double num = type == TiffTag.RATIONAL ? b.getInt(i * 8) & 0xFFFFFFFFL : b.getInt(i * 8);
                    double den = type == TiffTag.RATIONAL ? b.getInt(i * 8 + 4) & 0xFFFFFFFFL : b.getInt(i * 8 + 4);
                    out[i] = den == 0 ? Double.NaN : num / den;
                }
                return out;
            }
            case TiffTag.FLOAT -> {
                double[] out = new double[raw.length / 4];
                for (int i = 0; i < out.length; i++) {
                    out[i] = b.getFloat(i * 4);
                }
                return out;
            }
            case TiffTag.DOUBLE -> {
                double[] out = new double[raw.length / 8];
                for (int i = 0; i < out.length; i++) {
                    out[i] = b.getDouble(i * 8);
                }
                return out;
            }
            default -> {
                long[] l = longs(tag);
                double[] out = new double[l.length];
                for (int i = 0; i < l.length; i++) {
                    out[i] = l[i];
                }
                return out;
            }
        }
    }

    /** Text of an ASCII (or BYTE/UNDEFINED) tag as UTF-8, without trailing NULs; null when absent. */
    public String string(int tag) throws IOException {
        byte[] raw = raw(tag);
        if (raw == null) {
            return null;
        }
        int end = raw.length;
        while (end > 0 && raw[end - 1] == 0) {
            end--;
        }
        return new String(raw, 0, end, StandardCharsets.UTF_8);
    }
}
