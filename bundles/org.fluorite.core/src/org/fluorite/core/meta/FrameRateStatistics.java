package org.fluorite.core.meta;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sampling-rate statistics of a recording from the acquisition time of each frame, computed the
 * way the Mesmerize calcium-imaging platform documents them: for every series of timestamps (one
 * series per focal plane of a 3-D movie, or a single series for a 2-D movie) the frame-to-frame
 * rates {@code 1 / (t[i+1] - t[i])} in Hz are pooled, and
 * <ul>
 * <li>{@link #fps()} is their mean (volumes per second for 3-D movies),</li>
 * <li>{@link #fpsStd()} their population standard deviation (divisor n, as numpy's default),</li>
 * <li>{@link #fpsMaxDev()} the largest absolute deviation of one rate from the mean,</li>
 * <li>{@link #fpsRange()} the largest minus the smallest rate (Mesmerize's own code stores this
 * peak-to-peak value under {@code fps_max_dev}; it is kept here too under {@code fps_range}).</li>
 * </ul>
 * A recording is flagged as irregular ({@link #isIrregular()}) when the standard deviation exceeds
 * 0.01 Hz or the maximum deviation exceeds 0.1 Hz, Mesmerize's warning thresholds.
 *
 * @param fps       mean sampling rate in Hz
 * @param fpsStd    standard deviation of the frame-to-frame rates in Hz
 * @param fpsMaxDev largest |rate - mean| in Hz
 * @param fpsRange  largest rate minus smallest rate in Hz
 * @param intervals number of frame-to-frame intervals the statistics are based on
 */
public record FrameRateStatistics(double fps, double fpsStd, double fpsMaxDev, double fpsRange, int intervals) {

    /** Metadata key of the standard deviation of the sampling rate (Hz). */
    public static final String FPS_STD = "fps_std";
    /** Metadata key of the largest deviation from the mean sampling rate (Hz). */
    public static final String FPS_MAX_DEV = "fps_max_dev";
    /** Metadata key of the peak-to-peak range of the sampling rate (Hz). */
    public static final String FPS_RANGE = "fps_range";

    /** Standard deviation above which the rate is considered irregular, in Hz. */
    public static final double STD_LIMIT = 0.01;
    /** Deviation from the mean above which the rate is considered irregular, in Hz. */
    public static final double MAX_DEV_LIMIT = 0.1;

    /**
     * Statistics of a single series of frame timestamps.
     *
     * @param timestampsSeconds acquisition time of each frame in seconds, in frame order
     * @throws IllegalArgumentException when fewer than two timestamps are given or two successive
     *                                  timestamps are not strictly increasing
     */
    public static FrameRateStatistics of(double[] timestampsSeconds) {
        return of(List.of(timestampsSeconds));
    }

    /**
     * Statistics pooled over several series of timestamps, e.g. one per focal plane.
     *
     * @param series timestamps in seconds; each series in frame order
     * @throws IllegalArgumentException when no series has two timestamps or a series does not
     *                                  increase strictly
     */
    public static FrameRateStatistics of(List<double[]> series) {
        List<Double> rates = new ArrayList<>();
        for (double[] t : series) {
            for (int i = 1; i < t.length; i++) {
                double dt = t[i] - t[i - 1];
                if (!(dt > 0) || Double.isInfinite(dt)) {
                    throw new IllegalArgumentException("Timestamps must increase strictly: frame " + i + " at " + t[i]
                            + " s follows " + t[i - 1] + " s");
                }
                rates.add(1.0 / dt);
            }
        }
        if (rates.isEmpty()) {
            throw new IllegalArgumentException("At least two timestamps are needed for a frame rate");
        }
        double sum = 0;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double r : rates) {
            sum += r;
            min = Math.min(min, r);
            max = Math.max(max, r);
        }
        double mean = sum / rates.size();
        double squares = 0;
        double maxDev = 0;
        for (double r : rates) {
            squares += (r - mean) * (r - mean);
            maxDev = Math.max(maxDev, Math.abs(r - mean));
        }
        return new FrameRateStatistics(mean, Math.sqrt(squares / rates.size()), maxDev, max - min, rates.size());
    }

    /** True when {@link #fpsStd()} > 0.01 Hz or {@link #fpsMaxDev()} > 0.1 Hz. */
    public boolean isIrregular() {
        return fpsStd > STD_LIMIT || fpsMaxDev > MAX_DEV_LIMIT;
    }

    /** The statistics as metadata entries: {@code fps}, {@code fps_std}, {@code fps_max_dev}, {@code fps_range}. */
    public Map<String, Object> toMetadata() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(Metadata.FPS, fps);
        m.put(FPS_STD, fpsStd);
        m.put(FPS_MAX_DEV, fpsMaxDev);
        m.put(FPS_RANGE, fpsRange);
        return m;
    }

    /** A sentence for the user describing an irregular sampling rate. */
    public String warningText() {
        return String.format(java.util.Locale.ROOT,
                "The sampling rate is irregular: mean %.5f Hz, standard deviation %.5f Hz, maximum deviation from the mean "
                        + "%.5f Hz (warning shown above %.2f Hz standard deviation or %.1f Hz maximum deviation)",
                fps, fpsStd, fpsMaxDev, STD_LIMIT, MAX_DEV_LIMIT);
    }
}
