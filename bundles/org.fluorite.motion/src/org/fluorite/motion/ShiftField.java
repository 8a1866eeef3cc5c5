package org.fluorite.motion;

/**
 * A smooth shift field over a frame from the shifts of a grid of patches. Patch shifts are first
 * interpolated with Catmull-Rom cubics onto a grid {@code upsample} times denser than the patch
 * grid (CaImAn's {@code upsample_factor_grid}), in the index space of the patch centres; each pixel
 * then takes the bilinear interpolation of that dense grid. Outside the outermost patch centres the
 * field continues flat.
 */
final class ShiftField {

    private final int width;
    private final int denseX;
    private final int denseY;
    private final float[] denseSx;
    private final float[] denseSy;
    /** Dense-grid coordinate of every pixel column / row. */
    private final float[] columnPos;
    private final float[] rowPos;

    /**
     * @param sx applied x shifts (px), {@code rows x columns} of patches, row-major
     * @param sy applied y shifts (px), same layout
     */
    ShiftField(PatchGrid columns, PatchGrid rows, double[] sx, double[] sy, int upsample, int width, int height) {
        this.width = width;
        int nx = columns.count();
        int ny = rows.count();
        this.denseX = (nx - 1) * upsample + 1;
        this.denseY = (ny - 1) * upsample + 1;
        this.denseSx = dense(sx, nx, ny, upsample);
        this.denseSy = dense(sy, nx, ny, upsample);
        this.columnPos = positions(columns, width, upsample);
        this.rowPos = positions(rows, height, upsample);
    }

    private float[] dense(double[] coarse, int nx, int ny, int u) {
        double[] alongX = new double[ny * denseX];
        for (int r = 0; r < ny; r++) {
            for (int k = 0; k < denseX; k++) {
                alongX[r * denseX + k] = cubic(coarse, r * nx, 1, nx, k / (double) u);
            }
        }
        float[] out = new float[denseY * denseX];
        for (int k = 0; k < denseX; k++) {
            for (int m = 0; m < denseY; m++) {
                out[m * denseX + k] = (float) cubic(alongX, k, denseX, ny, m / (double) u);
            }
        }
        return out;
    }

    /** Catmull-Rom interpolation of {@code n} samples at {@code offset + i*stride}, at position t. */
    private static double cubic(double[] v, int offset, int stride, int n, double t) {
        if (n == 1) {
            return v[offset];
        }
        int i = Math.min((int) Math.floor(t), n - 2);
        double f = t - i;
        double[] w = new double[4];
        Warp.weights(f, w);
        double s = 0;
        for (int k = 0; k < 4; k++) {
            s += w[k] * sample(v, offset, stride, n, i - 1 + k);
        }
        return s;
    }

    /** Sample {@code idx}, continued linearly beyond the ends so that linear fields stay linear. */
    private static double sample(double[] v, int offset, int stride, int n, int idx) {
        if (idx < 0) {
            return 2 * v[offset] - v[offset + stride];
        }
        if (idx >= n) {
            return 2 * v[offset + (n - 1) * stride] - v[offset + (n - 2) * stride];
        }
        return v[offset + idx * stride];
    }

    private static float[] positions(PatchGrid grid, int length, int u) {
        float[] pos = new float[length];
        int n = grid.count();
        for (int x = 0; x < length; x++) {
            double c;
            if (n == 1 || x <= grid.centre(0)) {
                c = 0;
            } else if (x >= grid.centre(n - 1)) {
                c = n - 1;
            } else {
                int i = 0;
                while (i + 1 < n - 1 && x > grid.centre(i + 1)) {
                    i++;
                }
                c = i + (x - grid.centre(i)) / (grid.centre(i + 1) - grid.centre(i));
            }
            pos[x] = (float) (c * u);
        }
        return pos;
    }

    /** The applied shifts of every pixel of row {@code y}. */
    void row(int y, float[] sx, float[] sy) {
        float py = rowPos[y];
        int m = Math.min((int) py, denseY - 1);
        int m1 = Math.min(m + 1, denseY - 1);
        float fy = py - m;
        for (int x = 0; x < width; x++) {
            float px = columnPos[x];
            int k = Math.min((int) px, denseX - 1);
            int k1 = Math.min(k + 1, denseX - 1);
            float fx = px - k;
            sx[x] = bilinear(denseSx, m, m1, k, k1, fx, fy);
            sy[x] = bilinear(denseSy, m, m1, k, k1, fx, fy);
        }
    }

    private float bilinear(float[] g, int m, int m1, int k, int k1, float fx, float fy) {
        float a = g[m * denseX + k] * (1 - fx) + g[m * denseX + k1] * fx;
        float b = g[m1 * denseX + k] * (1 - fx) + g[m1 * denseX + k1] * fx;
        return a * (1 - fy) + b * fy;
    }
}
