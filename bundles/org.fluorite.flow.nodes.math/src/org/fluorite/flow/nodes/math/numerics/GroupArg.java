package org.fluorite.flow.nodes.math.numerics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The row choice of the ArgGroupStat node: per group (in order of first appearance), the row whose
 * value is the largest (or smallest); the first such row on ties; NaN values are skipped, as
 * pandas' idxmax/idxmin do; a group of only NaN has no row.
 */
public final class GroupArg {

    private GroupArg() {
    }

    /** Row indices, one per group that has a number. */
    public static int[] rows(String[] groups, double[] values, boolean max) {
        if (groups.length != values.length) {
            throw new IllegalArgumentException("groups and values differ in length");
        }
        Map<String, Integer> best = new LinkedHashMap<>();
        List<String> order = new ArrayList<>();
        for (int i = 0; i < groups.length; i++) {
            String g = String.valueOf(groups[i]);
            if (!best.containsKey(g)) {
                order.add(g);
                best.put(g, -1);
            }
            double v = values[i];
            if (Double.isNaN(v)) {
                continue;
            }
            int b = best.get(g);
            if (b < 0 || (max ? v > values[b] : v < values[b])) {
                best.put(g, i);
            }
        }
        return order.stream().mapToInt(best::get).filter(i -> i >= 0).toArray();
    }
}
