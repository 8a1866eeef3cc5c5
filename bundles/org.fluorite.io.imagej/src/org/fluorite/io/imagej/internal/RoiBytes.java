package org.fluorite.io.imagej.internal;

/** Bounds-checked big-endian reads from the bytes of one ROI. */
final class RoiBytes {

    private final byte[] data;

    RoiBytes(byte[] data) {
        this.data = data;
    }

    int length() {
        return data.length;
    }

    boolean has(int offset, int count) {
        return offset >= 0 && count >= 0 && (long) offset + count <= data.length;
    }

    int u8(int offset) throws RoiFormatException {
        need(offset, 1);
        return data[offset] & 0xFF;
    }

    /** A signed short; ImageJ writes values above 32767 unsigned, so values below -5000 are read unsigned. */
    int coordinate(int offset) throws RoiFormatException {
        int v = (short) u16(offset);
        return v < -5000 ? v & 0xFFFF : v;
    }

    int u16(int offset) throws RoiFormatException {
        need(offset, 2);
        return ((data[offset] & 0xFF) << 8) | (data[offset + 1] & 0xFF);
    }

    int s16(int offset) throws RoiFormatException {
        return (short) u16(offset);
    }

    int s32(int offset) throws RoiFormatException {
        need(offset, 4);
        return ((data[offset] & 0xFF) << 24) | ((data[offset + 1] & 0xFF) << 16) | ((data[offset + 2] & 0xFF) << 8)
                | (data[offset + 3] & 0xFF);
    }

    float f32(int offset) throws RoiFormatException {
        return Float.intBitsToFloat(s32(offset));
    }

    /** {@code count} UTF-16 characters. */
    String chars(int offset, int count) throws RoiFormatException {
        need(offset, count * 2);
        char[] c = new char[count];
        for (int i = 0; i < count; i++) {
            c[i] = (char) u16(offset + 2 * i);
        }
        return new String(c);
    }

    private void need(int offset, int count) throws RoiFormatException {
        if (!has(offset, count)) {
            throw new RoiFormatException("truncated: needs bytes " + offset + " to " + ((long) offset + count) + " but has "
                    + data.length);
        }
    }
}
