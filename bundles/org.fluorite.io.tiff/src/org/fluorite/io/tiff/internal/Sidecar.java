package org.fluorite.io.tiff.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fluorite.core.json.Json;
import org.fluorite.core.meta.Metadata;
import org.fluorite.io.ImportException;
import org.fluorite.io.ImportOptions;

/**
 * A Mesmerize-style JSON metadata file beside a TIFF ({@code movie.tiff} + {@code movie.json}),
 * or named by {@link ImportOptions#METADATA_FILE}. Its {@code origin}, {@code fps} and
 * {@code date} become first-class metadata; every other key is kept under {@code orig_meta}, as
 * Mesmerize's json_minimal reader does.
 *
 * @param file   the JSON file read
 * @param values its top-level object
 */
public record Sidecar(Path file, Map<String, Object> values) {

    /** Largest sidecar read, in bytes. */
    static final long MAX_BYTES = 64L << 20;

    /** Key of the other sidecar entries in the metadata. */
    public static final String ORIG_META = "orig_meta";

    /**
     * The sidecar for {@code tiff}: the one named in the options (which must exist), else a
     * {@code .json} file of the same base name beside it, else null.
     *
     * @param notes receives a note when a sidecar found beside the file cannot be read
     * @throws ImportException when a sidecar named in the options is missing or not a JSON object
     */
    public static Sidecar find(Path tiff, ImportOptions options, List<String> notes) throws ImportException {
        var named = options.get(ImportOptions.METADATA_FILE);
        if (named.isPresent()) {
            Path p = tiff.resolveSibling(named.get());
            if (!Files.isRegularFile(p)) {
                throw new ImportException(tiff, "the metadata file " + p + " does not exist");
            }
            try {
                return read(p);
            } catch (IOException | IllegalArgumentException e) {
                throw new ImportException(tiff, "the metadata file " + p + " cannot be read: " + e.getMessage(), e);
            }
        }
        Path fileName = tiff.getFileName();
        if (fileName == null) {
            return null;
        }
        String name = fileName.toString();
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        for (String ext : new String[] {".ome.tiff", ".ome.tif", ".tiff", ".tif", ".btf", ".tf8"}) {
            if (lower.endsWith(ext)) {
                Path candidate = tiff.resolveSibling(name.substring(0, name.length() - ext.length()) + ".json");
                if (Files.isRegularFile(candidate)) {
                    try {
                        return read(candidate);
                    } catch (IOException | IllegalArgumentException e) {
                        notes.add("the metadata file " + candidate.getFileName() + " beside the image was ignored: "
                                + e.getMessage());
                        return null;
                    }
                }
            }
        }
        return null;
    }

    static Sidecar read(Path p) throws IOException {
        if (Files.size(p) > MAX_BYTES) {
            throw new IOException("larger than " + (MAX_BYTES >> 20) + " MB");
        }
        Object parsed = Json.parse(new String(Files.readAllBytes(p), StandardCharsets.UTF_8));
        if (!(parsed instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException("it is not a JSON object");
        }
        Map<String, Object> values = new LinkedHashMap<>();
        map.forEach((k, v) -> values.put(String.valueOf(k), v));
        return new Sidecar(p, values);
    }

    /** origin, fps and date first, then all other keys under {@code orig_meta}. */
    public Map<String, Object> toMetadata() {
        Map<String, Object> out = new LinkedHashMap<>();
        Map<String, Object> rest = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : values.entrySet()) {
            switch (e.getKey()) {
                case Metadata.ORIGIN, Metadata.DATE -> out.put(e.getKey(), e.getValue() == null ? null : String.valueOf(e.getValue()));
                case Metadata.FPS -> {
                    double fps = Units.number(e.getValue());
                    if (Units.positive(fps)) {
                        out.put(Metadata.FPS, fps);
                    } else {
                        rest.put(e.getKey(), e.getValue());
                    }
                }
                case ORIG_META -> {
                    if (e.getValue() instanceof Map<?, ?> m) {
                        m.forEach((k, v) -> rest.put(String.valueOf(k), v));
                    } else {
                        rest.put(e.getKey(), e.getValue());
                    }
                }
                default -> rest.put(e.getKey(), e.getValue());
            }
        }
        out.values().removeIf(java.util.Objects::isNull);
        out.put(ORIG_META, rest);
        return out;
    }

    /** Sampling rate in Hz, or NaN. */
    public double fps() {
        double fps = Units.number(values.get(Metadata.FPS));
        return Units.positive(fps) ? fps : Double.NaN;
    }

    /** The "timestamps" list in seconds, or null when absent or not all numbers. */
    public double[] timestamps() {
        Object v = values.get("timestamps");
        if (!(v instanceof List<?> list) || list.size() < 2) {
            return null;
        }
        double[] out = new double[list.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = Units.number(list.get(i));
            if (Double.isNaN(out[i])) {
                return null;
            }
        }
        return out;
    }
}
