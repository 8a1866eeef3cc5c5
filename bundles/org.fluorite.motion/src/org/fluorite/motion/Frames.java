package org.fluorite.motion;

import org.fluorite.core.image.PixelType;
import org.fluorite.core.image.Plane;

/** Conversions between planes and the float frames the engine works on. */
final class Frames {

    private Frames() {
    }

    /** The plane's values as floats (a new array, or the plane's own for float32 when {@code copy} is false). */
    static float[] toFloats(Plane plane, boolean copy) {
        Object data = plane.data();
        int n = plane.size();
        switch (plane.type()) {
            case UINT16: {
                short[] s = (short[]) data;
                float[] out = new float[n];
                for (int i = 0; i < n; i++) {
                    out[i] = s[i] & 0xFFFF;
                }
                return out;
            }
            case UINT8: {
                byte[] s = (byte[]) data;
                float[] out = new float[n];
                for (int i = 0; i < n; i++) {
                    out[i] = s[i] & 0xFF;
                }
                return out;
            }
            case INT16: {
                short[] s = (short[]) data;
                float[] out = new float[n];
                for (int i = 0; i < n; i++) {
                    out[i] = s[i];
                }
                return out;
            }
            case FLOAT32:
                return copy ? ((float[]) data).clone() : (float[]) data;
            default: {
                float[] out = new float[n];
                for (int i = 0; i < n; i++) {
                    out[i] = (float) plane.get(i);
                }
                return out;
            }
        }
    }

    /**
     * A plane of {@code type} holding {@code values} ({@code w x h}), rounded and clamped to the
     * type's range for integer types (NaN stored as 0).
     */
    static Plane toPlane(float[] values, int w, int h, PixelType type) {
        switch (type) {
            case FLOAT32:
                return new Plane(PixelType.FLOAT32, w, h, values);
            case UINT16: {
                short[] out = new short[values.length];
                for (int i = 0; i < values.length; i++) {
                    float v = values[i];
                    out[i] = (short) (v >= 0 ? (v >= 65535f ? 65535 : (int) (v + 0.5f)) : 0);
                }
                return new Plane(PixelType.UINT16, w, h, out);
            }
            case UINT8: {
                byte[] out = new byte[values.length];
                for (int i = 0; i < values.length; i++) {
                    float v = values[i];
                    out[i] = (byte) (v >= 0 ? (v >= 255f ? 255 : (int) (v + 0.5f)) : 0);
                }
                return new Plane(PixelType.UINT8, w, h, out);
            }
            default: {
                Plane p = Plane.allocate(type, w, h);
                for (int i = 0; i < values.length; i++) {
                    p.set(i, values[i]);
                }
                return p;
            }
        }
    }
}
