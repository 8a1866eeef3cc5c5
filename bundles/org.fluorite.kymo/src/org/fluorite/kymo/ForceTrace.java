package org.fluorite.kymo;

/**
 * A force (or distance) channel averaged over each line of a kymograph, for plotting under it.
 *
 * @param channel      path of the channel in the file ("Force HF/Force 1x")
 * @param unit         unit of the values ("pN" for force, "um" for distance)
 * @param timesSeconds centre of each line, seconds since the kymograph's time origin
 *                     ({@link Kymograph#timeOriginNs()}: its start in the file, also after slicing)
 * @param values       mean of the samples in each line (NaN where a line holds none)
 * @param downsampled  true when the low-frequency channel was used because no high-frequency one exists
 */
public record ForceTrace(String channel, String unit, double[] timesSeconds, double[] values, boolean downsampled) {

    public int size() {
        return values.length;
    }
}
