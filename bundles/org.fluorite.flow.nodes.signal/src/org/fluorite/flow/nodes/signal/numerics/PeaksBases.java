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

    /**
     * The events with one more (the Peak Editor's "add peak" / "add base"), kept in index order
     * (after existing events at the same sample).
     *
     * @param sample sample index in the parent curve, 0 or more
     */
    public PeaksBases withEvent(int sample, boolean isPeak) {
        if (sample < 0) {
            throw new IllegalArgumentException("an event needs a sample index of 0 or more, got " + sample);
        }
        int at = 0;
        while (at < events.length && events[at] <= sample) {
            at++;
        }
        int[] e = new int[events.length + 1];
        boolean[] p = new boolean[events.length + 1];
        System.arraycopy(events, 0, e, 0, at);
        System.arraycopy(peak, 0, p, 0, at);
        e[at] = sample;
        p[at] = isPeak;
        System.arraycopy(events, at, e, at + 1, events.length - at);
        System.arraycopy(peak, at, p, at + 1, events.length - at);
        return new PeaksBases(e, p);
    }

    /** The events without the one at {@code position} (0-based, in event order). */
    public PeaksBases withoutEvent(int position) {
        if (position < 0 || position >= events.length) {
            throw new IllegalArgumentException("no event at position " + position + " (there are " + events.length + ")");
        }
        int[] e = new int[events.length - 1];
        boolean[] p = new boolean[events.length - 1];
        for (int i = 0, j = 0; i < events.length; i++) {
            if (i != position) {
                e[j] = events[i];
                p[j++] = peak[i];
            }
        }
        return new PeaksBases(e, p);
    }

    /** The event at {@code position} moved to another sample, its kind kept, order restored. */
    public PeaksBases withEventMoved(int position, int sample) {
        boolean kind = isPeak(position);
        return withoutEvent(position).withEvent(sample, kind);
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
