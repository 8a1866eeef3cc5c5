package org.fluorite.plot;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Deterministic beeswarm layout: points keep their value and are shifted sideways by the smallest
 * amount that keeps them at least one marker diameter from every point already placed. Points are
 * placed in value order (ties by index), so the same values always give the same layout.
 */
public final class Swarm {

    private Swarm() {
    }

    /**
     * Sideways offsets of each value, in the same units as {@code diameter}.
     *
     * @param values values along the value axis (NaN gets offset NaN)
     * @param diameter marker diameter in value units (the sideways axis is scaled alike), > 0
     */
    public static double[] layout(double[] values, double diameter) {
        if (!(diameter > 0)) {
            throw new IllegalArgumentException("Marker diameter must be > 0, got " + diameter);
        }
        Integer[] order = new Integer[values.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.<Integer>comparingDouble(i -> values[i]).thenComparingInt(i -> i));
        double[] offsets = new double[values.length];
        Arrays.fill(offsets, Double.NaN);
        List<Integer> placed = new ArrayList<>();
        int firstNear = 0;
        for (int i : order) {
            double y = values[i];
            if (Double.isNaN(y)) {
                continue;
            }
            while (firstNear < placed.size() && y - values[placed.get(firstNear)] >= diameter) {
                firstNear++;
            }
            List<Integer> near = placed.subList(firstNear, placed.size());
            List<Double> candidates = new ArrayList<>();
            candidates.add(0.0);
            for (int j : near) {
                double dy = y - values[j];
                double dx = Math.sqrt(Math.max(0, diameter * diameter - dy * dy)) * (1 + 1e-9);
                candidates.add(offsets[j] + dx);
                candidates.add(offsets[j] - dx);
            }
            candidates.sort(Comparator.<Double>comparingDouble(Math::abs).thenComparingDouble(c -> -c));
            for (double x : candidates) {
                if (fits(x, y, near, values, offsets, diameter)) {
                    offsets[i] = x;
                    break;
                }
            }
            if (Double.isNaN(offsets[i])) {
                double far = candidates.stream().mapToDouble(Math::abs).max().orElse(0);
                offsets[i] = far + diameter;
            }
            placed.add(i);
        }
        return offsets;
    }

    private static boolean fits(double x, double y, List<Integer> near, double[] values, double[] offsets, double d) {
        for (int j : near) {
            double dx = x - offsets[j];
            double dy = y - values[j];
            if (dx * dx + dy * dy < d * d * (1 - 1e-12)) {
                return false;
            }
        }
        return true;
    }
}
