package org.fluorite.smlm.simulate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.fluorite.core.image.Axis;
import org.fluorite.core.image.Calibration;
import org.fluorite.core.image.Image;
import org.fluorite.core.meta.Metadata;
import org.fluorite.core.meta.Operation;
import org.fluorite.core.meta.Provenance;
import org.fluorite.core.settings.SettingsRecords;
import org.fluorite.core.table.Column;
import org.fluorite.core.table.Localizations;
import org.fluorite.core.table.Table;
import org.fluorite.smlm.camera.CameraModel;

/**
 * Simulates single-molecule recordings for tests and for checking settings against ground truth:
 * Gaussian PSFs integrated over each pixel, Poisson photons on a uniform background, EM
 * multiplication as a gamma-distributed gain, read noise, AD offset and quantisation, sCMOS
 * per-pixel dark, variance and flat-field maps, and drift. The positions are drawn up front (small);
 * the pixels of a frame are made when the frame is read, from a random stream of its own, so the
 * same frame reads back identically and a long stack costs no memory.
 */
public final class Simulator {

    private Simulator() {
    }

    /** Simulates {@code settings} through {@code camera}. */
    public static Simulation simulate(SimulationSettings settings, CameraModel camera) {
        int frames = settings.frames();
        long total = (long) settings.emittersPerFrame() * (frames - settings.darkFrames());
        if (total > 50_000_000L) {
            throw new IllegalArgumentException("Simulation of " + total + " emitters is too large (at most 50 million)");
        }
        int[] start = new int[frames + 1];
        double[] x = new double[(int) total];
        double[] y = new double[(int) total];
        double[] n = new double[(int) total];
        SplittableRandom r = new SplittableRandom(settings.seed());
        int k = 0;
        double b = settings.border();
        double sep2 = settings.minSeparation() * settings.minSeparation();
        for (int t = 0; t < frames; t++) {
            start[t] = k;
            if (t < settings.darkFrames()) {
                continue;
            }
            double dx = settings.driftXNm() * t / settings.pixelNm();
            double dy = settings.driftYNm() * t / settings.pixelNm();
            for (int e = 0; e < settings.emittersPerFrame(); e++) {
                double px = 0;
                double py = 0;
                for (int attempt = 0; attempt < 1000; attempt++) {
                    px = b + r.nextDouble() * (settings.width() - 2 * b);
                    py = b + r.nextDouble() * (settings.height() - 2 * b);
                    boolean clear = true;
                    for (int j = start[t]; j < k && clear; j++) {
                        double ddx = x[j] - dx - px;
                        double ddy = y[j] - dy - py;
                        clear = ddx * ddx + ddy * ddy >= sep2;
                    }
                    if (clear) {
                        break;
                    }
                }
                // drifted positions are what the camera sees; they may leave the frame
                x[k] = px + dx;
                y[k] = py + dy;
                n[k] = settings.photons() * (1 + settings.photonSpread() * (2 * r.nextDouble() - 1));
                k++;
            }
        }
        start[frames] = k;
        SimulatedPlanes planes = new SimulatedPlanes(settings, camera, start, x, y, n);
        Image stack = Image.create("simulated", planes, "TYX", frames, settings.height(), settings.width())
                .withCalibration(Axis.X, Calibration.metres(settings.pixelNm() * 1e-9))
                .withCalibration(Axis.Y, Calibration.metres(settings.pixelNm() * 1e-9));
        Map<String, Object> meta = new LinkedHashMap<>(camera.toMetadata());
        meta.put("voxelsize.x", settings.pixelNm() / 1000);
        meta.put("voxelsize.y", settings.pixelNm() / 1000);
        Map<String, Object> params = SettingsRecords.toMap(settings);
        stack = stack.withMetadata(Metadata.of(meta))
                .withProvenance(Provenance.EMPTY.then(Operation.of("smlm.simulate", params)));
        return new Simulation(stack, groundTruth(settings, start, x, y, n), settings, camera, planes);
    }

    private static Table groundTruth(SimulationSettings s, int[] start, double[] x, double[] y, double[] n) {
        int count = x.length;
        long[] frame = new long[count];
        double[] xn = new double[count];
        double[] yn = new double[count];
        double[] sigma = new double[count];
        double[] driftX = new double[count];
        double[] driftY = new double[count];
        double p = s.pixelNm();
        for (int t = 0; t < s.frames(); t++) {
            for (int i = start[t]; i < start[t + 1]; i++) {
                frame[i] = t + 1;
                xn[i] = x[i] * p;
                yn[i] = y[i] * p;
                sigma[i] = s.psfSigma() * p;
                driftX[i] = s.driftXNm() * t;
                driftY[i] = s.driftYNm() * t;
            }
        }
        List<Column> c = new ArrayList<>();
        c.add(Column.ofLongs(Localizations.FRAME, "", frame));
        c.add(Column.ofDoubles(Localizations.X, Localizations.NM, xn));
        c.add(Column.ofDoubles(Localizations.Y, Localizations.NM, yn));
        c.add(Column.ofDoubles(Localizations.PHOTONS, Localizations.PHOTON, n));
        c.add(Column.ofDoubles(Localizations.SIGMA, Localizations.NM, sigma));
        c.add(Column.ofDoubles("drift_x", Localizations.NM, driftX));
        c.add(Column.ofDoubles("drift_y", Localizations.NM, driftY));
        return Table.of("ground truth", Localizations.KIND, c);
    }
}
