package org.fluorite.kymo.tracking;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The tracks of one kymograph channel with the calibration they are measured in. Immutable: the
 * editing operations (remove, split, merge, extend) return new groups.
 */
public record TrackGroup(List<Track> tracks, TrackCalibration calibration) {

    public TrackGroup {
        tracks = List.copyOf(tracks);
    }

    public int size() {
        return tracks.size();
    }

    public Track get(int index) {
        return tracks.get(index);
    }

    /** Without track {@code index}. */
    public TrackGroup remove(int index) {
        List<Track> out = new ArrayList<>(tracks);
        out.remove(check(index));
        return new TrackGroup(out, calibration);
    }

    /**
     * Track {@code index} cut before its first point at or after line {@code atTime}: the part
     * before stays at {@code index}, the rest is appended at the end.
     */
    public TrackGroup split(int index, int atTime) {
        Track t = tracks.get(check(index));
        int cut = 0;
        while (cut < t.size() && t.timeIdx()[cut] < atTime) {
            cut++;
        }
        if (cut == 0 || cut == t.size()) {
            throw new IllegalArgumentException("Line " + atTime + " does not lie inside track " + index + " (lines "
                    + t.firstTime() + ".." + t.lastTime() + ")");
        }
        List<Track> out = new ArrayList<>(tracks);
        out.set(index, t.subTrack(0, cut));
        out.add(t.subTrack(cut, t.size()));
        return new TrackGroup(out, calibration);
    }

    /**
     * Tracks {@code first} and {@code second} joined into one (at the place of the earlier one);
     * points of the later track at or before the earlier one's end are dropped, as when connecting
     * two tracks in pylake's widget.
     */
    public TrackGroup merge(int first, int second) {
        check(first);
        check(second);
        if (first == second) {
            throw new IllegalArgumentException("A track cannot be merged with itself");
        }
        Track a = tracks.get(first);
        Track b = tracks.get(second);
        int keep = first;
        if (b.firstTime() < a.firstTime()) {
            Track swap = a;
            a = b;
            b = swap;
            keep = second;
        }
        int from = 0;
        while (from < b.size() && b.timeIdx()[from] <= a.lastTime()) {
            from++;
        }
        Track tail = b.subTrack(from, b.size());
        int n = a.size() + tail.size();
        int[] t = Arrays.copyOf(a.timeIdx(), n);
        double[] x = Arrays.copyOf(a.coordinateIdx(), n);
        System.arraycopy(tail.timeIdx(), 0, t, a.size(), tail.size());
        System.arraycopy(tail.coordinateIdx(), 0, x, a.size(), tail.size());
        double[] counts = null;
        if (a.photonCounts() != null && tail.photonCounts() != null) {
            counts = Arrays.copyOf(a.photonCounts(), n);
            System.arraycopy(tail.photonCounts(), 0, counts, a.size(), tail.size());
        }
        Track merged = new Track(t, x, counts, a.minimumObservableSeconds());
        List<Track> out = new ArrayList<>(tracks);
        out.set(keep, merged);
        out.remove(keep == first ? second : first);
        return new TrackGroup(out, calibration);
    }

    /** Track {@code index} with a point added at line {@code time}, position {@code coordinate} (pixels). */
    public TrackGroup extend(int index, int time, double coordinate) {
        Track t = tracks.get(check(index));
        int[] ts = t.timeIdx();
        int at = Arrays.binarySearch(ts, time);
        if (at >= 0) {
            throw new IllegalArgumentException("Track " + index + " already has a point at line " + time);
        }
        int insert = -at - 1;
        int[] nt = new int[ts.length + 1];
        double[] nx = new double[ts.length + 1];
        double[] x = t.coordinateIdx();
        System.arraycopy(ts, 0, nt, 0, insert);
        System.arraycopy(x, 0, nx, 0, insert);
        nt[insert] = time;
        nx[insert] = coordinate;
        System.arraycopy(ts, insert, nt, insert + 1, ts.length - insert);
        System.arraycopy(x, insert, nx, insert + 1, ts.length - insert);
        List<Track> out = new ArrayList<>(tracks);
        out.set(index, new Track(nt, nx, null, t.minimumObservableSeconds()));
        return new TrackGroup(out, calibration);
    }

    /** Index of the track passing closest to (line, pixel) within {@code maxDistance} pixels, or -1. */
    public int trackNear(double time, double coordinate, double maxDistance) {
        int best = -1;
        double bestDistance = maxDistance;
        for (int i = 0; i < tracks.size(); i++) {
            double x = tracks.get(i).coordinateAt(time);
            if (!Double.isNaN(x) && Math.abs(x - coordinate) <= bestDistance) {
                bestDistance = Math.abs(x - coordinate);
                best = i;
            }
        }
        return best;
    }

    /** Tracks with at least {@code minimumLength} points, keeping the minimum observable duration it implies. */
    public TrackGroup filtered(int minimumLength) {
        double minimumSeconds = (minimumLength - 1) * calibration.lineTimeSeconds();
        return new TrackGroup(tracks.stream().filter(t -> t.size() >= minimumLength)
                .map(t -> new Track(t.timeIdx(), t.coordinateIdx(), t.photonCounts(), minimumSeconds)).toList(), calibration);
    }

    private int check(int index) {
        if (index < 0 || index >= tracks.size()) {
            throw new IndexOutOfBoundsException("No track " + index + " (there are " + tracks.size() + ")");
        }
        return index;
    }
}
