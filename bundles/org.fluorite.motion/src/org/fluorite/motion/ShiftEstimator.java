package org.fluorite.motion;

import java.util.Arrays;

import org.fluorite.motion.fft.RealFft2D;

/**
 * Finds the translation between an image and a reference of the same size by cross-correlation:
 * the integer peak of the correlation inside a search window, then sub-pixel refinement by
 * evaluating the correlation at points 1/{@code upsample} px apart within about half a pixel of
 * that peak with a matrix-multiply DFT of the cross-power spectrum (the efficient sub-pixel
 * registration of Guizar-Sicairos, Thurman and Fienup, 2008), so no large padded transform is
 * needed; the points lie on lines along x and y rather than a full grid (see {@link #refine}).
 *
 * <p>The result is the displacement {@code d} of the image's content relative to the reference
 * (image(x) ~ reference(x - d)); moving the image by {@code -d} aligns it. An optional band-pass
 * (difference of Gaussians, sigma {@code gSig} and {@code 1.5 gSig}: a narrow second Gaussian, like the
 * compact mean-subtracted kernel of CaImAn, removes smooth background strongly) is applied in the Fourier
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
    /** The window along x and y, and a buffer for the windowed image. */
    private final double[] windowX;
    private final double[] windowY;
    private final float[] windowed;
    /** Window overlaps at whole-pixel shifts, index shift + length; NaN until first needed. */
    private final double[] overlapXWhole;
    private final double[] overlapYWhole;

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
        this.windowX = new double[plan.width()];
        this.windowY = new double[plan.height()];
        for (int x = 0; x < windowX.length; x++) {
            windowX[x] = taper(x, plan.width());
        }
        for (int y = 0; y < windowY.length; y++) {
            windowY[y] = taper(y, plan.height());
        }
        this.windowed = new float[plan.width() * plan.height()];
        this.overlapXWhole = new double[2 * plan.width() + 1];
        this.overlapYWhole = new double[2 * plan.height() + 1];
        java.util.Arrays.fill(overlapXWhole, Double.NaN);
        java.util.Arrays.fill(overlapYWhole, Double.NaN);
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
                    double band = Math.exp(a) - Math.exp(2.25 * a);
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
        plan.forward(tapered(image), re, im, ws);
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
                float c = (float) (correlation[row + Math.floorMod(dx, w)]
                        / (overlapWhole(overlapYWhole, h, dy) * overlapWhole(overlapXWhole, w, dx)));
                // equal peaks (a featureless frame) resolve to the smallest shift
                if (c > best || (c == best && Math.abs(dy) + Math.abs(dx) < Math.abs(bestY) + Math.abs(bestX))) {
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
     * The image minus its weighted mean, multiplied by a window that falls smoothly to zero over
     * the outer eighth of each side, so that the cut edges of frame and reference do not wrap
     * around into the periodic correlation. Frame and reference are both windowed; the overlap of
     * the two windows at each trial shift is divided out of the correlation ({@link #overlap}),
     * which would otherwise pull every estimate towards zero. Pixels that are not finite count as
     * the mean.
     */
    private float[] tapered(float[] image) {
        int w = plan.width();
        int h = plan.height();
        double[] wx = windowX;
        double[] wy = windowY;
        double sum = 0;
        double weight = 0;
        for (int y = 0; y < h; y++) {
            double rowSum = 0;
            double rowWeight = 0;
            for (int x = 0; x < w; x++) {
                float v = image[y * w + x];
                if (Float.isFinite(v)) {
                    rowSum += wx[x] * v;
                    rowWeight += wx[x];
                }
            }
            sum += wy[y] * rowSum;
            weight += wy[y] * rowWeight;
        }
        float mean = (float) (weight > 0 ? sum / weight : 0);
        float[] out = windowed;
        for (int y = 0; y < h; y++) {
            float ky = (float) wy[y];
            for (int x = 0; x < w; x++) {
                float v = image[y * w + x];
                // missing pixels (NaN, infinity) count as the mean: they carry no position
                out[y * w + x] = Float.isFinite(v) ? (v - mean) * ky * (float) wx[x] : 0f;
            }
        }
        return out;
    }

    /** {@link #overlap} at a whole-pixel shift, remembered. */
    private double overlapWhole(double[] cache, int n, int u) {
        int i = u + n;
        if (i < 0 || i >= cache.length) {
            return overlap(n, u);
        }
        double v = cache[i];
        if (Double.isNaN(v)) {
            v = overlap(n, u);
            cache[i] = v;
        }
        return v;
    }

    /** Overlap of the x windows of frame and reference when they are {@code u} px apart. */
    private double overlapX(double u) {
        return overlap(plan.width(), u);
    }

    private double overlapY(double u) {
        return overlap(plan.height(), u);
    }

    /**
     * sum_x taper(x) taper(x - u) over a length-n axis, the taper continued smoothly to
     * non-integer positions and zero outside [0, n-1]. The correlation of two windowed images
     * carries this factor; dividing it out removes the pull of the windows towards zero shift.
     */
    static double overlap(int n, double u) {
        double edge = Math.max(1, n / 8.0);
        double sum = 0;
        int lo = (int) Math.ceil(Math.max(0, u));
        int hi = (int) Math.floor(Math.min(n - 1, n - 1 + u));
        // both windows are 1 away from their edges: only the edge zones need summing
        int flatFrom = (int) Math.ceil(Math.max(edge, edge + u));
        int flatTo = (int) Math.floor(Math.min(n - 1 - edge, n - 1 - edge + u));
        for (int x = lo; x <= hi; x++) {
            if (x >= flatFrom && x <= flatTo) {
                sum += flatTo - flatFrom + 1;
                x = flatTo;
                continue;
            }
            sum += taper(x, n, edge) * taper(x - u, n, edge);
        }
        return Math.max(sum, 1e-9);
    }

    private static double taper(double pos, int n, double edge) {
        double d = Math.min(pos, n - 1 - pos);
        if (d < 0) {
            return 0;
        }
        return d >= edge ? 1 : 0.5 - 0.5 * Math.cos(Math.PI * d / edge);
    }

    private static double taper(int i, int n) {
        double edge = Math.max(1, n / 8.0);
        double d = Math.min(i, n - 1 - i);
        return d >= edge ? 1 : 0.5 - 0.5 * Math.cos(Math.PI * d / edge);
    }

    /**
     * Peak of the correlation near the integer peak (y0, x0), to 1/upsample px and finer: the
     * correlation is evaluated exactly (as a DFT of the cross-power spectrum) on a line of points
     * 1/upsample px apart across the integer peak's pixel, first along x, then along y through the
     * best x, twice over; a parabola through the best point and its neighbours gives the last
     * fraction of a step. Searching one line at a time costs a fraction of a full 2-D grid, and the
     * peak of a correlation is close enough to separable that two rounds converge.
     */
    private double[] refine(float[] ccRe, float[] ccIm, int y0, int x0, int w, int h, int sw) {
        // the true peak lies within half a pixel of the integer one; one more step feeds the parabola
        int half = (int) Math.ceil(0.5 * upsample) + 1;
        double step = 1.0 / upsample;
        double y = y0;
        double x = x0;
        for (int round = 0; round < 2; round++) {
            x = lineX(ccRe, ccIm, y, x0, half, step, w, h, sw);
            y = lineY(ccRe, ccIm, x, y0, half, step, w, h, sw);
        }
        return new double[] {y, x};
    }

    /** Best x on the line at height y: P[kx] = sum_ky cc exp(2 pi i fy y), then a 1-D DFT over x. */
    private double lineX(float[] ccRe, float[] ccIm, double y, int x0, int half, double step, int w, int h, int sw) {
        double[] pRe = new double[sw];
        double[] pIm = new double[sw];
        for (int ky = 0; ky < h; ky++) {
            double f = ky <= h / 2 ? ky : ky - h;
            double a = 2 * Math.PI * f * y / h;
            float c = (float) Math.cos(a);
            float s = (float) Math.sin(a);
            int o = ky * sw;
            for (int kx = 0; kx < sw; kx++) {
                float re = ccRe[o + kx];
                float im = ccIm[o + kx];
                pRe[kx] += re * c - im * s;
                pIm[kx] += re * s + im * c;
            }
        }
        int n = 2 * half + 1;
        double[] v = new double[n];
        int best = half;
        for (int j = 0; j < n; j++) {
            double x = x0 + (j - half) * step;
            // exp(2 pi i kx x / w) by rotation from kx = 0
            double stepRe = Math.cos(2 * Math.PI * x / w);
            double stepIm = Math.sin(2 * Math.PI * x / w);
            double eRe = 1;
            double eIm = 0;
            double sum = 0;
            for (int kx = 0; kx < sw; kx++) {
                double weight = (kx == 0 || (w % 2 == 0 && kx == w / 2)) ? 1 : 2;
                sum += weight * (pRe[kx] * eRe - pIm[kx] * eIm);
                double t = eRe * stepRe - eIm * stepIm;
                eIm = eRe * stepIm + eIm * stepRe;
                eRe = t;
            }
            v[j] = sum / overlapX(x);
            if (v[j] > v[best]) {
                best = j;
            }
        }
        return x0 + (best - half + peakOffset(v, best)) * step;
    }

    /** Best y on the column at x: Q[ky] = sum_kx weight cc exp(2 pi i kx x / w), then a 1-D DFT over y. */
    private double lineY(float[] ccRe, float[] ccIm, double x, int y0, int half, double step, int w, int h, int sw) {
        float[] kRe = new float[sw];
        float[] kIm = new float[sw];
        for (int kx = 0; kx < sw; kx++) {
            double weight = (kx == 0 || (w % 2 == 0 && kx == w / 2)) ? 1 : 2;
            double a = 2 * Math.PI * kx * x / w;
            kRe[kx] = (float) (weight * Math.cos(a));
            kIm[kx] = (float) (weight * Math.sin(a));
        }
        double[] qRe = new double[h];
        double[] qIm = new double[h];
        for (int ky = 0; ky < h; ky++) {
            int o = ky * sw;
            float sr = 0;
            float si = 0;
            for (int kx = 0; kx < sw; kx++) {
                float re = ccRe[o + kx];
                float im = ccIm[o + kx];
                sr += re * kRe[kx] - im * kIm[kx];
                si += re * kIm[kx] + im * kRe[kx];
            }
            qRe[ky] = sr;
            qIm[ky] = si;
        }
        int n = 2 * half + 1;
        double[] v = new double[n];
        int best = half;
        for (int i = 0; i < n; i++) {
            double y = y0 + (i - half) * step;
            // exp(2 pi i ky y / h) by rotation; frequencies above h/2 are negative: ky - h
            double stepRe = Math.cos(2 * Math.PI * y / h);
            double stepIm = Math.sin(2 * Math.PI * y / h);
            double aliasRe = Math.cos(-2 * Math.PI * y);
            double aliasIm = Math.sin(-2 * Math.PI * y);
            double eRe = 1;
            double eIm = 0;
            double sum = 0;
            for (int ky = 0; ky < h; ky++) {
                if (ky <= h / 2) {
                    sum += qRe[ky] * eRe - qIm[ky] * eIm;
                } else {
                    double fr = eRe * aliasRe - eIm * aliasIm;
                    double fi = eRe * aliasIm + eIm * aliasRe;
                    sum += qRe[ky] * fr - qIm[ky] * fi;
                }
                double t = eRe * stepRe - eIm * stepIm;
                eIm = eRe * stepIm + eIm * stepRe;
                eRe = t;
            }
            v[i] = sum / overlapY(y);
            if (v[i] > v[best]) {
                best = i;
            }
        }
        return y0 + (best - half + peakOffset(v, best)) * step;
    }

    private static double peakOffset(double[] v, int best) {
        return best > 0 && best < v.length - 1 ? vertex(v[best - 1], v[best], v[best + 1]) : 0;
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
