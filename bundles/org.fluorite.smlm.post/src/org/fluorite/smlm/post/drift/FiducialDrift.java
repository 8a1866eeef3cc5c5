package org.fluorite.smlm.post.drift;

import java.util.LinkedHashMap;
import java.util.Map;

import org.fluorite.core.settings.SettingsRecords;
import org.fluorite.core.table.Localizations;
import org.fluorite.core.table.Table;
import org.fluorite.smlm.post.LocalizationData;
import org.fluorite.smlm.post.merge.FrameLinker;

/**
 * Drift from fiducials: localizations are linked over frames ({@link FrameLinker}); tracks seen
 * in at least a fraction of the frames are fiducials. Each fiducial's positions minus its own
 * mean position give its excursion per frame; the excursions of all fiducials seen in a frame
 * are averaged, frames without any are interpolated linearly, the curve is smoothed with a
 * moving mean and shifted so that it starts at zero.
 */
public final class FiducialDrift {

    public static final String OPERATION = "smlm.drift.fiducial";

    /**
     * The estimate and the rows that belong to fiducials.
     *
     * @param fiducialRows true for the localizations of a fiducial
     */
    public record Result(DriftCurve curve, int fiducials, boolean[] fiducialRows) {
    }

    private FiducialDrift() {
    }

    /** Estimates the drift and returns the corrected table (see {@link DriftCurve#apply}). */
    public static Table correct(Table table, FiducialSettings s) {
        Result r = estimate(table, s);
        Map<String, Object> p = new LinkedHashMap<>(SettingsRecords.toMap(s));
        p.put("fiducials", r.fiducials());
        return r.curve().apply(table, OPERATION, p);
    }

    /**
     * @throws IllegalArgumentException when no track qualifies as a fiducial
     */
    public static Result estimate(Table table, FiducialSettings s) {
        LocalizationData.require(table);
        int[] frame = LocalizationData.frames(table);
        double[] x = LocalizationData.values(table, Localizations.X);
        double[] y = LocalizationData.values(table, Localizations.Y);
        int fMin = Integer.MAX_VALUE;
        int fMax = Integer.MIN_VALUE;
        for (int f : frame) {
            if (f != Integer.MIN_VALUE) {
                fMin = Math.min(fMin, f);
                fMax = Math.max(fMax, f);
            }
        }
        if (fMin > fMax) {
            throw new IllegalArgumentException("Table '" + table.name() + "' has no frame numbers");
        }
        long span = (long) fMax - fMin + 1;
        if (span > DriftCurve.MAX_FRAMES) {
            throw new IllegalArgumentException("Table '" + table.name() + "' spans " + span + " frames, too many for a drift curve");
        }
        int[] track = FrameLinker.link(frame, x, y, s.linkRadiusNm(), s.gapFrames());
        int tracks = 0;
        for (int t : track) {
            tracks = Math.max(tracks, t + 1);
        }
        int[] seen = new int[tracks];
        double[] mx = new double[tracks];
        double[] my = new double[tracks];
        for (int i = 0; i < track.length; i++) {
            if (Double.isFinite(x[i]) && Double.isFinite(y[i])) {
                seen[track[i]]++;
                mx[track[i]] += x[i];
                my[track[i]] += y[i];
            }
        }
        double need = s.minFraction() * span;
        boolean[] fiducialTrack = new boolean[tracks];
        int fiducials = 0;
        for (int t = 0; t < tracks; t++) {
            if (seen[t] >= need && seen[t] > 0) {
                fiducialTrack[t] = true;
                fiducials++;
                mx[t] /= seen[t];
                my[t] /= seen[t];
            }
        }
        if (fiducials == 0) {
            throw new IllegalArgumentException("No fiducial in table '" + table.name() + "': no track is seen in "
                    + Math.round(s.minFraction() * 100) + " % of the frames within " + s.linkRadiusNm() + " nm");
        }
        int n = (int) span;
        double[] sx = new double[n];
        double[] sy = new double[n];
        int[] cnt = new int[n];
        boolean[] rows = new boolean[track.length];
        for (int i = 0; i < track.length; i++) {
            int t = track[i];
            if (fiducialTrack[t] && Double.isFinite(x[i]) && Double.isFinite(y[i])) {
                rows[i] = true;
                int f = frame[i] - fMin;
                sx[f] += x[i] - mx[t];
                sy[f] += y[i] - my[t];
                cnt[f]++;
            }
        }
        double[] dx = fill(sx, cnt);
        double[] dy = fill(sy, cnt);
        dx = smooth(dx, s.smoothingFrames());
        dy = smooth(dy, s.smoothingFrames());
        double ox = dx[0];
        double oy = dy[0];
        for (int f = 0; f < n; f++) {
            dx[f] -= ox;
            dy[f] -= oy;
        }
        return new Result(new DriftCurve(fMin, dx, dy), fiducials, rows);
    }

    /** Means where counted; linear interpolation between counted frames, nearest value beyond. */
    private static double[] fill(double[] sum, int[] count) {
        int n = sum.length;
        double[] out = new double[n];
        int prev = -1;
        for (int f = 0; f < n; f++) {
            if (count[f] > 0) {
                out[f] = sum[f] / count[f];
                if (prev < 0) {
                    for (int g = 0; g < f; g++) {
                        out[g] = out[f];
                    }
                } else {
                    for (int g = prev + 1; g < f; g++) {
                        double w = (g - prev) / (double) (f - prev);
                        out[g] = out[prev] * (1 - w) + out[f] * w;
                    }
                }
                prev = f;
            }
        }
        for (int g = prev + 1; g < n; g++) {
            out[g] = out[prev];
        }
        return out;
    }

    private static double[] smooth(double[] v, int window) {
        if (window <= 1) {
            return v;
        }
        int n = v.length;
        double[] prefix = new double[n + 1];
        for (int i = 0; i < n; i++) {
            prefix[i + 1] = prefix[i] + v[i];
        }
        double[] out = new double[n];
        int half = window / 2;
        for (int i = 0; i < n; i++) {
            int a = Math.max(0, i - half);
            int b = Math.min(n, i - half + window);
            out[i] = (prefix[b] - prefix[a]) / (b - a);
        }
        return out;
    }
}
