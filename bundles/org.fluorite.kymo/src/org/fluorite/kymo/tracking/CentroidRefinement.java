package org.fluorite.kymo.tracking;

import java.util.ArrayList;
import java.util.List;

import org.fluorite.kymo.KymoChannel;
import org.fluorite.kymo.Kymograph;

/**
 * Centroid refinement after pylake's {@code refine_tracks_centroid}: every track gets a point on
 * every line between its ends (linear interpolation), then each point moves to the
 * intensity-weighted centroid of {@code 2 h + 1} pixels around it; the photon count becomes the sum
 * over that window.
 */
public final class CentroidRefinement {

    private CentroidRefinement() {
    }

    /**
     * @param trackWidth window width in the kymograph's position unit (NaN: the tracker's default)
     */
    public static TrackGroup refine(TrackGroup tracks, Kymograph kymo, KymoChannel colour, double trackWidth) {
        double width = Double.isNaN(trackWidth)
                ? Math.max(GreedyTracker.defaultTrackWidth(kymo.positionUnit()), 3 * kymo.pixelSize()) : trackWidth;
        int h = Math.max(1, GreedyTracker.halfWidthPixels(width, kymo.pixelSize()));
        double[] image = kymo.data(colour);
        int pixels = kymo.pixelsPerLine();
        int lines = kymo.lines();
        List<Track> out = new ArrayList<>();
        for (Track t : tracks.tracks()) {
            Track full = t.interpolated();
            int[] time = full.timeIdx();
            double[] x = full.coordinateIdx();
            double[] counts = new double[time.length];
            for (int i = 0; i < time.length; i++) {
                if (time[i] < 0 || time[i] >= lines) {
                    throw new IllegalArgumentException("Track point at line " + time[i] + " lies outside the kymograph (" + lines
                            + " lines)");
                }
                int start = (int) Math.max(0, Math.min(pixels - 1, Math.round(x[i])));
                Peaks.Peak p = Peaks.refine(image, pixels, lines, start, time[i], h);
                x[i] = p.coordinate();
                counts[i] = p.amplitude();
            }
            out.add(new Track(time, x, counts, t.minimumObservableSeconds()));
        }
        return new TrackGroup(out, TrackCalibration.of(kymo));
    }
}
