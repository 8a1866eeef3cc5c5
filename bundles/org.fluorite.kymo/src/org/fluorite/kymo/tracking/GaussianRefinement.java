package org.fluorite.kymo.tracking;

import java.util.ArrayList;
import java.util.List;

import org.fluorite.kymo.KymoChannel;
import org.fluorite.kymo.Kymograph;

/**
 * Gaussian maximum-likelihood refinement after pylake's {@code refine_tracks_gaussian}: on every
 * line of a track (gaps interpolated), the photon counts of the pixels within {@code window} of the
 * point are fitted with a pixel-integrated Gaussian plus a constant background under Poisson
 * statistics (negative log-likelihood minimised by Nelder-Mead over log amplitude, centre, log
 * sigma and log background). The point moves to the fitted centre; its photon count becomes the
 * fitted amplitude (total photons of the spot).
 */
public final class GaussianRefinement {

    /**
     * One fit.
     *
     * @param amplitude  photons in the spot
     * @param centre     centre in pixels
     * @param sigma      width in pixels
     * @param background photons per pixel
     */
    public record Fit(double amplitude, double centre, double sigma, double background) {
    }

    private GaussianRefinement() {
    }

    /**
     * @param windowPixels  pixels on each side of a point used in the fit
     * @param initialSigma  starting width in the kymograph's position unit (NaN: 1.1 pixels)
     */
    public static TrackGroup refine(TrackGroup tracks, Kymograph kymo, KymoChannel colour, int windowPixels, double initialSigma) {
        if (windowPixels < 1) {
            throw new IllegalArgumentException("The fit window must be at least 1 pixel on each side");
        }
        double sigma0 = Double.isNaN(initialSigma) ? 1.1 : initialSigma / kymo.pixelSize();
        double[] image = kymo.data(colour);
        int pixels = kymo.pixelsPerLine();
        int lines = kymo.lines();
        List<Track> out = new ArrayList<>();
        for (Track t : tracks.tracks()) {
            Track full = t.interpolated();
            int[] time = full.timeIdx();
            double[] x = full.coordinateIdx();
            double[] amplitude = new double[time.length];
            for (int i = 0; i < time.length; i++) {
                if (time[i] < 0 || time[i] >= lines) {
                    throw new IllegalArgumentException("Track point at line " + time[i] + " lies outside the kymograph");
                }
                int c = (int) Math.max(0, Math.min(pixels - 1, Math.round(x[i])));
                int from = Math.max(0, c - windowPixels);
                int to = Math.min(pixels, c + windowPixels + 1);
                double[] counts = new double[to - from];
                for (int q = from; q < to; q++) {
                    counts[q - from] = image[q * lines + time[i]];
                }
                Fit f = fit(counts, from, x[i], sigma0);
                x[i] = f.centre();
                amplitude[i] = f.amplitude();
            }
            out.add(new Track(time, x, amplitude, t.minimumObservableSeconds()));
        }
        return new TrackGroup(out, TrackCalibration.of(kymo));
    }

    /**
     * Fits counts of pixels {@code first .. first + counts.length - 1} (pixel q spans q - 0.5 .. q + 0.5).
     */
    public static Fit fit(double[] counts, int first, double centreGuess, double sigmaGuess) {
        double total = 0;
        double min = Double.POSITIVE_INFINITY;
        for (double v : counts) {
            total += v;
            min = Math.min(min, v);
        }
        double bg0 = Math.max(min, 0.1);
        double amp0 = Math.max(total - bg0 * counts.length, 1);
        double lo = first - 0.5;
        double hi = first + counts.length - 0.5;
        double[] start = {Math.log(amp0), centreGuess, Math.log(sigmaGuess), Math.log(bg0)};
        double[] best = NelderMead.minimise(p -> negativeLogLikelihood(p, counts, first, lo, hi), start,
                new double[] {0.5, 0.5, 0.3, 0.5}, 4000, 1e-12);
        return new Fit(Math.exp(best[0]), best[1], Math.exp(best[2]), Math.exp(best[3]));
    }

    private static double negativeLogLikelihood(double[] p, double[] counts, int first, double lo, double hi) {
        if (p[1] < lo || p[1] > hi || Math.abs(p[0]) > 50 || Math.abs(p[2]) > 10 || Math.abs(p[3]) > 50) {
            return Double.POSITIVE_INFINITY;
        }
        double amp = Math.exp(p[0]);
        double sigma = Math.exp(p[2]);
        double bg = Math.exp(p[3]);
        double nll = 0;
        for (int i = 0; i < counts.length; i++) {
            double q = first + i;
            double lambda = amp * (Erf.cdf((q + 0.5 - p[1]) / sigma) - Erf.cdf((q - 0.5 - p[1]) / sigma)) + bg;
            nll += lambda - counts[i] * Math.log(lambda);
        }
        return nll;
    }
}
