package org.fluorite.smlm.post;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.IntToDoubleFunction;

import org.fluorite.core.table.Column;
import org.fluorite.core.table.Localizations;
import org.fluorite.core.table.Table;

/**
 * Localization tables with a known truth for the post-processing tests: emitters that blink at
 * random (or fiducials seen in every frame), measured with Gaussian noise of a given precision,
 * on a sample that drifts along a given curve.
 */
public final class SimulatedLocalizations {

    private final List<double[]> rows = new ArrayList<>(); // frame, x, y, photons, sigma, uncertainty
    private final Random random;

    public SimulatedLocalizations(long seed) {
        this.random = new Random(seed);
    }

    public Random random() {
        return random;
    }

    /**
     * Adds {@code sites} emitters uniformly over a square of {@code fieldNm}, each localized in a
     * frame with probability {@code pOn}, frames 1..frames, with precision {@code precisionNm}.
     */
    public SimulatedLocalizations blinkers(int sites, double fieldNm, int frames, double pOn, double precisionNm,
            IntToDoubleFunction driftX, IntToDoubleFunction driftY) {
        double[][] pos = new double[sites][2];
        for (double[] p : pos) {
            p[0] = random.nextDouble() * fieldNm;
            p[1] = random.nextDouble() * fieldNm;
        }
        for (int f = 1; f <= frames; f++) {
            for (double[] p : pos) {
                if (random.nextDouble() < pOn) {
                    add(f, p[0] + driftX.applyAsDouble(f), p[1] + driftY.applyAsDouble(f), 1000, 130, precisionNm);
                }
            }
        }
        return this;
    }

    /** Adds a marker at ({@code x}, {@code y}) localized in every frame with precision {@code precisionNm}. */
    public SimulatedLocalizations fiducial(double x, double y, int frames, double precisionNm, IntToDoubleFunction driftX,
            IntToDoubleFunction driftY) {
        for (int f = 1; f <= frames; f++) {
            add(f, x + driftX.applyAsDouble(f), y + driftY.applyAsDouble(f), 50000, 130, precisionNm);
        }
        return this;
    }

    /** Adds one localization of a true position, with noise of {@code precisionNm}. */
    public void add(int frame, double x, double y, double photons, double sigma, double precisionNm) {
        rows.add(new double[] {frame, x + random.nextGaussian() * precisionNm, y + random.nextGaussian() * precisionNm, photons,
                sigma, precisionNm});
    }

    /** Adds one localization exactly at the position given (no noise). */
    public void addExact(int frame, double x, double y, double photons, double sigma, double uncertainty) {
        rows.add(new double[] {frame, x, y, photons, sigma, uncertainty});
    }

    public Table table(String name) {
        int n = rows.size();
        long[] frame = new long[n];
        double[][] v = new double[5][n];
        for (int i = 0; i < n; i++) {
            double[] r = rows.get(i);
            frame[i] = (long) r[0];
            for (int k = 0; k < 5; k++) {
                v[k][i] = r[k + 1];
            }
        }
        return Table.of(name, Localizations.KIND, List.of(Column.ofLongs(Localizations.FRAME, "", frame),
                Column.ofDoubles(Localizations.X, Localizations.NM, v[0]), Column.ofDoubles(Localizations.Y, Localizations.NM, v[1]),
                Column.ofDoubles(Localizations.PHOTONS, Localizations.PHOTON, v[2]),
                Column.ofDoubles(Localizations.SIGMA, Localizations.NM, v[3]),
                Column.ofDoubles(Localizations.UNCERTAINTY, Localizations.NM, v[4])));
    }
}
