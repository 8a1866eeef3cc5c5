package org.fluorite.flow.nodes.signal.support;

import org.fluorite.flow.Transmission;

/** Column choices shared by the numeric nodes. */
public final class Columns {

    private Columns() {
    }

    /**
     * The column a node reads: the one named in its settings, or when blank the input's last
     * output, or {@value Transmission#RAW_CURVE} when the input has none.
     */
    public static String resolve(String setting, Transmission input) {
        String s = setting == null ? "" : setting.trim();
        if (!s.isEmpty()) {
            return s;
        }
        String last = input.lastOutput();
        return last.isEmpty() ? Transmission.RAW_CURVE : last;
    }

    /**
     * The sampling rate of a row in Hz.
     *
     * @throws IllegalArgumentException when the row has none (the seed asked to set the frame rate)
     */
    public static double samplingRate(Transmission t, int row) {
        double fps = t.samplingRateHz(row);
        if (!(fps > 0) || Double.isInfinite(fps)) {
            throw new IllegalArgumentException("no sampling rate for this row (column " + Transmission.SAMPLING_RATE
                    + "); set the frame rate of its sample");
        }
        return fps;
    }
}
