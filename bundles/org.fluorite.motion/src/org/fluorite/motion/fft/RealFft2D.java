package org.fluorite.motion.fft;

import java.util.Arrays;

/**
 * A reusable plan for the 2-D Fourier transform of a real {@code height x width} float image
 * (row-major). The spectrum keeps only the non-negative horizontal frequencies: {@code height}
 * rows of {@link #spectrumWidth()} = {@code width/2 + 1} complex values, held in separate real
 * and imaginary arrays, row-major. The other half follows from Hermitian symmetry.
 *
 * <p>Rows are transformed two at a time (one as the real part, one as the imaginary part of a
 * single complex transform), then every spectrum column. The plan is immutable and shared; each
 * thread uses its own {@link Workspace}.
 */
public final class RealFft2D {

    private final int width;
    private final int height;
    private final int spectrumWidth;
    private final ComplexFft rows;
    private final ComplexFft columns;

    public RealFft2D(int width, int height) {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("FFT size must be positive, got " + width + "x" + height);
        }
        this.width = width;
        this.height = height;
        this.spectrumWidth = width / 2 + 1;
        this.rows = new ComplexFft(width);
        this.columns = height == width ? rows : new ComplexFft(height);
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** Complex values per spectrum row: {@code width/2 + 1}. */
    public int spectrumWidth() {
        return spectrumWidth;
    }

    /** Number of complex values in a spectrum. */
    public int spectrumSize() {
        return spectrumWidth * height;
    }

    public Workspace newWorkspace() {
        return new Workspace(this);
    }

    /**
     * Forward transform of {@code image} (row-major, {@code width*height} values, not modified) into
     * {@code re}, {@code im} ({@link #spectrumSize()} values each).
     */
    public void forward(float[] image, float[] re, float[] im, Workspace ws) {
        float[] zr = ws.rowRe;
        float[] zi = ws.rowIm;
        int w = width;
        for (int r = 0; r < height; r += 2) {
            boolean pair = r + 1 < height;
            System.arraycopy(image, r * w, zr, 0, w);
            if (pair) {
                System.arraycopy(image, (r + 1) * w, zi, 0, w);
            } else {
                Arrays.fill(zi, 0, w, 0f);
            }
            rows.forward(zr, zi, ws.rowWork);
            int o1 = r * spectrumWidth;
            int o2 = o1 + spectrumWidth;
            for (int k = 0; k < spectrumWidth; k++) {
                int nk = k == 0 ? 0 : w - k;
                float ar = zr[k];
                float ai = zi[k];
                float br = zr[nk];
                float bi = zi[nk];
                re[o1 + k] = 0.5f * (ar + br);
                im[o1 + k] = 0.5f * (ai - bi);
                if (pair) {
                    re[o2 + k] = 0.5f * (ai + bi);
                    im[o2 + k] = -0.5f * (ar - br);
                }
            }
        }
        transformColumns(re, im, false, ws);
    }

    /**
     * Inverse transform of the spectrum {@code re}, {@code im} (overwritten) into the real image
     * {@code out}, scaled by {@code 1/(width*height)} so that forward then inverse is the identity.
     *
     * @param wantedRows when not null, only the rows {@code r} with {@code wantedRows[r]} are
     *                   written (the others are left as they were), which saves time when only part
     *                   of the result is looked at
     */
    public void inverse(float[] re, float[] im, float[] out, boolean[] wantedRows, Workspace ws) {
        transformColumns(re, im, true, ws);
        float[] zr = ws.rowRe;
        float[] zi = ws.rowIm;
        int w = width;
        float scale = 1f / ((float) width * height);
        int r = 0;
        while (r < height) {
            if (wantedRows != null && !wantedRows[r]) {
                r++;
                continue;
            }
            int r2 = -1;
            for (int c = r + 1; c < height; c++) {
                if (wantedRows == null || wantedRows[c]) {
                    r2 = c;
                    break;
                }
            }
            int o1 = r * spectrumWidth;
            int o2 = r2 < 0 ? -1 : r2 * spectrumWidth;
            for (int k = 0; k < spectrumWidth; k++) {
                float xr = re[o1 + k];
                float xi = im[o1 + k];
                float yr = o2 < 0 ? 0f : re[o2 + k];
                float yi = o2 < 0 ? 0f : im[o2 + k];
                zr[k] = xr - yi;
                zi[k] = xi + yr;
                if (k > 0 && w - k >= spectrumWidth) {
                    // conj(X) + i conj(Y) at the mirrored frequency
                    zr[w - k] = xr + yi;
                    zi[w - k] = yr - xi;
                }
            }
            rows.inverse(zr, zi, ws.rowWork);
            int p1 = r * w;
            for (int x = 0; x < w; x++) {
                out[p1 + x] = zr[x] * scale;
            }
            if (r2 >= 0) {
                int p2 = r2 * w;
                for (int x = 0; x < w; x++) {
                    out[p2 + x] = zi[x] * scale;
                }
                r = r2 + 1;
            } else {
                r = height;
            }
        }
    }

    private void transformColumns(float[] re, float[] im, boolean inverse, Workspace ws) {
        if (height == 1) {
            return;
        }
        int sw = spectrumWidth;
        if (columns.isPowerOfTwo()) {
            columns.transformStrided(re, im, sw, inverse, ws.rowScratch);
            return;
        }
        float[] cr = ws.colRe;
        float[] ci = ws.colIm;
        for (int c = 0; c < sw; c++) {
            for (int y = 0, p = c; y < height; y++, p += sw) {
                cr[y] = re[p];
                ci[y] = im[p];
            }
            if (inverse) {
                columns.inverse(cr, ci, ws.colWork);
            } else {
                columns.forward(cr, ci, ws.colWork);
            }
            for (int y = 0, p = c; y < height; y++, p += sw) {
                re[p] = cr[y];
                im[p] = ci[y];
            }
        }
    }

    /** Scratch arrays of one thread for this plan; not thread-safe. */
    public static final class Workspace {
        final float[] rowRe;
        final float[] rowIm;
        final float[] colRe;
        final float[] colIm;
        final ComplexFft.Workspace rowWork;
        final ComplexFft.Workspace colWork;
        final float[] rowScratch;

        Workspace(RealFft2D plan) {
            rowRe = new float[plan.width];
            rowIm = new float[plan.width];
            colRe = new float[plan.height];
            colIm = new float[plan.height];
            rowWork = plan.rows.newWorkspace();
            colWork = plan.columns.newWorkspace();
            rowScratch = new float[plan.spectrumWidth];
        }
    }
}
