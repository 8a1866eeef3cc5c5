package org.fluorite.kymo.tracking;

import java.util.Arrays;

/**
 * One tracked particle on a kymograph: a (sub)pixel position per kymograph line it was seen in.
 * Immutable; editing returns new tracks.
 *
 * @param timeIdx                  line (time) index of each point, increasing
 * @param coordinateIdx            position of each point in pixels
 * @param photonCounts             photons summed around each point, or null when unknown
 * @param minimumObservableSeconds shortest duration a track could have been observed with (NaN: unknown)
 */
public record Track(int[] timeIdx, double[] coordinateIdx, double[] photonCounts, double minimumObservableSeconds) {

    public Track {
        if (timeIdx.length != coordinateIdx.length || photonCounts != null && photonCounts.length != timeIdx.length) {
            throw new IllegalArgumentException("A track needs as many positions (and counts) as time points");
        }
        for (int i = 1; i < timeIdx.length; i++) {
            if (timeIdx[i] <= timeIdx[i - 1]) {
                throw new IllegalArgumentException("Track time points must increase, found " + timeIdx[i - 1] + " then " + timeIdx[i]);
            }
        }
        timeIdx = timeIdx.clone();
        coordinateIdx = coordinateIdx.clone();
        photonCounts = photonCounts == null ? null : photonCounts.clone();
    }

    public Track(int[] timeIdx, double[] coordinateIdx) {
        this(timeIdx, coordinateIdx, null, Double.NaN);
    }

    @Override
    public int[] timeIdx() {
        return timeIdx.clone();
    }

    @Override
    public double[] coordinateIdx() {
        return coordinateIdx.clone();
    }

    @Override
    public double[] photonCounts() {
        return photonCounts == null ? null : photonCounts.clone();
    }

    public int size() {
        return timeIdx.length;
    }

    public int firstTime() {
        return timeIdx[0];
    }

    public int lastTime() {
        return timeIdx[timeIdx.length - 1];
    }

    /** Times in seconds: line index times line time. */
    public double[] seconds(TrackCalibration c) {
        return Arrays.stream(timeIdx).mapToDouble(t -> t * c.lineTimeSeconds()).toArray();
    }

    /** Positions in the calibration's unit: pixel coordinate times pixel size. */
    public double[] positions(TrackCalibration c) {
        return Arrays.stream(coordinateIdx).map(x -> x * c.pixelSize()).toArray();
    }

    /** Position at line {@code t}, linearly interpolated between points (NaN outside the track). */
    public double coordinateAt(double t) {
        if (t < timeIdx[0] || t > lastTime()) {
            return Double.NaN;
        }
        for (int i = 1; i < timeIdx.length; i++) {
            if (t <= timeIdx[i]) {
                double f = (t - timeIdx[i - 1]) / (timeIdx[i] - timeIdx[i - 1]);
                return coordinateIdx[i - 1] + f * (coordinateIdx[i] - coordinateIdx[i - 1]);
            }
        }
        return coordinateIdx[0];
    }

    /** The track with a point at every line between its first and last, positions interpolated linearly. */
    public Track interpolated() {
        int n = lastTime() - firstTime() + 1;
        int[] t = new int[n];
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = firstTime() + i;
            x[i] = coordinateAt(t[i]);
        }
        return new Track(t, x, null, minimumObservableSeconds);
    }

    /** Points {@code from} (inclusive) to {@code to} (exclusive) as a new track. */
    public Track subTrack(int from, int to) {
        return new Track(Arrays.copyOfRange(timeIdx, from, to), Arrays.copyOfRange(coordinateIdx, from, to),
                photonCounts == null ? null : Arrays.copyOfRange(photonCounts, from, to), minimumObservableSeconds);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Track t && Arrays.equals(timeIdx, t.timeIdx) && Arrays.equals(coordinateIdx, t.coordinateIdx)
                && Arrays.equals(photonCounts, t.photonCounts)
                && Double.compare(minimumObservableSeconds, t.minimumObservableSeconds) == 0;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(timeIdx) * 31 + Arrays.hashCode(coordinateIdx);
    }

    @Override
    public String toString() {
        return "Track(" + size() + " points, lines " + firstTime() + ".." + lastTime() + ")";
    }
}
