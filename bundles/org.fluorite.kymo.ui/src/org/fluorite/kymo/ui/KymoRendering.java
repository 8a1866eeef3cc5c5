package org.fluorite.kymo.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.fluorite.kymo.KymoChannel;
import org.fluorite.kymo.Kymograph;

/** Turns kymograph counts into screen pixels, and picks axis ticks. */
public final class KymoRendering {

    private KymoRendering() {
    }

    /**
     * An RGB image, one column per line and one row per pixel: each colour scaled so that
     * {@code contrast x} its 99.5th percentile is full brightness (a single colour is drawn in its
     * own colour).
     */
    public static ImageData render(Kymograph kymo, KymoChannel channel, double contrast) {
        int w = kymo.lines();
        int h = kymo.pixelsPerLine();
        ImageData data = new ImageData(w, h, 24, new PaletteData(0xFF0000, 0x00FF00, 0x0000FF));
        int[] rgb = new int[w * h];
        for (KymoChannel c : List.of(KymoChannel.RED, KymoChannel.GREEN, KymoChannel.BLUE)) {
            if (channel != KymoChannel.RGB && channel != c) {
                continue;
            }
            double[] v = kymo.data(c);
            double max = Math.max(1e-12, percentile(v, 99.5) * contrast);
            int shift = 16 - 8 * c.index();
            for (int i = 0; i < v.length; i++) {
                int level = (int) Math.max(0, Math.min(255, Math.round(v[i] / max * 255)));
                rgb[i] |= level << shift;
            }
        }
        data.setPixels(0, 0, rgb.length, rgb, 0);
        return data;
    }

    /** The 99.5th-percentile style value with linear interpolation (0 for an empty array). */
    public static double percentile(double[] values, double q) {
        if (values.length == 0) {
            return 0;
        }
        double[] v = values.clone();
        Arrays.sort(v);
        double pos = q / 100 * (v.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(v.length - 1, lo + 1);
        double p = v[lo] + (pos - lo) * (v[hi] - v[lo]);
        return p > 0 ? p : v[v.length - 1];
    }

    /** About {@code count} round tick values (1, 2 or 5 times a power of ten apart) from lo to hi. */
    public static List<Double> ticks(double lo, double hi, int count) {
        List<Double> out = new ArrayList<>();
        if (!(hi > lo) || count < 1) {
            return out;
        }
        double raw = (hi - lo) / count;
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = raw / magnitude < 1.5 ? magnitude : raw / magnitude < 3.5 ? 2 * magnitude : raw / magnitude < 7.5 ? 5 * magnitude
                : 10 * magnitude;
        for (double t = Math.ceil(lo / step) * step; t <= hi + step * 1e-9; t += step) {
            out.add(Math.abs(t) < step * 1e-9 ? 0 : t);
        }
        return out;
    }

    /** A tick label without needless digits. */
    public static String label(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e9) {
            return Long.toString((long) v);
        }
        String s = String.format(java.util.Locale.ROOT, "%.4g", v);
        return s.contains("e") ? s : s.replaceAll("0+$", "").replaceAll("\\.$", "");
    }
}
