package org.fluorite.io.bluelake;

import java.util.Map;

/**
 * One data channel of a Bluelake file, e.g. group "Force HF", name "Force 1x". Only the
 * description: values are read on request through {@link BluelakeFile}.
 *
 * @param group        HDF5 group ("Force HF", "Photon count", "Info wave", ...)
 * @param name         dataset name in the group ("Force 1x", "Red", ...)
 * @param kind         how samples are stored
 * @param length       number of samples (time series points, time tags)
 * @param startNs      time of the first sample in ns since the Unix epoch (continuous channels;
 *                     first timestamp for the others when known, else -1)
 * @param stopNs       end of the recording in ns (continuous: start + length / rate), -1 when unknown
 * @param sampleRateHz samples per second of a continuous channel, NaN for the other kinds
 * @param attributes   every HDF5 attribute of the dataset, as JSON-compatible values
 */
public record Channel(String group, String name, ChannelKind kind, long length, long startNs, long stopNs, double sampleRateHz,
        Map<String, Object> attributes) {

    public Channel {
        attributes = Map.copyOf(attributes);
    }

    /** "group/name", the dataset's path in the file. */
    public String path() {
        return group + "/" + name;
    }

    /** Time of sample {@code index} of a continuous channel in ns since the epoch. */
    public long timeNs(long index) {
        if (kind != ChannelKind.CONTINUOUS) {
            throw new IllegalStateException(path() + " is not a continuous channel");
        }
        return startNs + Math.round(index * 1e9 / sampleRateHz);
    }

    /**
     * Index of the first sample of a continuous channel at or after {@code timeNs}, clamped to
     * 0..{@link #length()}: with {@code indexAt(item.startNs())} and {@code indexAt(item.stopNs())}
     * a kymograph's samples are read from the photon counts and the info wave.
     */
    public long indexAt(long timeNs) {
        if (kind != ChannelKind.CONTINUOUS) {
            throw new IllegalStateException(path() + " is not a continuous channel");
        }
        double i = Math.ceil((timeNs - startNs) * sampleRateHz / 1e9 - 1e-9);
        return (long) Math.max(0, Math.min(length, i));
    }

    /** Sample interval of a continuous channel in seconds. */
    public double sampleIntervalSeconds() {
        return 1 / sampleRateHz;
    }
}
