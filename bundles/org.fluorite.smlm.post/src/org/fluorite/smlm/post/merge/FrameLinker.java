package org.fluorite.smlm.post.merge;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Links localizations of the same emitter over frames: a localization joins the track whose last
 * position is nearest, within {@code radiusNm}, when that track was last seen at most
 * {@code gapFrames + 1} frames before (so {@code gapFrames} dark frames are bridged). Each track
 * takes at most one localization per frame; the closest pairs are linked first. Used for merging
 * repeated localizations of one blink and for following fiducials.
 *
 * <p>Cost: one spatial hash of the live tracks per frame, so about linear in the row count.
 */
public final class FrameLinker {

    private FrameLinker() {
    }

    /**
     * Track number of every row, 0, 1, ... in the order tracks start (rows sorted by frame).
     * Rows whose frame is {@link Integer#MIN_VALUE} (unknown) or whose position is not finite each
     * get a track of their own.
     *
     * @param frame     frame number per row
     * @param x         x per row, nm
     * @param y         y per row, nm
     * @param radiusNm  largest distance between a track's last position and a new localization, nm
     * @param gapFrames dark frames a track may have and still be continued (0 = consecutive only)
     */
    public static int[] link(int[] frame, double[] x, double[] y, double radiusNm, int gapFrames) {
        int n = frame.length;
        if (x.length != n || y.length != n) {
            throw new IllegalArgumentException("frame, x and y need the same length");
        }
        if (!(radiusNm > 0) || gapFrames < 0) {
            throw new IllegalArgumentException("The link radius must be positive and the gap at least 0");
        }
        Integer[] boxed = new Integer[n];
        for (int i = 0; i < n; i++) {
            boxed[i] = i;
        }
        Arrays.sort(boxed, (a, b) -> Integer.compare(frame[a], frame[b]));
        int[] track = new int[n];
        Arrays.fill(track, -1);
        // live tracks: last position and last frame, by track id
        List<double[]> lastPos = new ArrayList<>();
        List<Integer> lastFrame = new ArrayList<>();
        List<Integer> live = new ArrayList<>();
        int next = 0;
        int i = 0;
        while (i < n) {
            int f = frame[boxed[i]];
            int j = i;
            while (j < n && frame[boxed[j]] == f) {
                j++;
            }
            if (f == Integer.MIN_VALUE) {
                for (int k = i; k < j; k++) {
                    track[boxed[k]] = next++;
                    lastPos.add(new double[] {Double.NaN, Double.NaN});
                    lastFrame.add(Integer.MIN_VALUE);
                }
                i = j;
                continue;
            }
            // drop tracks that ended too long ago
            List<Integer> still = new ArrayList<>(live.size());
            for (int t : live) {
                if ((long) f - lastFrame.get(t) <= gapFrames + 1L) {
                    still.add(t);
                }
            }
            live = still;
            Map<Long, List<Integer>> grid = new HashMap<>();
            for (int t : live) {
                double[] p = lastPos.get(t);
                grid.computeIfAbsent(cell(p[0], p[1], radiusNm), k -> new ArrayList<>()).add(t);
            }
            List<double[]> pairs = new ArrayList<>(); // {distance, row, track}
            for (int k = i; k < j; k++) {
                int row = boxed[k];
                if (!Double.isFinite(x[row]) || !Double.isFinite(y[row])) {
                    continue;
                }
                long cx = (long) Math.floor(x[row] / radiusNm);
                long cy = (long) Math.floor(y[row] / radiusNm);
                for (long dy = -1; dy <= 1; dy++) {
                    for (long dx = -1; dx <= 1; dx++) {
                        List<Integer> ts = grid.get(key(cx + dx, cy + dy));
                        if (ts == null) {
                            continue;
                        }
                        for (int t : ts) {
                            double[] p = lastPos.get(t);
                            double d = Math.hypot(p[0] - x[row], p[1] - y[row]);
                            if (d <= radiusNm) {
                                pairs.add(new double[] {d, row, t});
                            }
                        }
                    }
                }
            }
            pairs.sort((a, b) -> Double.compare(a[0], b[0]));
            Map<Integer, Boolean> taken = new HashMap<>();
            for (double[] pr : pairs) {
                int row = (int) pr[1];
                int t = (int) pr[2];
                if (track[row] >= 0 || taken.containsKey(t)) {
                    continue;
                }
                track[row] = t;
                taken.put(t, Boolean.TRUE);
                lastPos.set(t, new double[] {x[row], y[row]});
                lastFrame.set(t, f);
            }
            for (int k = i; k < j; k++) {
                int row = boxed[k];
                if (track[row] < 0) {
                    track[row] = next++;
                    lastPos.add(new double[] {x[row], y[row]});
                    lastFrame.add(f);
                    if (Double.isFinite(x[row]) && Double.isFinite(y[row])) {
                        live.add(track[row]);
                    }
                }
            }
            i = j;
        }
        return track;
    }

    private static long cell(double x, double y, double size) {
        return key((long) Math.floor(x / size), (long) Math.floor(y / size));
    }

    private static long key(long cx, long cy) {
        return (cx << 32) ^ (cy & 0xFFFFFFFFL);
    }
}
