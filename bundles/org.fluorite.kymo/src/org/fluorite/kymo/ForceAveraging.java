package org.fluorite.kymo;

import java.io.IOException;
import java.util.Optional;

import org.fluorite.io.ImportException;
import org.fluorite.io.bluelake.BluelakeFile;
import org.fluorite.io.bluelake.Channel;
import org.fluorite.io.bluelake.ChannelKind;
import org.fluorite.io.bluelake.TimeSeries;

/**
 * Averages a force channel over each kymograph line (samples from a line's start to its end, dead
 * time excluded), as pylake's {@code plot_with_force}: "1x" or "Force 1x" names the high-frequency
 * channel "Force HF/Force 1x"; without it the low-frequency "Force LF/Force 1x" is used.
 */
public final class ForceAveraging {

    private ForceAveraging() {
    }

    /** Opens the kymograph's file and averages {@code force} ("1x", "Force 2y", "Distance 1") per line. */
    public static ForceTrace perLine(Kymograph kymo, String force) throws IOException {
        try (BluelakeFile f = BluelakeFile.open(kymo.file())) {
            return perLine(f, kymo, force);
        }
    }

    public static ForceTrace perLine(BluelakeFile f, Kymograph kymo, String force) throws IOException {
        String name = force.startsWith("Force ") || force.startsWith("Distance") ? force : "Force " + force;
        Optional<Channel> hf = f.channel(name.startsWith("Distance") ? "Distance" : "Force HF", name);
        Optional<Channel> lf = f.channel("Force LF", name);
        Channel c = hf.or(() -> lf).orElseThrow(() -> new ImportException(f.path(), "has no force channel '" + name
                + "' (looked in Force HF, Force LF and Distance)"));
        long[] starts = kymo.lineTimestampsNs();
        long[] stops = kymo.lineStopTimestampsNs();
        double[] times = new double[starts.length];
        double[] values = new double[starts.length];
        for (int i = 0; i < starts.length; i++) {
            times[i] = ((starts[i] - kymo.timeOriginNs()) + (stops[i] - starts[i]) / 2.0) * 1e-9;
        }
        if (c.kind() == ChannelKind.CONTINUOUS) {
            for (int i = 0; i < starts.length; i++) {
                long a = c.indexAt(starts[i]);
                long b = c.indexAt(stops[i]);
                values[i] = b > a ? mean(f, c, a, b) : Double.NaN;
            }
        } else if (c.kind() == ChannelKind.TIME_SERIES) {
            TimeSeries ts = f.readTimeSeries(c);
            long[] t = ts.timestampsNs();
            double[] v = ts.values();
            Integer[] order = null;
            for (int k = 1; k < t.length && order == null; k++) {
                if (t[k] < t[k - 1]) {
                    order = new Integer[t.length];
                    for (int j = 0; j < t.length; j++) {
                        order[j] = j;
                    }
                    java.util.Arrays.sort(order, (x, y) -> Long.compare(t[x], t[y]));
                }
            }
            if (order != null) {
                long[] st = new long[t.length];
                double[] sv = new double[t.length];
                for (int j = 0; j < t.length; j++) {
                    st[j] = t[order[j]];
                    sv[j] = v[order[j]];
                }
                averageSorted(st, sv, starts, stops, values);
            } else {
                averageSorted(t, v, starts, stops, values);
            }
        } else {
            throw new ImportException(f.path(), c.path() + " holds time tags, not force values");
        }
        String unit = c.group().equals("Distance") ? "um" : "pN";
        return new ForceTrace(c.path(), unit, times, values, c.group().equals("Force LF"));
    }

    /** Mean of the points with time in [start, stop) of each line, points sorted by time. */
    private static void averageSorted(long[] t, double[] v, long[] starts, long[] stops, double[] out) {
        for (int i = 0; i < starts.length; i++) {
            int k = java.util.Arrays.binarySearch(t, starts[i]);
            if (k < 0) {
                k = -k - 1;
            }
            while (k > 0 && t[k - 1] == starts[i]) {
                k--;
            }
            double sum = 0;
            int n = 0;
            for (; k < t.length && t[k] < stops[i]; k++) {
                sum += v[k];
                n++;
            }
            out[i] = n == 0 ? Double.NaN : sum / n;
        }
    }

    /** Mean of samples {@code from .. to} read in blocks of at most 1 Mi samples. */
    private static double mean(BluelakeFile f, Channel c, long from, long to) throws IOException {
        double s = 0;
        for (long at = from; at < to; at += 1 << 20) {
            for (double x : f.read(c, at, (int) Math.min(1 << 20, to - at))) {
                s += x;
            }
        }
        return s / (to - from);
    }
}
