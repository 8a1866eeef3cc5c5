package org.fluorite.motion;

import java.util.Arrays;

import org.fluorite.motion.fft.RealFft2D;

/**
 * Finds the translation between an image and a reference of the same size by cross-correlation:
 * the integer peak of the correlation inside a search window, then sub-pixel refinement by
 * evaluating the correlation on a fine grid (1/{@code upsample} px) within about half a pixel of
 * that peak with a matrix-multiply DFT of the cross-power spectrum (the efficient sub-pixel
 * registration of Guizar-Sicairos, Thurman and Fienup, 2008), so no large padded transform is
 * needed.
 *
 * <p>The result is the displacement {@code d} of the image's content relative to the reference
 * (image(x) ~ reference(x - d)); moving the image by {@code -d} aligns it. An optional band-pass
 * (difference of Gaussians, sigma {@code gSig} and {@code 3 gSig}) is applied in the Fourier
 * domain to both image and reference, for estimation only. The mean (zero frequency) is ignored.
 *
 * <p>One estimator per thread: it owns scratch arrays. {@link Reference}s are immutable and shared.
 */
final class ShiftEstimator {

    private final RealFft2D plan;
    private final RealFft2D.Workspace ws;
    private final int upsample;
    private final float[] re;
    private final float[] im;
    private final float[] correlation;
    /** Copy of the cross-power spectrum for the sub-pixel step (the inverse transform overwrites it). */
    private final float[] ccRe;
    private final float[] ccIm;
    private final boolean[] wantedRows;

    ShiftEstimator(RealFft2D plan, int upsample) {
        this.plan = plan;
        this.ws = plan.newWorkspace();
        this.upsample = Math.max(1, upsample);
        this.re = new float[plan.spectrumSize()];
        this.im = new float[plan.spectrumSize()];
        this.correlation = new float[plan.width() * plan.height()];
        this.ccRe = new float[plan.spectrumSize()];
        this.ccIm = new float[plan.spectrumSize()];
        this.wantedRows = new boolean[plan.height()];
    }

    RealFft2D plan() {
        return plan;
    }

    /**
     * The reference spectrum of {@code image} for this estimator's size, band-passed when
     * {@code gSig > 0}. Thread-safe to use from any estimator of the same size afterwards.
     */
    Reference reference(float[] image, double gSig) {
        float[] r = new float[plan.spectrumSize()];
        float[] i = new float[plan.spectrumSize()];
        plan.forward(tapered(image), r, i, ws);
        int sw = plan.spectrumWidth();
        int h = plan.height();
        int w = plan.width();
        for (int ky = 0; ky < h; ky++) {
            double fy = (ky <= h / 2 ? ky : ky - h) / (double) h;
            for (int kx = 0; kx < sw; kx++) {
                double fx = kx / (double) w;
                int p = ky * sw + kx;
                double g = 1;
                if (gSig > 0) {
                    double f2 = fx * fx + fy * fy;
                    double a = -2 * Math.PI * Math.PI * f2 * gSig * gSig;
                    double band = Math.exp(a) - Math.exp(9 * a);
                    g = band * band; // filters the image and the reference
                }
                r[p] = (float) (r[p] * g);
                i[p] = (float) (-i[p] * g); // conjugate
            }
        }
        r[0] = 0;
        i[0] = 0;
        return new Reference(r, i);
    }

    /**
     * Estimates the displacement of {@code image} relative to {@code ref} with both components
     * limited to the windows {@code [minDy, maxDy]} and {@code [minDx, maxDx]} (pixels).
     *
     * @param out receives {dy, dx} in pixels
     */
    void estimate(float[] image, Reference ref, double minDy, double maxDy, double minDx, double maxDx, double[] out) {
        int w = plan.width();
        int h = plan.height();
        int sw = plan.spectrumWidth();
        plan.forward(image, re, im, ws);
        float[] tr = ref.re;
        float[] ti = ref.im;
        for (int p = 0; p < re.length; p++) {
            float a = re[p];
            float b = im[p];
            re[p] = a * tr[p] - b * ti[p];
            im[p] = a * ti[p] + b * tr[p];
        }
        System.arraycopy(re, 0, ccRe, 0, re.length);
        System.arraycopy(im, 0, ccIm, 0, im.length);
        int loY = (int) Math.ceil(minDy);
        int hiY = (int) Math.floor(maxDy);
        int loX = (int) Math.ceil(minDx);
        int hiX = (int) Math.floor(maxDx);
        if (hiY < loY) {
            loY = hiY = (int) Math.round((minDy + maxDy) / 2);
        }
        if (hiX < loX) {
            loX = hiX = (int) Math.round((minDx + maxDx) / 2);
        }
        Arrays.fill(wantedRows, false);
        for (int dy = loY; dy <= hiY; dy++) {
            wantedRows[Math.floorMod(dy, h)] = true;
        }
        plan.inverse(re, im, correlation, wantedRows, ws);
        float best = Float.NEGATIVE_INFINITY;
        int bestY = loY;
        int bestX = loX;
        for (int dy = loY; dy <= hiY; dy++) {
            int row = Math.floorMod(dy, h) * w;
            for (int dx = loX; dx <= hiX; dx++) {
                float c = correlation[row + Math.floorMod(dx, w)];
                if (c > best) {
                    best = c;
                    bestY = dy;
                    bestX = dx;
                }
            }
        }
        double dy = bestY;
        double dx = bestX;
        if (upsample > 1 && best > Float.NEGATIVE_INFINITY) {
            double[] fine = refine(ccRe, ccIm, bestY, bestX, w, h, sw);
            dy = fine[0];
            dx = fine[1];
        }
        out[0] = Math.max(minDy, Math.min(maxDy, dy));
        out[1] = Math.max(minDx, Math.min(maxDx, dx));
    }

    /**
     * The reference minus its weighted mean, multiplied by a window that falls smoothly to zero over
     * the outer eighth of each side. Only the reference is windowed: the window then moves with the
     * reference as the correlation is evaluated at each shift, so it does not pull estimates
     * towards zero, and the frame's cut edges never meet the reference's wrapped ones.
     */
    private float[] tapered(float[] image) {
        int w = plan.width();
        int h = plan.height();
        double[] wx = new double[w];
        double[] wy = new double[h];
        for (int x = 0; x < w; x++) {
            wx[x] = taper(x, w);
        }
        for (int y = 0; y < h; y++) {
            wy[y] = taper(y, h);
        }
        double sum = 0;
        double weight = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double k = wy[y] * wx[x];
                sum += k * image[y * w + x];
                weight += k;
            }
        }
        double mean = weight > 0 ? sum / weight : 0;
        float[] out = new float[image.length];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out[y * w + x] = (float) ((image[y * w + x] - mean) * wy[y] * wx[x]);
            }
        }
        return out;
    }

    private static double taper(int i, int n) {
        double edge = Math.max(1, n / 8.0);
        double d = Math.min(i, n - 1 - i);
        return d >= edge ? 1 : 0.5 - 0.5 * Math.cos(Math.PI * d / edge);
    }

    /** Peak of the correlation on a grid of 1/upsample px within about half a pixel of (y0, x0). */
    private double[] refine(float[] ccRe, float[] ccIm, int y0, int x0, int w, int h, int sw) {
        // the true peak lies within half a pixel of the integer one; one more step feeds the parabola
        int half = (int) Math.ceil(0.5 * upsample) + 1;
        int n = 2 * half + 1;
        double step = 1.0 / upsample;
        // kernel along x: weight (1 or 2 for the folded half spectrum) * exp(2 pi i kx x / w)
        float[] exRe = new float[n * sw];
        float[] exIm = new float[n * sw];
        for (int j = 0; j < n; j++) {
            double x = x0 + (j - half) * step;
            for (int kx = 0; kx < sw; kx++) {
                double weight = (kx == 0 || (w % 2 == 0 && kx == w / 2)) ? 1 : 2;
                double a = 2 * Math.PI * kx * x / w;
                exRe[j * sw + kx] = (float) (weight * Math.cos(a));
                exIm[j * sw + kx] = (float) (weight * Math.sin(a));
            }
        }
        // rows: r[ky][j] = sum_kx cc[ky][kx] ex[j][kx]
        double[] rRe = new double[h * n];
        double[] rIm = new double[h * n];
        for (int ky = 0; ky < h; ky++) {
            int o = ky * sw;
            for (int j = 0; j < n; j++) {
                int e = j * sw;
                float sr = 0;
                float si = 0;
                for (int kx = 0; kx < sw; kx++) {
                    float a = ccRe[o + kx];
                    float b = ccIm[o + kx];
                    float c = exRe[e + kx];
                    float d = exIm[e + kx];
                    sr += a * c - b * d;
                    si += a * d + b * c;
                }
                rRe[ky * n + j] = sr;
                rIm[ky * n + j] = si;
            }
        }
        double[] grid = new double[n * n];
        double[] eyRe = new double[h];
        double[] eyIm = new double[h];
        int bi = half;
        int bj = half;
        for (int i = 0; i < n; i++) {
            double y = y0 + (i - half) * step;
            for (int ky = 0; ky < h; ky++) {
                double f = (ky <= h / 2 ? ky : ky - h);
                double a = 2 * Math.PI * f * y / h;
                eyRe[ky] = Math.cos(a);
                eyIm[ky] = Math.sin(a);
            }
            for (int j = 0; j < n; j++) {
                double s = 0;
                for (int ky = 0; ky < h; ky++) {
                    s += rRe[ky * n + j] * eyRe[ky] - rIm[ky * n + j] * eyIm[ky];
                }
                grid[i * n + j] = s;
                if (s > grid[bi * n + bj]) {
                    bi = i;
                    bj = j;
                }
            }
        }
        // a parabola through the best grid point and its neighbours resolves the last fraction of a step
        double fi = bi;
        double fj = bj;
        if (bi > 0 && bi < n - 1) {
            fi += vertex(grid[(bi - 1) * n + bj], grid[bi * n + bj], grid[(bi + 1) * n + bj]);
        }
        if (bj > 0 && bj < n - 1) {
            fj += vertex(grid[bi * n + bj - 1], grid[bi * n + bj], grid[bi * n + bj + 1]);
        }
        double by = y0 + (fi - half) * step;
        double bx = x0 + (fj - half) * step;
        return new double[] {by, bx};
    }

    /** Offset (in grid steps, within half a step) of the vertex of the parabola through three values. */
    private static double vertex(double left, double centre, double right) {
        double curvature = left - 2 * centre + right;
        if (!(curvature < 0)) {
            return 0;
        }
        double offset = 0.5 * (left - right) / curvature;
        return Math.max(-0.5, Math.min(0.5, offset));
    }

    /** The conjugated, filtered spectrum of a reference image. */
    static final class Reference {
        final float[] re;
        final float[] im;

        Reference(float[] re, float[] im) {
            this.re = re;
            this.im = im;
        }
    }
}
