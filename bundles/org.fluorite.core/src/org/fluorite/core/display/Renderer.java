package org.fluorite.core.display;

import java.util.List;
import java.util.Objects;

import org.fluorite.core.image.Plane;

/**
 * Turns planes into packed {@code 0xRRGGBB} pixels for the screen: each value is scaled through
 * its channel's {@link Contrast} to a lookup index (see {@link Contrast#index(double)}) and
 * coloured by its {@link LookupTable}. NaN pixels are black. In composite mode the colours of
 * several channels are added per component and clamped at 255.
 *
 * <p>Works on the plane's own backing array for every pixel type (unsigned types read as
 * unsigned) and allocates nothing per pixel. Stateless and thread-safe.
 */
public final class Renderer {

    private Renderer() {
    }

    /** One channel of a composite: its plane, display range and colours. */
    public record Channel(Plane plane, Contrast contrast, LookupTable lut) {
        public Channel {
            Objects.requireNonNull(plane, "plane");
            Objects.requireNonNull(contrast, "contrast");
            Objects.requireNonNull(lut, "lut");
        }
    }

    /** Renders one channel into a new array of {@code width * height} colours. */
    public static int[] render(Plane plane, Contrast contrast, LookupTable lut) {
        int[] out = new int[plane.size()];
        render(plane, contrast, lut, out);
        return out;
    }

    /** Renders one channel into {@code out} (at least {@code plane.size()} long), overwriting it. */
    public static void render(Plane plane, Contrast contrast, LookupTable lut, int[] out) {
        checkOut(plane, out);
        apply(plane, contrast, lut.table(), out, false);
    }

    /** Renders a composite into a new array. All planes must have the same size. */
    public static int[] composite(List<Channel> channels) {
        if (channels.isEmpty()) {
            throw new IllegalArgumentException("A composite needs at least one channel");
        }
        int[] out = new int[channels.get(0).plane().size()];
        composite(channels, out);
        return out;
    }

    /**
     * Renders a composite into {@code out}: starts from black and adds each channel's colours,
     * clamping each component at 255.
     */
    public static void composite(List<Channel> channels, int[] out) {
        if (channels.isEmpty()) {
            throw new IllegalArgumentException("A composite needs at least one channel");
        }
        Plane first = channels.get(0).plane();
        for (Channel c : channels) {
            if (c.plane().width() != first.width() || c.plane().height() != first.height()) {
                throw new IllegalArgumentException("Composite channels must share one plane size");
            }
        }
        checkOut(first, out);
        java.util.Arrays.fill(out, 0, first.size(), 0);
        for (Channel c : channels) {
            apply(c.plane(), c.contrast(), c.lut().table(), out, true);
        }
    }

    /** Adds two packed colours component-wise, clamping each component at 255. */
    public static int addClamped(int a, int b) {
        int r = ((a >> 16) & 0xFF) + ((b >> 16) & 0xFF);
        int g = ((a >> 8) & 0xFF) + ((b >> 8) & 0xFF);
        int bl = (a & 0xFF) + (b & 0xFF);
        return ((r > 255 ? 255 : r) << 16) | ((g > 255 ? 255 : g) << 8) | (bl > 255 ? 255 : bl);
    }

    private static void checkOut(Plane plane, int[] out) {
        if (out.length < plane.size()) {
            throw new IllegalArgumentException("Output holds " + out.length + " pixels, plane has " + plane.size());
        }
    }

    private static void apply(Plane plane, Contrast contrast, int[] lut, int[] out, boolean add) {
        int n = plane.size();
        Object data = plane.data();
        switch (plane.type()) {
            case UINT8, INT8 -> {
                int[] byValue = byteTable(plane.type().isSigned(), contrast, lut);
                byte[] a = (byte[]) data;
                for (int i = 0; i < n; i++) {
                    put(out, i, byValue[a[i] & 0xFF], add);
                }
            }
            case UINT16, INT16 -> {
                boolean signed = plane.type().isSigned();
                short[] a = (short[]) data;
                if (n >= 65536) {
                    int[] byValue = shortTable(signed, contrast, lut);
                    for (int i = 0; i < n; i++) {
                        put(out, i, byValue[a[i] & 0xFFFF], add);
                    }
                } else {
                    Scale s = new Scale(contrast);
                    for (int i = 0; i < n; i++) {
                        put(out, i, lut[s.index(signed ? a[i] : a[i] & 0xFFFF)], add);
                    }
                }
            }
            case UINT32, INT32 -> {
                boolean signed = plane.type().isSigned();
                int[] a = (int[]) data;
                Scale s = new Scale(contrast);
                for (int i = 0; i < n; i++) {
                    put(out, i, lut[s.index(signed ? a[i] : a[i] & 0xFFFFFFFFL)], add);
                }
            }
            case FLOAT32 -> {
                float[] a = (float[]) data;
                Scale s = new Scale(contrast);
                for (int i = 0; i < n; i++) {
                    float v = a[i];
                    if (v != v) {
                        if (!add) {
                            out[i] = 0;
                        }
                    } else {
                        put(out, i, lut[s.index(v)], add);
                    }
                }
            }
            case FLOAT64 -> {
                double[] a = (double[]) data;
                Scale s = new Scale(contrast);
                for (int i = 0; i < n; i++) {
                    double v = a[i];
                    if (v != v) {
                        if (!add) {
                            out[i] = 0;
                        }
                    } else {
                        put(out, i, lut[s.index(v)], add);
                    }
                }
            }
        }
    }

    private static void put(int[] out, int i, int colour, boolean add) {
        out[i] = add ? addClamped(out[i], colour) : colour;
    }

    /** Colour of every possible 8-bit raw value, indexed by the unsigned byte. */
    private static int[] byteTable(boolean signed, Contrast contrast, int[] lut) {
        Scale s = new Scale(contrast);
        int[] t = new int[256];
        for (int raw = 0; raw < 256; raw++) {
            t[raw] = lut[s.index(signed ? (byte) raw : raw)];
        }
        return t;
    }

    /** Colour of every possible 16-bit raw value, indexed by the unsigned short. */
    private static int[] shortTable(boolean signed, Contrast contrast, int[] lut) {
        Scale s = new Scale(contrast);
        int[] t = new int[65536];
        for (int raw = 0; raw < 65536; raw++) {
            t[raw] = lut[s.index(signed ? (short) raw : raw)];
        }
        return t;
    }

    /** The mapping of {@link Contrast#index(double)} with its factor computed once. */
    private static final class Scale {
        private final double min;
        private final double max;
        private final double factor;

        Scale(Contrast c) {
            min = c.min();
            max = c.max();
            factor = c.max() > c.min() ? 256.0 / (c.max() - c.min()) : 0;
        }

        int index(double v) {
            if (factor == 0) {
                return v >= max ? 255 : 0;
            }
            double f = (v - min) * factor;
            if (f <= 0) {
                return 0;
            }
            return f >= 255 ? 255 : (int) f;
        }
    }
}
