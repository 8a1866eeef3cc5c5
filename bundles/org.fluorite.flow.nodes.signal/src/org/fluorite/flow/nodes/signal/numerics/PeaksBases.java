package org.fluorite.flow.nodes.signal.numerics;

import java.util.Arrays;

/**
 * The events of one trace found by peak detection, in order of their sample index: peaks (local
 * maxima) and bases (local minima between them), the seed's {@code peaks_bases} table with its
 * {@code event} and {@code label} columns. Immutable.
 */
public record PeaksBases(int[] events, boolean[] peak) {

    public static final PeaksBases EMPTY = new PeaksBases(new int[0], new boolean[0]);

    public PeaksBases {
        if (events.length != peak.length) {
            throw new IllegalArgumentException("events and labels differ in length");
        }
        events = events.clone();
        peak = peak.clone();
    }

    public int size() {
        return events.length;
    }

    public int event(int i) {
        return events[i];
    }

    public boolean isPeak(int i) {
        return peak[i];
    }

    /** "peak" or "base", the seed's label. */
    public String label(int i) {
        return peak[i] ? "peak" : "base";
    }

    public int peakCount() {
        int c = 0;
        for (boolean b : peak) {
            c += b ? 1 : 0;
        }
        return c;
    }

    @Override
    public int[] events() {
        return events.clone();
    }

    @Override
    public boolean[] peak() {
        return peak.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PeaksBases p && Arrays.equals(events, p.events) && Arrays.equals(peak, p.peak);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(events) + Arrays.hashCode(peak);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("PeaksBases[");
        for (int i = 0; i < events.length; i++) {
            sb.append(i == 0 ? "" : ", ").append(label(i)).append('@').append(events[i]);
        }
        return sb.append(']').toString();
    }
}
