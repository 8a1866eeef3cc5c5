package org.fluorite.smlm.post.merge;

import java.util.Arrays;

/**
 * Links localizations of the same emitter over frames: a localization joins the track whose last
 * position is nearest, within {@code radiusNm}, when that track was last seen at most
 * {@code gapFrames + 1} frames before (so {@code gapFrames} dark frames are bridged). Each track
 * takes at most one localization per frame; the closest pairs are linked first. Used for merging
 * repeated localizations of one blink and for following fiducials.
 *
 * <p>Cost: rows are sorted once by frame; each frame hashes its localizations on a grid of the
 * link radius and looks up every live track's 3 x 3 cells, all in primitive arrays, so the time
 * is about linear in the row count.
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
        if (!(radiusNm > 0) || Double.isInfinite(radiusNm) || gapFrames < 0) {
            throw new IllegalArgumentException("The link radius must be positive and finite and the gap at least 0");
        }
        int[] order = byFrame(frame);
        int[] track = new int[n];
        Arrays.fill(track, -1);
        Tracks tracks = new Tracks();
        CellHash hash = new CellHash();
        int[] live = new int[16];
        int liveCount = 0;
        Pairs pairs = new Pairs();
        int next = 0;
        int i = 0;
        while (i < n) {
            int f = frame[order[i]];
            int j = i;
            while (j < n && frame[order[j]] == f) {
                j++;
            }
            if (f == Integer.MIN_VALUE) {
                for (int k = i; k < j; k++) {
                    track[order[k]] = next++;
                    tracks.add(Double.NaN, Double.NaN, f);
                }
                i = j;
                continue;
            }
            // keep the tracks seen recently enough
            int kept = 0;
            for (int k = 0; k < liveCount; k++) {
                int t = live[k];
                if ((long) f - tracks.lastFrame[t] <= gapFrames + 1L) {
                    live[kept++] = t;
                }
            }
            liveCount = kept;
            // hash this frame's localizations, then look up each live track's neighbourhood
            hash.clear();
            for (int k = i; k < j; k++) {
                int row = order[k];
                if (Double.isFinite(x[row]) && Double.isFinite(y[row])) {
                    hash.put(cell(x[row], radiusNm), cell(y[row], radiusNm), row);
                }
            }
            pairs.clear();
            for (int k = 0; k < liveCount; k++) {
                int t = live[k];
                double tx = tracks.x[t];
                double ty = tracks.y[t];
                long cx = cell(tx, radiusNm);
                long cy = cell(ty, radiusNm);
                for (long dy = -1; dy <= 1; dy++) {
                    for (long dx = -1; dx <= 1; dx++) {
                        for (int e = hash.first(cx + dx, cy + dy); e >= 0; e = hash.next(e)) {
                            int row = hash.row(e);
                            double d = Math.hypot(tx - x[row], ty - y[row]);
                            if (d <= radiusNm) {
                                pairs.add(d, row, t);
                            }
                        }
                    }
                }
            }
            int[] sorted = pairs.sortedByDistance();
            for (int p : sorted) {
                int row = pairs.row[p];
                int t = pairs.track[p];
                if (track[row] >= 0 || tracks.lastFrame[t] == f) {
                    continue;
                }
                track[row] = t;
                tracks.x[t] = x[row];
                tracks.y[t] = y[row];
                tracks.lastFrame[t] = f;
            }
            for (int k = i; k < j; k++) {
                int row = order[k];
                if (track[row] < 0) {
                    track[row] = next++;
                    tracks.add(x[row], y[row], f);
                    if (Double.isFinite(x[row]) && Double.isFinite(y[row])) {
                        if (liveCount == live.length) {
                            live = Arrays.copyOf(live, live.length * 2);
                        }
                        live[liveCount++] = track[row];
                    }
                }
            }
            i = j;
        }
        return track;
    }

    /** Row indices ordered by frame (stable), by one sort of packed (frame, row) keys. */
    private static int[] byFrame(int[] frame) {
        long[] keys = new long[frame.length];
        for (int r = 0; r < frame.length; r++) {
            keys[r] = ((long) frame[r] << 32) | r;
        }
        Arrays.sort(keys);
        int[] order = new int[frame.length];
        for (int r = 0; r < order.length; r++) {
            order[r] = (int) keys[r];
        }
        return order;
    }

    private static long cell(double v, double size) {
        return (long) Math.floor(v / size);
    }

    /** Last position and frame of every track, growable. */
    private static final class Tracks {
        double[] x = new double[64];
        double[] y = new double[64];
        int[] lastFrame = new int[64];
        int size;

        void add(double px, double py, int f) {
            if (size == x.length) {
                x = Arrays.copyOf(x, size * 2);
                y = Arrays.copyOf(y, size * 2);
                lastFrame = Arrays.copyOf(lastFrame, size * 2);
            }
            x[size] = px;
            y[size] = py;
            lastFrame[size] = f;
            size++;
        }
    }

    /** Candidate links of one frame. */
    private static final class Pairs {
        float[] dist = new float[64];
        int[] row = new int[64];
        int[] track = new int[64];
        int size;

        void clear() {
            size = 0;
        }

        void add(double d, int r, int t) {
            if (size == dist.length) {
                dist = Arrays.copyOf(dist, size * 2);
                row = Arrays.copyOf(row, size * 2);
                track = Arrays.copyOf(track, size * 2);
            }
            dist[size] = (float) d;
            row[size] = r;
            track[size] = t;
            size++;
        }

        /** Pair indices, closest first (non-negative floats order like their bit patterns). */
        int[] sortedByDistance() {
            long[] keys = new long[size];
            for (int p = 0; p < size; p++) {
                keys[p] = ((long) Float.floatToIntBits(dist[p]) << 32) | p;
            }
            Arrays.sort(keys);
            int[] out = new int[size];
            for (int p = 0; p < size; p++) {
                out[p] = (int) keys[p];
            }
            return out;
        }
    }

    /** Grid cell -> rows, open addressing over a power-of-two table, with chained entries. */
    private static final class CellHash {
        private long[] keys = new long[256];
        private int[] heads = new int[256];
        private boolean[] used = new boolean[256];
        private int[] usedSlots = new int[256];
        private int usedCount;
        private int[] entryRow = new int[256];
        private int[] entryNext = new int[256];
        private int entries;

        void clear() {
            for (int k = 0; k < usedCount; k++) {
                used[usedSlots[k]] = false;
            }
            usedCount = 0;
            entries = 0;
        }

        private static long key(long cx, long cy) {
            return (cx << 32) ^ (cy & 0xFFFFFFFFL);
        }

        private int slot(long key) {
            long h = key * 0x9E3779B97F4A7C15L;
            return (int) (h >>> 40) & (keys.length - 1);
        }

        void put(long cx, long cy, int row) {
            if (2 * (usedCount + 1) > keys.length) {
                grow();
            }
            long key = key(cx, cy);
            int s = slot(key);
            while (used[s] && keys[s] != key) {
                s = (s + 1) & (keys.length - 1);
            }
            if (!used[s]) {
                used[s] = true;
                keys[s] = key;
                heads[s] = -1;
                if (usedCount == usedSlots.length) {
                    usedSlots = Arrays.copyOf(usedSlots, usedCount * 2);
                }
                usedSlots[usedCount++] = s;
            }
            if (entries == entryRow.length) {
                entryRow = Arrays.copyOf(entryRow, entries * 2);
                entryNext = Arrays.copyOf(entryNext, entries * 2);
            }
            entryRow[entries] = row;
            entryNext[entries] = heads[s];
            heads[s] = entries++;
        }

        int first(long cx, long cy) {
            long key = key(cx, cy);
            int s = slot(key);
            while (used[s]) {
                if (keys[s] == key) {
                    return heads[s];
                }
                s = (s + 1) & (keys.length - 1);
            }
            return -1;
        }

        int next(int entry) {
            return entryNext[entry];
        }

        int row(int entry) {
            return entryRow[entry];
        }

        private void grow() {
            long[] oldKeys = keys;
            int[] oldHeads = heads;
            int[] oldSlots = Arrays.copyOf(usedSlots, usedCount);
            int size = keys.length * 2;
            keys = new long[size];
            heads = new int[size];
            used = new boolean[size];
            usedSlots = new int[Math.max(size / 2, 16)];
            int count = usedCount;
            usedCount = 0;
            for (int k = 0; k < count; k++) {
                int old = oldSlots[k];
                int s = slot(oldKeys[old]);
                while (used[s]) {
                    s = (s + 1) & (size - 1);
                }
                used[s] = true;
                keys[s] = oldKeys[old];
                heads[s] = oldHeads[old];
                usedSlots[usedCount++] = s;
            }
        }
    }
}
