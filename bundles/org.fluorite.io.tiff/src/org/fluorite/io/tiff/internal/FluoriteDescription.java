package org.fluorite.io.tiff.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.fluorite.core.image.Image;
import org.fluorite.core.json.Json;
import org.fluorite.core.meta.Metadata;
import org.fluorite.core.meta.Provenance;

/**
 * Fluorite's own lines in an ImageJ description: {@code fluorite.provenance=JSON} (the image's
 * history) and {@code fluorite.metadata=JSON} (what is known about the recording: origin, fps,
 * date and the rest), so a TIFF written by Fluorite keeps its history when read back. ImageJ
 * ignores keys it does not know; the JSON is written on one line.
 */
final class FluoriteDescription {

    static final String PROVENANCE = "fluorite.provenance";
    static final String METADATA = "fluorite.metadata";

    /** Metadata entries that describe the file the image came from, not the recording: not carried over. */
    private static final Set<String> FILE_KEYS = Set.of("tiff", "imagej", "ImageDescription", "description", "ome", "omeXml",
            "hdf5", "pyme");

    /** What a description held. */
    record Saved(Provenance provenance, Map<String, Object> metadata) {
        static final Saved NONE = new Saved(Provenance.EMPTY, Map.of());
    }

    private FluoriteDescription() {
    }

    static void append(StringBuilder description, Image image) {
        if (!image.provenance().isEmpty()) {
            description.append(PROVENANCE).append('=').append(image.provenance().toJson()).append('\n');
        }
        Map<String, Object> recording = new LinkedHashMap<>();
        image.metadata().asMap().forEach((k, v) -> {
            if (!FILE_KEYS.contains(k)) {
                recording.put(k, v);
            }
        });
        if (!recording.isEmpty()) {
            description.append(METADATA).append('=').append(Json.write(recording)).append('\n');
        }
    }

    /** Removes Fluorite's lines from the parsed ImageJ entries and returns what they held. */
    static Saved take(Map<String, Object> imagej, List<String> notes) {
        Provenance provenance = Provenance.EMPTY;
        Map<String, Object> metadata = Map.of();
        Object p = imagej.remove(PROVENANCE);
        if (p != null) {
            try {
                provenance = Provenance.fromJson(String.valueOf(p));
            } catch (IllegalArgumentException e) {
                notes.add("the saved history could not be read (" + e.getMessage() + ")");
            }
        }
        Object m = imagej.remove(METADATA);
        if (m != null) {
            try {
                metadata = Metadata.fromJson(String.valueOf(m)).asMap();
            } catch (IllegalArgumentException e) {
                notes.add("the saved metadata could not be read (" + e.getMessage() + ")");
            }
        }
        return new Saved(provenance, metadata);
    }
}
