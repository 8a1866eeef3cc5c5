package org.fluorite.kymo.tracking;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.fluorite.kymo.KymoChannel;
import org.fluorite.kymo.Kymograph;
import org.fluorite.kymo.PositionUnit;

/**
 * Greedy kymograph tracking after pylake's {@code track_greedy}: peaks are detected per line (see
 * {@link Peaks}), then, line by line and brightest first, each unassigned peak starts a track that
 * is extended to the best-scoring unassigned peak of each following line inside a cone
 * {@code |x - (x0 + v dt)| < cutoff (sigma + sqrt(2 D dt))}; a track ends after {@code window}
 * lines without a match.
 */
public final class GreedyTracker {

    /**
     * Tracking parameters in the kymograph's units (NaN selects the default).
     *
     * @param trackWidth     expected spot width in position units (default 0.35 µm or its kbp
     *                       equivalent at 0.34 nm per bp, at least 3 pixels); rounded to an odd
     *                       number of pixels
     * @param pixelThreshold lowest filtered peak value (default: the 98th percentile of the image)
     * @param window         lines a particle may vanish and still continue its track (default 8)
     * @param sigma          positional uncertainty in position units (default: half the track width)
     * @param velocity       expected velocity in position units per second (default 0)
     * @param diffusion      expected diffusion constant in position units² per second (default 0)
     * @param sigmaCutoff    width of the acceptance cone in sigmas (default 2)
     * @param filterWidth    Gaussian pre-filter width in pixels (default 0.5)
     */
    public record Settings(double trackWidth, double pixelThreshold, int window, double sigma, double velocity, double diffusion,
            double sigmaCutoff, double filterWidth) {

        public static Settings defaults() {
            return new Settings(Double.NaN, Double.NaN, 8, Double.NaN, 0, 0, 2, 0.5);
        }

        public Settings withTrackWidth(double w) {
            return new Settings(w, pixelThreshold, window, sigma, velocity, diffusion, sigmaCutoff, filterWidth);
        }

        public Settings withThreshold(double t) {
            return new Settings(trackWidth, t, window, sigma, velocity, diffusion, sigmaCutoff, filterWidth);
        }

        public Settings withWindow(int w) {
            return new Settings(trackWidth, pixelThreshold, w, sigma, velocity, diffusion, sigmaCutoff, filterWidth);
        }
    }

    private GreedyTracker() {
    }

    /** Default track width in a unit: 0.35 µm, or the length of 0.35 µm of duplex DNA in kbp. */
    public static double defaultTrackWidth(PositionUnit unit) {
        return unit == PositionUnit.KBP ? 0.35 / 0.34 : 0.35;
    }

    /** Half the window in pixels: ceil(width / pixel size) // 2. */
    public static int halfWidthPixels(double width, double pixelSize) {
        return (int) Math.ceil(width / pixelSize) / 2;
    }

    /**
     * Tracks one colour of a kymograph.
     *
     * @throws IllegalArgumentException for a track width under 3 pixels, a threshold not above
     *                                  zero or the lowest filtered pixel, a negative diffusion
     */
    public static TrackGroup track(Kymograph kymo, KymoChannel colour, Settings settings) {
        double pixelSize = kymo.pixelSize();
        double width = Double.isNaN(settings.trackWidth())
                ? Math.max(defaultTrackWidth(kymo.positionUnit()), 3 * pixelSize) : settings.trackWidth();
        if (width < Math.nextDown(3 * pixelSize)) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT, "track_width must at least be 3 pixels (%.3f [%s])",
                    3 * pixelSize, kymo.positionUnit().label()));
        }
        double[] image = kymo.data(colour);
        double threshold = Double.isNaN(settings.pixelThreshold()) ? percentile(image, 98) : settings.pixelThreshold();
        if (!(threshold > 0)) {
            throw new IllegalArgumentException("pixel_threshold should be larger than zero");
        }
        if (settings.diffusion() < 0) {
            throw new IllegalArgumentException("diffusion should be positive");
        }
        if (settings.window() < 1) {
            throw new IllegalArgumentException("window should be at least 1 line");
        }
        int h = halfWidthPixels(width, pixelSize);
        List<List<Peaks.Peak>> frames = Peaks.find(image, kymo.pixelsPerLine(), kymo.lines(), h, threshold, settings.filterWidth());
        double lineTime = kymo.lineTimeSeconds();
        double velocity = settings.velocity() * lineTime / pixelSize;
        double diffusion = settings.diffusion() / (pixelSize * pixelSize / lineTime);
        double sigma = Double.isNaN(settings.sigma()) ? h : settings.sigma() / pixelSize;
        List<Track> tracks = new ArrayList<>();
        for (double[][] line : link(frames, settings.window(), velocity, sigma, Math.sqrt(2 * diffusion), settings.sigmaCutoff())) {
            int[] t = Arrays.stream(line[0]).mapToInt(x -> (int) x).toArray();
            double[] counts = new double[t.length];
            for (int i = 0; i < t.length; i++) {
                counts[i] = sample(image, kymo.pixelsPerLine(), kymo.lines(), t[i], line[1][i], h);
            }
            tracks.add(new Track(t, line[1], counts, lineTime));
        }
        return new TrackGroup(tracks, TrackCalibration.of(kymo));
    }

    /** Photons summed over {@code 2 h + 1} pixels centred on the pixel holding {@code coordinate}. */
    static double sample(double[] image, int pixels, int lines, int time, double coordinate, int h) {
        return Peaks.windowSum(image, pixels, lines, (int) Math.round(coordinate), time, h);
    }

    private static List<double[][]> link(List<List<Peaks.Peak>> frames, int window, double velocity, double sigma,
            double sigmaDiffusion, double cutoff) {
        List<boolean[]> assigned = new ArrayList<>();
        for (List<Peaks.Peak> f : frames) {
            assigned.add(new boolean[f.size()]);
        }
        List<double[][]> lines = new ArrayList<>();
        for (int fi = 0; fi < frames.size(); fi++) {
            List<Peaks.Peak> frame = frames.get(fi);
            Integer[] order = new Integer[frame.size()];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -frame.get(i).amplitude()));
            for (int start : order) {
                if (assigned.get(fi)[start]) {
                    continue;
                }
                assigned.get(fi)[start] = true;
                List<double[]> points = new ArrayList<>();
                points.add(new double[] {fi, frame.get(start).coordinate()});
                int missing = 0;
                for (int next = fi + 1; next < frames.size() && missing < window; next++) {
                    double[] tip = points.get(points.size() - 1);
                    double dt = next - tip[0];
                    double mu = tip[1] + velocity * dt;
                    double s = sigma + sigmaDiffusion * Math.sqrt(dt);
                    int best = -1;
                    double bestScore = Double.NEGATIVE_INFINITY;
                    List<Peaks.Peak> candidates = frames.get(next);
                    for (int c = 0; c < candidates.size(); c++) {
                        double x = candidates.get(c).coordinate();
                        if (assigned.get(next)[c] || x <= mu - cutoff * s || x >= mu + cutoff * s) {
                            continue;
                        }
                        double score = -((x - mu) / s) * ((x - mu) / s);
                        if (score > bestScore) {
                            bestScore = score;
                            best = c;
                        }
                    }
                    if (best >= 0) {
                        assigned.get(next)[best] = true;
                        points.add(new double[] {next, candidates.get(best).coordinate()});
                        missing = 0;
                    } else {
                        missing++;
                    }
                }
                double[][] line = new double[2][points.size()];
                for (int i = 0; i < points.size(); i++) {
                    line[0][i] = points.get(i)[0];
                    line[1][i] = points.get(i)[1];
                }
                lines.add(line);
            }
        }
        return lines;
    }

    /** Percentile with linear interpolation between order statistics (numpy's default). */
    static double percentile(double[] values, double q) {
        double[] v = values.clone();
        Arrays.sort(v);
        double pos = q / 100 * (v.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(v.length - 1, lo + 1);
        return v[lo] + (pos - lo) * (v[hi] - v[lo]);
    }
}
