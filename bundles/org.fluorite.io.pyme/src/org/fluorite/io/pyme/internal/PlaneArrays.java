package org.fluorite.io.pyme.internal;

import java.lang.reflect.Array;

import org.fluorite.core.image.PixelType;
import org.fluorite.core.image.Plane;

import io.jhdf.object.datatype.DataType;
import io.jhdf.object.datatype.FixedPoint;
import io.jhdf.object.datatype.FloatingPoint;

/** Conversions between jHDF's nested Java arrays and planes. */
public final class PlaneArrays {

    private PlaneArrays() {
    }

    /** The pixel type of an HDF5 number type, or null for types that are not pixels. */
    public static PixelType pixelType(DataType type) {
        if (type instanceof FloatingPoint) {
            return switch (type.getSize()) {
                case 4 -> PixelType.FLOAT32;
                case 8 -> PixelType.FLOAT64;
                default -> null;
            };
        }
        if (type instanceof FixedPoint f) {
            return switch (type.getSize()) {
                case 1 -> f.isSigned() ? PixelType.INT8 : PixelType.UINT8;
                case 2 -> f.isSigned() ? PixelType.INT16 : PixelType.UINT16;
                case 4 -> f.isSigned() ? PixelType.INT32 : PixelType.UINT32;
                default -> null;
            };
        }
        return null;
    }

    /**
     * A plane of {@code width x height} pixels from a nested array holding exactly that many
     * values in row-major order (e.g. {@code float[height][width]} or {@code float[1][height][width]}).
     */
    public static Plane toPlane(Object nested, PixelType type, int width, int height) {
        Plane plane = Plane.allocate(type, width, height);
        int filled = fill(nested, plane, 0);
        if (filled != plane.size()) {
            throw new IllegalStateException("expected " + plane.size() + " values, the file gave " + filled);
        }
        return plane;
    }

    /**
     * Like {@link #toPlane} for data stored column-major, as PYME stores frames ({@code [x][y]}):
     * the result is transposed to rows of {@code width} values.
     */
    public static Plane toPlaneTransposed(Object nested, PixelType type, int width, int height) {
        Plane stored = toPlane(nested, type, height, width);
        Plane out = Plane.allocate(type, width, height);
        for (int x = 0; x < width; x++) {
            for (int y = 0; y < height; y++) {
                out.set(y * width + x, stored.get(x * height + y));
            }
        }
        return out;
    }

    private static int fill(Object nested, Plane plane, int at) {
        Class<?> component = nested.getClass().getComponentType();
        if (component == null) {
            throw new IllegalStateException("not an array: " + nested.getClass().getSimpleName());
        }
        if (component.isArray()) {
            int n = Array.getLength(nested);
            for (int i = 0; i < n; i++) {
                at = fill(Array.get(nested, i), plane, at);
            }
            return at;
        }
        int n = Array.getLength(nested);
        if (at + n > plane.size()) {
            throw new IllegalStateException("more values than the plane holds");
        }
        if (nested instanceof float[] f && plane.type() == PixelType.FLOAT32) {
            System.arraycopy(f, 0, plane.data(), at, n);
        } else if (nested instanceof double[] d && plane.type() == PixelType.FLOAT64) {
            System.arraycopy(d, 0, plane.data(), at, n);
        } else {
            for (int i = 0; i < n; i++) {
                plane.set(at + i, ((Number) Array.get(nested, i)).doubleValue());
            }
        }
        return at + n;
    }
}
