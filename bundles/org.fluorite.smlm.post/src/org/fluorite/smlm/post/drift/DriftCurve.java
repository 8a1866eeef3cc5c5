package org.fluorite.smlm.post.drift;

import java.util.LinkedHashMap;
import java.util.Map;

import org.fluorite.core.meta.Operation;
import org.fluorite.core.table.Localizations;
import org.fluorite.core.table.Table;
import org.fluorite.smlm.post.LocalizationData;

/**
 * Sample drift per frame, nm: where the sample had moved to in frame {@code f}, relative to the
 * reference (the start of the acquisition). A correct position is the measured one minus the
 * drift. Frames outside the curve take its nearest end value.
 *
 * @param firstFrame frame number of element 0
 * @param dxNm       x drift per frame, nm
 * @param dyNm       y drift per frame, nm
 */
public record DriftCurve(int firstFrame, double[] dxNm, double[] dyNm) {

    /** Added or updated by {@link #apply}: the total drift removed from each row, nm. */
    public static final String DRIFT_X = "drift_x";
    public static final String DRIFT_Y = "drift_y";

    /** Longest curve the estimators make, frames (two doubles per frame). */
    public static final long MAX_FRAMES = 20_000_000L;

    public DriftCurve {
        if (dxNm.length != dyNm.length || dxNm.length == 0) {
            throw new IllegalArgumentException("A drift curve needs equally many x and y values, at least one");
        }
        dxNm = dxNm.clone();
        dyNm = dyNm.clone();
    }

    public int frameCount() {
        return dxNm.length;
    }

    public int lastFrame() {
        return firstFrame + dxNm.length - 1;
    }

    /** x drift in {@code frame}, nm. */
    public double dx(int frame) {
        return dxNm[index(frame)];
    }

    /** y drift in {@code frame}, nm. */
    public double dy(int frame) {
        return dyNm[index(frame)];
    }

    private int index(int frame) {
        long i = (long) frame - firstFrame;
        return (int) Math.max(0, Math.min(dxNm.length - 1, i));
    }

    /** Largest distance of the curve from its start, nm. */
    public double maxExcursionNm() {
        double m = 0;
        for (int i = 0; i < dxNm.length; i++) {
            m = Math.max(m, Math.hypot(dxNm[i] - dxNm[0], dyNm[i] - dyNm[0]));
        }
        return m;
    }

    /**
     * The table with x and y corrected (minus the drift of each row's frame), the columns
     * {@value #DRIFT_X} and {@value #DRIFT_Y} holding the total drift removed so far, and
     * {@code operation} (with {@code parameters} and the largest excursion) in its provenance.
     */
    public Table apply(Table table, String operation, Map<String, Object> parameters) {
        LocalizationData.require(table);
        int[] frame = LocalizationData.frames(table);
        double[] x = LocalizationData.values(table, Localizations.X);
        double[] y = LocalizationData.values(table, Localizations.Y);
        double[] tx = LocalizationData.values(table, DRIFT_X);
        double[] ty = LocalizationData.values(table, DRIFT_Y);
        tx = tx == null ? new double[x.length] : tx;
        ty = ty == null ? new double[x.length] : ty;
        for (int i = 0; i < x.length; i++) {
            double ddx = dx(frame[i]);
            double ddy = dy(frame[i]);
            x[i] -= ddx;
            y[i] -= ddy;
            tx[i] += ddx;
            ty[i] += ddy;
        }
        Map<String, double[]> cols = new LinkedHashMap<>();
        cols.put(Localizations.X, x);
        cols.put(Localizations.Y, y);
        cols.put(DRIFT_X, tx);
        cols.put(DRIFT_Y, ty);
        Map<String, Object> p = new LinkedHashMap<>(parameters);
        p.put("firstFrame", firstFrame);
        p.put("lastFrame", lastFrame());
        p.put("maxExcursionNm", maxExcursionNm());
        return LocalizationData.withColumns(table, cols, Map.of(DRIFT_X, Localizations.NM, DRIFT_Y, Localizations.NM),
                Operation.of(operation, p));
    }
}
