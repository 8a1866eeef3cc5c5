package org.fluorite.io;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Options a user can pass to a reader or writer, as text (they arrive from the CLI, dialogs and
 * batch item parameters alike). Readers ignore options they do not know.
 */
public record ImportOptions(Map<String, String> values) {

    /** Axis order override for the stored planes, e.g. "txy" or "tzxy" (Mesmerize's axes_order). */
    public static final String AXIS_ORDER = "axisOrder";
    /** Path of a metadata sidecar file to read instead of the one found beside the file. */
    public static final String METADATA_FILE = "metadataFile";

    public static final ImportOptions NONE = new ImportOptions(Map.of());

    public ImportOptions {
        values = Map.copyOf(values);
    }

    public Optional<String> get(String key) {
        return Optional.ofNullable(values.get(key)).filter(v -> !v.isBlank());
    }

    public ImportOptions with(String key, String value) {
        LinkedHashMap<String, String> copy = new LinkedHashMap<>(values);
        copy.put(key, value);
        return new ImportOptions(copy);
    }
}
