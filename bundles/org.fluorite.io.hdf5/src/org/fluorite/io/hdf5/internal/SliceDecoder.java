package org.fluorite.io.hdf5.internal;

import java.nio.ByteBuffer;

import org.fluorite.core.image.PixelType;
import org.fluorite.core.image.Plane;
import org.fluorite.io.hdf5.Hdf5Types;

import io.jhdf.object.datatype.DataType;
import io.jhdf.object.datatype.FixedPoint;
import io.jhdf.object.datatype.FloatingPoint;

/**
 * Turns the raw bytes of a slice of a numeric dataset into a {@link Plane}, in the byte order of
 * the dataset's type: 1-, 2- and 4-byte integers and 4- and 8-byte floats are copied as they are,
 * 8-byte integers become float64 and half floats float32.
 */
public final class SliceDecoder {

    private SliceDecoder() {
    }

    /**
     * Decodes {@code height} rows of {@code width} values.
     *
     * @param first     index (in elements) of the first value in {@code raw}
     * @param rowStride elements from one row to the next in {@code raw}
     * @throws IllegalArgumentException when {@code raw} holds fewer values than asked for
     */
    public static Plane decode(ByteBuffer raw, DataType type, PixelType pixelType, long first, long rowStride, int width,
            int height) {
        int size = type.getSize();
        long lastByte = (first + (height - 1L) * rowStride + width) * size;
        if (lastByte > raw.limit()) {
            throw new IllegalArgumentException("the data hold " + raw.limit() + " bytes, the slice needs " + lastByte);
        }
        ByteBuffer b = raw.duplicate().order(Hdf5Types.byteOrder(type));
        Plane plane = Plane.allocate(pixelType, width, height);
        Object data = plane.data();
        boolean unsigned = type instanceof FixedPoint f && !f.isSigned();
        for (int y = 0; y < height; y++) {
            int at = Math.toIntExact((first + y * rowStride) * size);
            int out = y * width;
            if (type instanceof FloatingPoint) {
                switch (size) {
                    case 2 -> {
                        float[] d = (float[]) data;
                        for (int x = 0; x < width; x++) {
                            d[out + x] = Float.float16ToFloat(b.getShort(at + 2 * x));
                        }
                    }
                    case 4 -> b.slice(at, width * 4).order(b.order()).asFloatBuffer().get((float[]) data, out, width);
                    case 8 -> b.slice(at, width * 8).order(b.order()).asDoubleBuffer().get((double[]) data, out, width);
                    default -> throw new IllegalArgumentException("unsupported float size " + size);
                }
            } else {
                switch (size) {
                    case 1 -> b.get(at, (byte[]) data, out, width);
                    case 2 -> b.slice(at, width * 2).order(b.order()).asShortBuffer().get((short[]) data, out, width);
                    case 4 -> b.slice(at, width * 4).order(b.order()).asIntBuffer().get((int[]) data, out, width);
                    case 8 -> {
                        double[] d = (double[]) data;
                        for (int x = 0; x < width; x++) {
                            long v = b.getLong(at + 8 * x);
                            d[out + x] = unsigned && v < 0 ? (v >>> 1) * 2.0 + (v & 1) : v;
                        }
                    }
                    default -> throw new IllegalArgumentException("unsupported integer size " + size);
                }
            }
        }
        return plane;
    }
}
