package org.fluorite.motion;

import java.util.ArrayList;
import java.util.List;

import org.fluorite.core.table.Column;
import org.fluorite.core.table.Table;

/**
 * The shifts applied to each frame, in pixels: the rigid shift (x, y) and, for piecewise-rigid
 * correction, the shift of every patch. A corrected pixel at (x, y) holds the input at
 * (x - shiftX, y - shiftY). Filled by the worker threads as frames are corrected; each frame is
 * written by one thread and read after the pass has ended.
 */
public final class FrameShifts {

    private final int frames;
    private final PatchGrid columns;
    private final PatchGrid rows;
    private final double[] x;
    private final double[] y;
    private final float[] patchX;
    private final float[] patchY;
    private final boolean[] done;

    FrameShifts(int frames, PatchGrid columns, PatchGrid rows) {
        this.frames = frames;
        this.columns = columns;
        this.rows = rows;
        this.x = new double[frames];
        this.y = new double[frames];
        int patches = columns == null ? 0 : columns.count() * rows.count();
        this.patchX = new float[Math.multiplyExact(frames, patches)];
        this.patchY = new float[Math.multiplyExact(frames, patches)];
        this.done = new boolean[frames];
    }

    synchronized void set(int frame, double sx, double sy, double[] px, double[] py) {
        x[frame] = sx;
        y[frame] = sy;
        int n = patchCount();
        for (int p = 0; p < n; p++) {
            patchX[frame * n + p] = (float) px[p];
            patchY[frame * n + p] = (float) py[p];
        }
        done[frame] = true;
    }

    public int frames() {
        return frames;
    }

    /** Patches per frame: 0 for rigid correction. */
    public int patchCount() {
        return columns == null ? 0 : columns.count() * rows.count();
    }

    public synchronized boolean isDone(int frame) {
        return done[frame];
    }

    /** Frames whose shifts are known. */
    public synchronized int doneCount() {
        int n = 0;
        for (boolean d : done) {
            n += d ? 1 : 0;
        }
        return n;
    }

    /** Rigid x shift applied to {@code frame}, pixels. */
    public synchronized double x(int frame) {
        return x[frame];
    }

    /** Rigid y shift applied to {@code frame}, pixels. */
    public synchronized double y(int frame) {
        return y[frame];
    }

    /** x shift of patch {@code patch} (row-major over the patch grid) in {@code frame}, pixels. */
    public synchronized double patchX(int frame, int patch) {
        return patchX[frame * patchCount() + patch];
    }

    public synchronized double patchY(int frame, int patch) {
        return patchY[frame * patchCount() + patch];
    }

    /** Centre (x, y) of patch {@code patch} in pixels. */
    public double[] patchCentre(int patch) {
        int nx = columns.count();
        return new double[] {columns.centre(patch % nx), rows.centre(patch / nx)};
    }

    /** Column name of the x (or y) shift of a patch: {@code patch_R_C_x}, R and C its grid row and column. */
    public String patchColumn(int patch, String axis) {
        int nx = columns.count();
        return "patch_" + (patch / nx) + "_" + (patch % nx) + "_" + axis;
    }

    /** Largest absolute shift of any frame (and patch), pixels; 0 before any frame is done. */
    public synchronized double maxAbsShift() {
        double m = 0;
        for (int f = 0; f < frames; f++) {
            if (done[f]) {
                m = Math.max(m, Math.max(Math.abs(x[f]), Math.abs(y[f])));
            }
        }
        int n = patchCount();
        for (int i = 0; i < patchX.length; i++) {
            if (done[i / n]) {
                m = Math.max(m, Math.max(Math.abs(patchX[i]), Math.abs(patchY[i])));
            }
        }
        return m;
    }

    /** Border pixels that may hold no data after correction: {@code ceil(max |shift|)} (CaImAn's bord_px). */
    public int borderPixels() {
        return (int) Math.ceil(maxAbsShift() - 1e-9);
    }

    /** Mean length of the rigid shift vector over the done frames, pixels. */
    public synchronized double meanShift() {
        double s = 0;
        int n = 0;
        for (int f = 0; f < frames; f++) {
            if (done[f]) {
                s += Math.hypot(x[f], y[f]);
                n++;
            }
        }
        return n == 0 ? 0 : s / n;
    }

    /** Largest length of the rigid shift vector, pixels. */
    public synchronized double maxShift() {
        double m = 0;
        for (int f = 0; f < frames; f++) {
            if (done[f]) {
                m = Math.max(m, Math.hypot(x[f], y[f]));
            }
        }
        return m;
    }

    /**
     * The shifts as a table of kind "motion-shifts": {@code frame}, {@code x}, {@code y} (px) and,
     * for piecewise correction, {@code patch_R_C_x}, {@code patch_R_C_y} per patch.
     */
    public synchronized Table toTable(String name) {
        List<Column> columnsOut = new ArrayList<>();
        long[] index = new long[frames];
        for (int f = 0; f < frames; f++) {
            index[f] = f;
        }
        columnsOut.add(Column.ofLongs("frame", "", index));
        columnsOut.add(Column.ofDoubles("x", "px", x.clone()));
        columnsOut.add(Column.ofDoubles("y", "px", y.clone()));
        int n = patchCount();
        for (int p = 0; p < n; p++) {
            double[] px = new double[frames];
            double[] py = new double[frames];
            for (int f = 0; f < frames; f++) {
                px[f] = patchX[f * n + p];
                py[f] = patchY[f * n + p];
            }
            columnsOut.add(Column.ofDoubles(patchColumn(p, "x"), "px", px));
            columnsOut.add(Column.ofDoubles(patchColumn(p, "y"), "px", py));
        }
        return Table.of(name, "motion-shifts", columnsOut);
    }
}
