package org.fluorite.motion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.fluorite.core.image.ArrayPlaneSource;
import org.fluorite.core.image.Axis;
import org.fluorite.core.image.Image;
import org.fluorite.core.image.PixelType;
import org.fluorite.core.image.Plane;
import org.fluorite.core.meta.Operation;
import org.fluorite.core.progress.ProgressMonitor;
import org.fluorite.io.FormatRegistry;
import org.fluorite.io.ImportOptions;
import org.fluorite.io.tiff.TiffImporter;
import org.fluorite.motion.fft.RealFft2D;
import org.fluorite.testing.TestData;
import org.junit.jupiter.api.Test;

/**
 * Motion correction on real recordings: the ThunderSTORM Tubulins-I frame moved by known
 * sub-pixel amounts with an exact Fourier-domain shift, and FISSA's real two-photon movie.
 */
class RealFrameTest {

    private static Image open(String relative) throws Exception {
        FormatRegistry registry = new FormatRegistry();
        registry.addImporter(new TiffImporter());
        return registry.open(TestData.file(relative), ImportOptions.NONE, ProgressMonitor.NONE).firstImage();
    }

    @Test
    void tubulinFrameShiftedByKnownSubPixelAmountsIsRealigned() throws Exception {
        Image tubulins = open("thunderstorm/tubulins1_00020.tif");
        Plane frame = tubulins.plane();
        assertEquals(256, frame.width());
        assertEquals(256, frame.height());
        double[] minMax = frame.minMax();
        assertEquals(100, minMax[0], "[measured] min");
        assertEquals(1078, minMax[1], "[measured] max");
        double sum = 0;
        for (int i = 0; i < frame.size(); i++) {
            sum += frame.get(i);
        }
        assertEquals(11_696_872, sum, "[measured] sum");
        assertEquals(178.480, sum / frame.size(), 5e-4, "[measured] mean");

        float[] scene = Frames.toFloats(frame, true);
        int frames = 30;
        int margin = 24;
        int size = 256 - 2 * margin;
        double[] dx = new double[frames];
        double[] dy = new double[frames];
        Random r = new Random(20);
        List<Plane> planes = new ArrayList<>();
        for (int t = 0; t < frames; t++) {
            // +-3 px: with +-5 px the template (a median of jittered frames) can sit so far from a
            // frame that the relative shift exceeds max_shifts = 6 and is clamped
            dx[t] = t == 0 ? 0 : -3 + 6 * r.nextDouble();
            dy[t] = t == 0 ? 0 : -3 + 6 * r.nextDouble();
            float[] moved = fourierShift(scene, 256, 256, dx[t], dy[t]);
            Plane p = Plane.allocate(PixelType.FLOAT32, size, size);
            for (int y = 0; y < size; y++) {
                for (int x = 0; x < size; x++) {
                    p.set(y * size + x, moved[(y + margin) * 256 + x + margin]);
                }
            }
            planes.add(p);
        }
        Image movie = Image.create("tubulins shifted", new ArrayPlaneSource(planes), "TYX", frames, size, size);
        try (MotionCorrection mc = MotionCorrection.prepare(movie, MotionCorrectionSettings.DEFAULTS.withNiterRig(2), 2,
                ProgressMonitor.NONE)) {
            mc.estimateAll(ProgressMonitor.NONE);
            double[] e = Accuracy.errors(mc.shifts(), dx, dy);
            double rmse = Accuracy.rmse(e);
            System.out.printf("tubulins, Fourier-shifted: RMSE %.4f px%n", rmse);
            assertTrue(rmse < 0.1, "RMSE " + rmse + " px on the real tubulin frame");
        }
    }

    /** The image moved by (dx, dy) pixels with a phase ramp (content at x goes to x + dx), periodic. */
    static float[] fourierShift(float[] image, int w, int h, double dx, double dy) {
        RealFft2D plan = new RealFft2D(w, h);
        RealFft2D.Workspace ws = plan.newWorkspace();
        float[] re = new float[plan.spectrumSize()];
        float[] im = new float[plan.spectrumSize()];
        plan.forward(image, re, im, ws);
        int sw = plan.spectrumWidth();
        for (int ky = 0; ky < h; ky++) {
            double fy = (ky <= h / 2 ? ky : ky - h) / (double) h;
            for (int kx = 0; kx < sw; kx++) {
                int p = ky * sw + kx;
                if ((h % 2 == 0 && ky == h / 2) || (w % 2 == 0 && kx == w / 2)) {
                    re[p] = 0; // Nyquist terms have no well-defined sub-pixel shift
                    im[p] = 0;
                    continue;
                }
                double a = -2 * Math.PI * (kx / (double) w * dx + fy * dy);
                double c = Math.cos(a);
                double s = Math.sin(a);
                float nr = (float) (re[p] * c - im[p] * s);
                float ni = (float) (re[p] * s + im[p] * c);
                re[p] = nr;
                im[p] = ni;
            }
        }
        float[] out = new float[w * h];
        plan.inverse(re, im, out, null, ws);
        return out;
    }

    @Test
    void fissaTwoPhotonMovieIsCorrectedWithinSmallShifts() throws Exception {
        Image movie = open("fissa/b/images/AVG_A01.tif");
        assertEquals(29, movie.planeCount(), "[src] 29 pages");
        assertEquals(21, movie.height());
        assertEquals(14, movie.width());
        assertEquals(PixelType.UINT16, movie.pixelType());
        double sum = 0;
        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;
        for (long t = 0; t < 29; t++) {
            Plane p = movie.planeAt(t);
            for (int i = 0; i < p.size(); i++) {
                sum += p.get(i);
                min = Math.min(min, p.get(i));
                max = Math.max(max, p.get(i));
            }
        }
        assertEquals(528_940, sum, "[measured] sum");
        assertEquals(36, min, "[measured] min");
        assertEquals(390, max, "[measured] max");

        IllegalArgumentException tooLarge = assertThrows(IllegalArgumentException.class,
                () -> MotionCorrection.prepare(movie, MotionCorrectionSettings.DEFAULTS.withMaxShifts(7, 3), 1,
                        ProgressMonitor.NONE));
        assertTrue(tooLarge.getMessage().contains("max_shifts 7x3 px is too large for frames of 14x21 px"),
                tooLarge.getMessage());

        MotionCorrectionSettings small = MotionCorrectionSettings.DEFAULTS.withMaxShifts(2, 2).withBorder(BorderMode.COPY);
        try (MotionCorrection mc = MotionCorrection.prepare(movie, small, 1, ProgressMonitor.NONE)) {
            Image corrected = mc.corrected(PixelType.FLOAT32);
            assertEquals(29, corrected.length(Axis.T));
            double correctedSum = 0;
            for (long t = 0; t < 29; t++) {
                Plane p = corrected.planeAt(t);
                for (int i = 0; i < p.size(); i++) {
                    assertTrue(Double.isFinite(p.get(i)), "copy borders leave no NaN");
                    correctedSum += p.get(i);
                }
            }
            FrameShifts s = mc.shifts();
            assertEquals(29, s.doneCount());
            for (int t = 0; t < 29; t++) {
                assertTrue(Math.abs(s.x(t)) <= 2 && Math.abs(s.y(t)) <= 2, "max_shifts respected in frame " + t);
            }
            assertTrue(s.borderPixels() <= 2);
            // small shifts of a smooth movie keep its total brightness within a few percent
            assertEquals(sum, correctedSum, 0.05 * sum);
            List<Operation> ops = corrected.provenance().operations();
            assertEquals("motion.rigid", ops.get(ops.size() - 1).name());
            assertTrue(ops.size() >= 2 && ops.get(ops.size() - 2).name().startsWith("import."),
                    "the import step stays in the history: " + ops);
        }
    }
}
