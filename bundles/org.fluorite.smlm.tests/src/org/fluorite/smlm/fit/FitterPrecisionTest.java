package org.fluorite.smlm.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/**
 * The Gaussian fitter on isolated simulated spots: exact on noise-free data, unbiased, and at
 * high signal as precise as the Cramér-Rao bound allows (MLE within 10 %, WLSQ close).
 */
class FitterPrecisionTest {

    private static final int W = 7;
    private static final double SIGMA = 1.3;

    @Test
    void noiseFreeSpotIsFitExactlyByBothMethods() {
        float[] mu = Spots.expected(W, 1500, 3.3, 3.8, SIGMA, 12);
        for (FitMethod m : FitMethod.values()) {
            GaussianFitter f = new GaussianFitter(m, 1, 50);
            f.setWindow(mu, W, null, null, 0, 0, W, W);
            GaussianFit fit = f.fitOne(3.5, 3.5, 1.0);
            assertEquals(ResultCode.OK, fit.code(), m.label());
            assertEquals(3.3, fit.x(), 1e-4, m.label());
            assertEquals(3.8, fit.y(), 1e-4, m.label());
            assertEquals(SIGMA, fit.sigma(), 1e-4, m.label());
            assertEquals(1500, fit.photons(), 0.5, m.label());
            assertEquals(12, fit.background(), 0.01, m.label());
            assertEquals(0, fit.gradX(), 1e-3, m.label());
            assertEquals(1500 / (2 * Math.PI * SIGMA * SIGMA), fit.amplitude(), 0.5, m.label());
            assertTrue(fit.chi2() < 1e-6, "noise-free chi2 " + fit.chi2());
        }
    }

    @Test
    void windowOffsetGivesImagePositionsFromTheTopLeftCorner() {
        // a spot centred in image pixel (12, 20) must be reported at x = 12.5, y = 20.5 pixels
        int fw = 32;
        float[] frame = new float[fw * fw];
        float[] spot = Spots.expected(W, 2000, 3.5, 3.5, SIGMA, 5);
        java.util.Arrays.fill(frame, 5);
        for (int r = 0; r < W; r++) {
            for (int c = 0; c < W; c++) {
                frame[(17 + r) * fw + 9 + c] = spot[r * W + c];
            }
        }
        GaussianFitter f = new GaussianFitter(FitMethod.MLE, 1, 50);
        f.setWindow(frame, fw, null, null, 9, 17, W, W);
        GaussianFit fit = f.fitOne(12.5, 20.5, 1.3);
        assertEquals(12.5, fit.x(), 1e-4);
        assertEquals(20.5, fit.y(), 1e-4);
    }

    record Stats(double biasX, double sdX, double sdPhotons, double meanError, int failed) {
    }

    private static Stats repeat(FitMethod method, int repeats, double n, double b, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        GaussianFitter f = new GaussianFitter(method, 1, 50);
        double sx = 0;
        double sxx = 0;
        double sn = 0;
        double snn = 0;
        double err = 0;
        int ok = 0;
        int failed = 0;
        for (int i = 0; i < repeats; i++) {
            double x0 = 3 + r.nextDouble();
            double y0 = 3 + r.nextDouble();
            float[] d = Spots.poisson(Spots.expected(W, n, x0, y0, SIGMA, b), r);
            f.setWindow(d, W, null, null, 0, 0, W, W);
            GaussianFit fit = f.fitOne(3.5, 3.5, SIGMA);
            if (!fit.isOk()) {
                failed++;
                continue;
            }
            double dx = fit.x() - x0;
            sx += dx;
            sxx += dx * dx;
            sn += fit.photons() - n;
            snn += (fit.photons() - n) * (fit.photons() - n);
            err += fit.xError();
            ok++;
        }
        double mx = sx / ok;
        double mn = sn / ok;
        return new Stats(mx, Math.sqrt(sxx / ok - mx * mx), Math.sqrt(snn / ok - mn * mn), err / ok, failed);
    }

    @Test
    void mlePrecisionIsWithinTenPercentOfTheCramerRaoBoundAtHighSignal() {
        double n = 5000;
        double b = 10;
        // the bound for a spot at the window centre; positions spread over the central pixel change it little
        double crlb = Crlb.lateralPx(n, b, SIGMA, W, 1, 0);
        Stats s = repeat(FitMethod.MLE, 2000, n, b, 11);
        assertEquals(0, s.failed());
        double ratio = s.sdX() / crlb;
        assertTrue(ratio > 0.9 && ratio < 1.1, "MLE sd(x) / CRLB = " + ratio + " (sd " + s.sdX() + " px, bound " + crlb + ")");
        assertTrue(Math.abs(s.biasX()) < 0.01, "bias " + s.biasX() + " px");
        // the reported fit error is the bound at the fitted parameters
        assertEquals(crlb, s.meanError(), 0.05 * crlb);
    }

    @Test
    void wlsqPrecisionIsCloseToTheBound() {
        double n = 5000;
        double b = 10;
        double crlb = Crlb.lateralPx(n, b, SIGMA, W, 1, 0);
        Stats s = repeat(FitMethod.WLSQ, 2000, n, b, 12);
        double ratio = s.sdX() / crlb;
        assertTrue(ratio > 0.9 && ratio < 1.25, "WLSQ sd(x) / CRLB = " + ratio);
        assertTrue(Math.abs(s.biasX()) < 0.01, "bias " + s.biasX() + " px");
    }

    @Test
    void lowSignalStaysUnbiased() {
        Stats s = repeat(FitMethod.MLE, 1000, 300, 5, 13);
        assertTrue(Math.abs(s.biasX()) < 0.02, "bias " + s.biasX() + " px");
        assertTrue(s.failed() < 20, "failed fits: " + s.failed());
        double crlb = Crlb.lateralPx(300, 5, SIGMA, W, 1, 0);
        assertTrue(s.sdX() / crlb < 1.25, "sd " + s.sdX() + " vs bound " + crlb);
    }

    @Test
    void crlbMatchesThePhotonLimitWithoutBackground() {
        // without background and pixelation the bound tends to sigma / sqrt(N); with 1-px pixels to sqrt(s² + 1/12) / sqrt(N)
        double n = 10000;
        double crlb = Crlb.lateralPx(n, 1e-6, 2.0, 21, 1, 0);
        double pixelated = Math.sqrt(4 + 1.0 / 12) / Math.sqrt(n);
        assertEquals(pixelated, crlb, 0.03 * pixelated);
        // EM excess noise doubles the variance
        double em = Crlb.lateralPx(n, 1e-6, 2.0, 21, 2, 0);
        assertEquals(Math.sqrt(2) * crlb, em, 1e-3 * em);
    }

    @Test
    void mortensenUncertaintyFollowsItsFormula() {
        // N = 1000, b = 10, s = 130 nm, a = 100 nm: sa² = 16900 + 833.33 = 17733.33
        double sa2 = 130 * 130 + 100.0 * 100 / 12;
        double expected = Math.sqrt(sa2 / 1000 * (16.0 / 9 + 8 * Math.PI * sa2 * 10 / (1000 * 100.0 * 100)));
        assertEquals(expected, Uncertainty.mortensenNm(1000, 10, 130, 100, 1), 1e-9);
        assertEquals(6.279, expected, 0.001);
        assertEquals(Math.sqrt(2) * expected, Uncertainty.mortensenNm(1000, 10, 130, 100, 2), 1e-9);
        assertTrue(Double.isNaN(Uncertainty.mortensenNm(0, 10, 130, 100, 1)));
    }
}
