package org.fluorite.motion.fft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The FFT plans against a naive double-precision DFT, for powers of two and other lengths. */
class FftTest {

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 5, 7, 8, 12, 17, 64, 97, 100, 128, 243, 294, 512, 1000})
    void complexTransformMatchesNaiveDft(int n) {
        Random r = new Random(n);
        float[] re = new float[n];
        float[] im = new float[n];
        for (int i = 0; i < n; i++) {
            re[i] = (float) r.nextGaussian();
            im[i] = (float) r.nextGaussian();
        }
        double[][] expected = naive(re, im, -1);
        ComplexFft plan = new ComplexFft(n);
        ComplexFft.Workspace ws = plan.newWorkspace();
        float[] fr = re.clone();
        float[] fi = im.clone();
        plan.forward(fr, fi, ws);
        double scale = Math.sqrt(n);
        for (int k = 0; k < n; k++) {
            // float arithmetic: errors grow like sqrt(n) log n times the float epsilon
            assertEquals(expected[0][k], fr[k], 1e-4 * scale, "re[" + k + "] of length " + n);
            assertEquals(expected[1][k], fi[k], 1e-4 * scale, "im[" + k + "] of length " + n);
        }
        plan.inverse(fr, fi, ws);
        for (int k = 0; k < n; k++) {
            assertEquals(re[k], fr[k] / n, 1e-4, "round trip re[" + k + "]");
            assertEquals(im[k], fi[k] / n, 1e-4, "round trip im[" + k + "]");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"1x1", "8x8", "16x4", "5x7", "12x9", "33x20", "64x48", "100x75", "128x128"})
    void realTransform2DMatchesNaiveDft(String size) {
        int w = Integer.parseInt(size.split("x")[0]);
        int h = Integer.parseInt(size.split("x")[1]);
        Random r = new Random(w * 31L + h);
        float[] image = new float[w * h];
        for (int i = 0; i < image.length; i++) {
            image[i] = (float) r.nextGaussian();
        }
        RealFft2D plan = new RealFft2D(w, h);
        RealFft2D.Workspace ws = plan.newWorkspace();
        float[] re = new float[plan.spectrumSize()];
        float[] im = new float[plan.spectrumSize()];
        plan.forward(image, re, im, ws);
        int sw = plan.spectrumWidth();
        assertEquals(w / 2 + 1, sw);
        double tol = 1e-4 * Math.sqrt(w * h) * 4;
        for (int ky = 0; ky < h; ky++) {
            for (int kx = 0; kx < sw; kx++) {
                double sr = 0;
                double si = 0;
                for (int y = 0; y < h; y++) {
                    for (int x = 0; x < w; x++) {
                        double a = -2 * Math.PI * ((double) kx * x / w + (double) ky * y / h);
                        sr += image[y * w + x] * Math.cos(a);
                        si += image[y * w + x] * Math.sin(a);
                    }
                }
                assertEquals(sr, re[ky * sw + kx], tol, "re at " + kx + "," + ky + " of " + size);
                assertEquals(si, im[ky * sw + kx], tol, "im at " + kx + "," + ky + " of " + size);
            }
        }
        float[] back = new float[w * h];
        plan.inverse(re, im, back, null, ws);
        double maxError = 0;
        for (int i = 0; i < back.length; i++) {
            maxError = Math.max(maxError, Math.abs(back[i] - image[i]));
        }
        assertTrue(maxError < 1e-4, "inverse(forward(x)) differs from x by " + maxError + " for " + size);
    }

    @ParameterizedTest
    @ValueSource(ints = {4, 7})
    void inverseWritesOnlyTheWantedRows(int h) {
        int w = 6;
        float[] image = new float[w * h];
        for (int i = 0; i < image.length; i++) {
            image[i] = i % 5 - 2;
        }
        RealFft2D plan = new RealFft2D(w, h);
        RealFft2D.Workspace ws = plan.newWorkspace();
        float[] re = new float[plan.spectrumSize()];
        float[] im = new float[plan.spectrumSize()];
        plan.forward(image, re, im, ws);
        boolean[] wanted = new boolean[h];
        wanted[1] = true;
        wanted[h - 1] = true;
        float[] out = new float[w * h];
        java.util.Arrays.fill(out, 99f);
        plan.inverse(re, im, out, wanted, ws);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                float expected = wanted[y] ? image[y * w + x] : 99f;
                assertEquals(expected, out[y * w + x], 1e-4, "row " + y + " column " + x);
            }
        }
    }

    private static double[][] naive(float[] re, float[] im, int sign) {
        int n = re.length;
        double[][] out = new double[2][n];
        for (int k = 0; k < n; k++) {
            double sr = 0;
            double si = 0;
            for (int j = 0; j < n; j++) {
                double a = sign * 2 * Math.PI * ((long) j * k % n) / n;
                sr += re[j] * Math.cos(a) - im[j] * Math.sin(a);
                si += re[j] * Math.sin(a) + im[j] * Math.cos(a);
            }
            out[0][k] = sr;
            out[1][k] = si;
        }
        return out;
    }
}
