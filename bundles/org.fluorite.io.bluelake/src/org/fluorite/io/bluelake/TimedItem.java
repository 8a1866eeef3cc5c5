package org.fluorite.io.bluelake;

import java.util.Map;

/**
 * A marker, note or FD curve of a Bluelake file: a JSON document with a start and stop time.
 *
 * @param group   "Marker", "Note" or "FD Curve"
 * @param startNs start in ns since the epoch, -1 when the file gives none
 * @param stopNs  stop in ns since the epoch, -1 when the file gives none
 * @param json    the parsed JSON document (empty when the dataset held none)
 */
public record TimedItem(String group, String name, long startNs, long stopNs, Map<String, Object> json) {

    public TimedItem {
        json = json == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(json));
    }

    /** The text of a note ("Note text"), "" for other items. */
    public String text() {
        Object t = json.get("Note text");
        return t == null ? "" : t.toString();
    }

    /** Duration in seconds, NaN when start or stop is unknown. */
    public double durationSeconds() {
        return startNs < 0 || stopNs < 0 ? Double.NaN : (stopNs - startNs) * 1e-9;
    }
}
