package org.fluorite.smlm;

import org.fluorite.core.table.Table;

/**
 * Greedy matching of localizations to ground truth, frame by frame, within a radius (nm): recall,
 * precision, RMSE of matched pairs (nm, lateral: sqrt(mean(dx² + dy²))), and per-axis RMSE.
 */
public record Match(int matched, int found, int truth, double rmse, double rmseX, double biasX, double biasY) {

    public double recall() {
        return truth == 0 ? 1 : matched / (double) truth;
    }

    public double precision() {
        return found == 0 ? 1 : matched / (double) found;
    }

    public static Match of(Table found, Table truth, double radiusNm) {
        return of(found, truth, radiusNm, 0);
    }

    /** As {@link #of(Table, Table, double)} with truth frame = found frame + {@code frameShift}. */
    public static Match of(Table found, Table truth, double radiusNm, long frameShift) {
        double[] ff = found.require("frame").toDoubles();
        double[] fx = found.require("x").toDoubles();
        double[] fy = found.require("y").toDoubles();
        double[] tf = truth.require("frame").toDoubles();
        double[] tx = truth.require("x").toDoubles();
        double[] ty = truth.require("y").toDoubles();
        boolean[] used = new boolean[tx.length];
        double r2 = radiusNm * radiusNm;
        int matched = 0;
        double s2 = 0;
        double sx2 = 0;
        double bx = 0;
        double by = 0;
        for (int i = 0; i < fx.length; i++) {
            int best = -1;
            double bestD = r2;
            for (int j = 0; j < tx.length; j++) {
                if (used[j] || tf[j] != ff[i] + frameShift) {
                    continue;
                }
                double dx = fx[i] - tx[j];
                double dy = fy[i] - ty[j];
                double d = dx * dx + dy * dy;
                if (d < bestD) {
                    bestD = d;
                    best = j;
                }
            }
            if (best >= 0) {
                used[best] = true;
                matched++;
                double dx = fx[i] - tx[best];
                double dy = fy[i] - ty[best];
                s2 += dx * dx + dy * dy;
                sx2 += dx * dx;
                bx += dx;
                by += dy;
            }
        }
        int m = Math.max(1, matched);
        return new Match(matched, fx.length, tx.length, Math.sqrt(s2 / m), Math.sqrt(sx2 / m), bx / m, by / m);
    }
}
