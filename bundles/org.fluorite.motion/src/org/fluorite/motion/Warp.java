package org.fluorite.motion;

/**
 * Moves frames by sub-pixel amounts with bicubic interpolation (Keys' cubic convolution with
 * a = -0.5, the kernel OpenCV's INTER_CUBIC uses, as CaImAn does when it applies shifts).
 * Interpolation was chosen over a Fourier-domain phase shift because it is several times faster,
 * never rings across the whole frame from an edge, and handles the frame border explicitly.
 *
 * <p>A corrected pixel at (x, y) takes the input value at (x - sx, y - sy), where (sx, sy) is the
 * applied shift. Where that position lies outside the recorded frame the {@link BorderMode}
 * decides the value; interpolation taps just outside an inside position repeat the edge pixel.
 */
final class Warp {

    private Warp() {
    }

    /** Keys cubic weights for fraction {@code t} in [0, 1), taps at -1, 0, 1, 2. */
    static void weights(double t, double[] w) {
        double t2 = t * t;
        double t3 = t2 * t;
        w[0] = -0.5 * t3 + t2 - 0.5 * t;
        w[1] = 1.5 * t3 - 2.5 * t2 + 1;
        w[2] = -1.5 * t3 + 2 * t2 + 0.5 * t;
        w[3] = 0.5 * t3 - 0.5 * t2;
    }

    /**
     * Translates {@code src} ({@code w x h}, row-major) by ({@code sx}, {@code sy}) pixels into
     * {@code dst}, using {@code tmp} (same size) for the separable passes.
     */
    static void translate(float[] src, int w, int h, double sx, double sy, BorderMode border, float[] dst, float[] tmp) {
        double[] k = new double[4];
        // horizontal pass
        double fx = Math.floor(-sx);
        int ox = (int) fx;
        weights(-sx - fx, k);
        float k0 = (float) k[0];
        float k1 = (float) k[1];
        float k2 = (float) k[2];
        float k3 = (float) k[3];
        float outside = border == BorderMode.NAN ? Float.NaN : 0f;
        for (int y = 0; y < h; y++) {
            int row = y * w;
            for (int x = 0; x < w; x++) {
                int i = x + ox;
                double p = x - sx;
                float v;
                if (i >= 1 && i + 2 < w) {
                    v = k0 * src[row + i - 1] + k1 * src[row + i] + k2 * src[row + i + 1] + k3 * src[row + i + 2];
                } else if (border != BorderMode.COPY && (p < -1e-6 || p > w - 1 + 1e-6)) {
                    v = outside;
                } else {
                    v = k0 * src[row + clamp(i - 1, w)] + k1 * src[row + clamp(i, w)] + k2 * src[row + clamp(i + 1, w)]
                            + k3 * src[row + clamp(i + 2, w)];
                }
                tmp[row + x] = v;
            }
        }
        // vertical pass
        double fy = Math.floor(-sy);
        int oy = (int) fy;
        weights(-sy - fy, k);
        k0 = (float) k[0];
        k1 = (float) k[1];
        k2 = (float) k[2];
        k3 = (float) k[3];
        for (int y = 0; y < h; y++) {
            int j = y + oy;
            double q = y - sy;
            int row = y * w;
            if (border != BorderMode.COPY && (q < -1e-6 || q > h - 1 + 1e-6)) {
                java.util.Arrays.fill(dst, row, row + w, outside);
                continue;
            }
            int r0 = clamp(j - 1, h) * w;
            int r1 = clamp(j, h) * w;
            int r2 = clamp(j + 1, h) * w;
            int r3 = clamp(j + 2, h) * w;
            for (int x = 0; x < w; x++) {
                dst[row + x] = k0 * tmp[r0 + x] + k1 * tmp[r1 + x] + k2 * tmp[r2 + x] + k3 * tmp[r3 + x];
            }
        }
    }

    /**
     * Warps {@code src} by a smooth shift field: the pixel at (x, y) takes the input at
     * (x - fieldX, y - fieldY) with the field evaluated at (x, y).
     */
    static void warp(float[] src, int w, int h, ShiftField field, BorderMode border, float[] dst) {
        float[] sx = new float[w];
        float[] sy = new float[w];
        float outside = border == BorderMode.NAN ? Float.NaN : 0f;
        for (int y = 0; y < h; y++) {
            field.row(y, sx, sy);
            int row = y * w;
            for (int x = 0; x < w; x++) {
                float p = x - sx[x];
                float q = y - sy[x];
                if (border != BorderMode.COPY && (p < -1e-4f || p > w - 1 + 1e-4f || q < -1e-4f || q > h - 1 + 1e-4f)) {
                    dst[row + x] = outside;
                    continue;
                }
                int i = (int) Math.floor(p);
                int j = (int) Math.floor(q);
                float t = p - i;
                float t2 = t * t;
                float t3 = t2 * t;
                float x0 = -0.5f * t3 + t2 - 0.5f * t;
                float x1 = 1.5f * t3 - 2.5f * t2 + 1;
                float x2 = -1.5f * t3 + 2 * t2 + 0.5f * t;
                float x3 = 0.5f * t3 - 0.5f * t2;
                float u = q - j;
                float u2 = u * u;
                float u3 = u2 * u;
                float y0 = -0.5f * u3 + u2 - 0.5f * u;
                float y1 = 1.5f * u3 - 2.5f * u2 + 1;
                float y2 = -1.5f * u3 + 2 * u2 + 0.5f * u;
                float y3 = 0.5f * u3 - 0.5f * u2;
                float v;
                if (i >= 1 && i + 2 < w && j >= 1 && j + 2 < h) {
                    int b0 = (j - 1) * w + i - 1;
                    int b1 = b0 + w;
                    int b2 = b1 + w;
                    int b3 = b2 + w;
                    v = y0 * (x0 * src[b0] + x1 * src[b0 + 1] + x2 * src[b0 + 2] + x3 * src[b0 + 3])
                            + y1 * (x0 * src[b1] + x1 * src[b1 + 1] + x2 * src[b1 + 2] + x3 * src[b1 + 3])
                            + y2 * (x0 * src[b2] + x1 * src[b2 + 1] + x2 * src[b2 + 2] + x3 * src[b2 + 3])
                            + y3 * (x0 * src[b3] + x1 * src[b3 + 1] + x2 * src[b3 + 2] + x3 * src[b3 + 3]);
                } else {
                    float[] ky = {y0, y1, y2, y3};
                    v = 0;
                    for (int b = 0; b < 4; b++) {
                        int r = clamp(j - 1 + b, h) * w;
                        v += ky[b] * (x0 * src[r + clamp(i - 1, w)] + x1 * src[r + clamp(i, w)] + x2 * src[r + clamp(i + 1, w)]
                                + x3 * src[r + clamp(i + 2, w)]);
                    }
                }
                dst[row + x] = v;
            }
        }
    }

    private static int clamp(int i, int n) {
        return i < 0 ? 0 : (i >= n ? n - 1 : i);
    }
}
