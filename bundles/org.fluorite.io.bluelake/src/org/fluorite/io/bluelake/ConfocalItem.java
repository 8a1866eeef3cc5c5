package org.fluorite.io.bluelake;

import java.util.Map;

/**
 * A kymograph or confocal scan entry of a Bluelake file: its name, time span and scan
 * description. The image itself is reconstructed from the photon counts and the info wave
 * between {@link #startNs()} and {@link #stopNs()} (see {@link BluelakeFile#photonCounts()} and
 * {@link BluelakeFile#infoWave()}).
 *
 * @param group   "Kymograph" or "Scan"
 * @param startNs start in ns since the epoch
 * @param stopNs  stop in ns since the epoch
 * @param scan    the parsed scan description
 * @param json    the whole JSON document
 */
public record ConfocalItem(String group, String name, long startNs, long stopNs, ScanMetadata scan, Map<String, Object> json) {

    public ConfocalItem {
        json = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(json));
    }

    public boolean isKymograph() {
        return BluelakeFile.KYMOGRAPH.equals(group);
    }

    public double durationSeconds() {
        return (stopNs - startNs) * 1e-9;
    }
}
