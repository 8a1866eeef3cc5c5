package org.fluorite.io.bluelake;

/**
 * The points of a time-series channel.
 *
 * @param timestampsNs time of each point in ns since the Unix epoch
 * @param values       value of each point in the channel's unit
 */
public record TimeSeries(long[] timestampsNs, double[] values) {

    public TimeSeries {
        if (timestampsNs.length != values.length) {
            throw new IllegalArgumentException(timestampsNs.length + " timestamps for " + values.length + " values");
        }
    }

    public int size() {
        return values.length;
    }
}
