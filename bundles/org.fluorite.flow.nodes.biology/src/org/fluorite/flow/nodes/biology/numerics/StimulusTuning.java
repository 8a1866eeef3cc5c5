package org.fluorite.flow.nodes.biology.numerics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Tuning curve of one trace to one stimulus type, as the seed's stimulus tuning computes it: every
 * frame is labelled with the stimulus mapped on it (periods shifted by the offsets; a later period
 * overwrites an earlier one; start clamped at 0), and for each stimulus name the chosen statistic
 * of the trace over all its frames is taken. Stimuli are ordered as the seed orders them: names
 * that are not numbers alphabetically, then numeric names by value. Unlabelled frames are left out.
 */
public final class StimulusTuning {

    /** The statistic per stimulus ("mean", "median", "max", "min"). */
    public enum Method {
        MEAN, MEDIAN, MAX, MIN;

        public static Method of(String seedName) {
            try {
                return valueOf(seedName.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Unknown tuning statistic '" + seedName + "' (mean, median, max, min)");
            }
        }

        double apply(double[] v) {
            if (v.length == 0) {
                return Double.NaN;
            }
            double[] s = v.clone();
            Arrays.sort(s);
            return switch (this) {
                case MEAN -> {
                    double t = 0;
                    for (double x : v) {
                        t += x;
                    }
                    yield t / v.length;
                }
                case MEDIAN -> s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
                case MAX -> s[s.length - 1];
                case MIN -> s[0];
            };
        }
    }

    /** Stimulus names in order, the statistic for each, and the names at the largest and smallest. */
    public record Curve(List<String> stimuli, double[] values, String maxStimulus, String minStimulus) {
    }

    private StimulusTuning() {
    }

    public static Curve of(double[] curve, List<StimulusPeriod> periods, Method method, int startOffset, int endOffset) {
        String[] label = new String[curve.length];
        for (StimulusPeriod p : periods) {
            long from = Math.max(0, p.startFrame() + startOffset);
            long to = Math.min(curve.length, p.endFrame() + endOffset);
            for (long i = from; i < to; i++) {
                label[(int) i] = p.name();
            }
        }
        Set<String> names = new LinkedHashSet<>();
        for (String l : label) {
            if (l != null) {
                names.add(l);
            }
        }
        List<String> text = new ArrayList<>();
        List<String> numeric = new ArrayList<>();
        for (String n : names) {
            (isNumber(n) ? numeric : text).add(n);
        }
        text.sort(null);
        numeric.sort((a, b) -> Double.compare(Double.parseDouble(a), Double.parseDouble(b)));
        List<String> order = new ArrayList<>(text);
        order.addAll(numeric);
        double[] values = new double[order.size()];
        int argMax = -1;
        int argMin = -1;
        for (int k = 0; k < order.size(); k++) {
            String name = order.get(k);
            double[] v = new double[curve.length];
            int c = 0;
            for (int i = 0; i < curve.length; i++) {
                if (name.equals(label[i])) {
                    v[c++] = curve[i];
                }
            }
            values[k] = method.apply(Arrays.copyOf(v, c));
            if (argMax < 0 || values[k] > values[argMax]) {
                argMax = k;
            }
            if (argMin < 0 || values[k] < values[argMin]) {
                argMin = k;
            }
        }
        return new Curve(List.copyOf(order), values, argMax < 0 ? "" : order.get(argMax), argMin < 0 ? "" : order.get(argMin));
    }

    private static boolean isNumber(String s) {
        try {
            Double.parseDouble(s.trim());
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
