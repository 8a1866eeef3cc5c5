package org.fluorite.flim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.fluorite.testing.TestData;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Compared with scikit-image 0.26's denoise_tv_chambolle on a fixture made by
 * scripts/make_tv_fixture.py (resources/tv), float32 input as there. Measured largest difference:
 * 0 (bit-identical, the same float32 operations in the same order); asserted below 1e-6.
 */
class TvDenoiseTest {

    static final int W = 40;
    static final int H = 48;

    static float[] fixture(String name) throws IOException {
        byte[] bytes = Files.readAllBytes(TestData.fixture("org.fluorite.flim.tests", "tv/" + name));
        float[] f = new float[bytes.length / 4];
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(f);
        return f;
    }

    @ParameterizedTest
    @CsvSource({ "0.1, 2e-4, 200, tv_w0.1_eps0.0002_n200.f32", "0.3, 2e-4, 200, tv_w0.3_eps0.0002_n200.f32",
            "0.05, 1e-5, 500, tv_w0.05_eps1e-05_n500.f32", "0.2, 2e-4, 7, tv_w0.2_eps0.0002_n7.f32" })
    void matchesScikitImage(double weight, double eps, int maxIter, String expectedName) throws IOException {
        float[] noisy = fixture("noisy.f32");
        float[] expected = fixture(expectedName);
        assertEquals(W * H, noisy.length);
        float[] actual = TvDenoise.chambolle(noisy, W, H, weight, eps, maxIter, 1);
        double maxDiff = 0;
        for (int i = 0; i < expected.length; i++) {
            maxDiff = Math.max(maxDiff, Math.abs(expected[i] - actual[i]));
        }
        assertTrue(maxDiff < 1e-4, "largest difference to scikit-image " + maxDiff);
        assertTrue(maxDiff < 1e-6, "largest difference to scikit-image " + maxDiff);
    }

    @Test
    void realRetinaImageMatchesScikitImage() throws Exception {
        try (FLImage retina = FLImage.open(TestData.file("flimage/retina_p10.h5"), H5Mode.READ)) {
            float[] expected = fixture("retina_p10_tv_w5.f32");
            float[] actual = TvDenoise.chambolle(retina.fl(), retina.width(), retina.height(), 5.0, 2e-4, 200, 2);
            assertEquals(168 * 146, actual.length);
            double maxDiff = 0;
            for (int i = 0; i < expected.length; i++) {
                maxDiff = Math.max(maxDiff, Math.abs(expected[i] - actual[i]));
            }
            // intensities up to 238; measured difference 0 (bit-identical)
            assertTrue(maxDiff < 1e-4, "largest difference to scikit-image " + maxDiff);
            assertEquals(24.0203037, mean(actual), 1e-4);
        }
    }

    @Test
    void threadsGiveIdenticalResults() {
        Random random = new Random(5);
        int w = 131, h = 97;
        List<float[]> frames = new ArrayList<>();
        for (int f = 0; f < 5; f++) {
            float[] image = new float[w * h];
            for (int i = 0; i < image.length; i++) {
                image[i] = (float) ((i % w > w / 2 ? 1 : 0) + 0.3 * random.nextGaussian());
            }
            frames.add(image);
        }
        float[] one = TvDenoise.chambolle(frames.get(0), w, h, 0.2, 2e-4, 200, 1);
        float[] many = TvDenoise.chambolle(frames.get(0), w, h, 0.2, 2e-4, 200, 4);
        assertArrayEquals(one, many);
        List<float[]> stack1 = TvDenoise.chambolleStack(frames, w, h, 0.2, 2e-4, 200, 1);
        List<float[]> stack3 = TvDenoise.chambolleStack(frames, w, h, 0.2, 2e-4, 200, 3);
        for (int f = 0; f < frames.size(); f++) {
            assertArrayEquals(stack1.get(f), stack3.get(f), "frame " + f);
        }
        assertArrayEquals(one, stack1.get(0));
        // denoising lowers the noise: the left half's spread falls well below its sigma of 0.3
        assertTrue(spreadOfLeftHalf(one, w, h) < 0.15, "spread " + spreadOfLeftHalf(one, w, h));
        assertTrue(spreadOfLeftHalf(frames.get(0), w, h) > 0.28);
    }

    @Test
    void constantImageIsUnchangedAndMeanIsKept() throws IOException {
        float[] flat = new float[30 * 20];
        java.util.Arrays.fill(flat, 3.25f);
        assertArrayEquals(flat, TvDenoise.chambolle(flat, 30, 20, 0.1, 2e-4, 200, 1));
        // the divergence sums to zero, so the mean is kept
        float[] noisy = fixture("noisy.f32");
        assertEquals(mean(noisy), mean(TvDenoise.chambolle(noisy, W, H, 0.3, 2e-4, 200, 2)), 1e-5);
    }

    @Test
    void refusesBadArguments() {
        float[] image = new float[12];
        assertThrows(IllegalArgumentException.class, () -> TvDenoise.chambolle(image, 5, 3, 0.1, 2e-4, 200));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TvDenoise.chambolle(image, 4, 3, 0, 2e-4, 200));
        assertTrue(e.getMessage().contains("weight"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> TvDenoise.chambolle(image, 4, 3, 0.1, 2e-4, 0));
        assertTrue(e.getMessage().contains("iteration"), e.getMessage());
    }

    private static double mean(float[] f) {
        double s = 0;
        for (float v : f) {
            s += v;
        }
        return s / f.length;
    }

    private static double spreadOfLeftHalf(float[] f, int w, int h) {
        double s = 0, s2 = 0;
        int n = 0;
        for (int y = 2; y < h - 2; y++) {
            for (int x = 2; x < w / 2 - 2; x++) {
                double v = f[y * w + x];
                s += v;
                s2 += v * v;
                n++;
            }
        }
        double m = s / n;
        return Math.sqrt(s2 / n - m * m);
    }
}
