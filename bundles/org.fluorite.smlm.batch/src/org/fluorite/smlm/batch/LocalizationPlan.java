package org.fluorite.smlm.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.fluorite.core.files.AtomicFile;
import org.fluorite.core.json.Json;

/**
 * What a localization batch was made for, kept as {@value #FILE} in the batch directory beside
 * batch.json: the stack, the frames of the whole localization, the localize parameters shared by
 * all items and the items with their frame ranges. {@code localize-merge} reads it to know which
 * frames the parts must cover; {@code localize-batch} reuses a batch only when its plan is the same.
 */
public record LocalizationPlan(String stack, FrameRange frames, Map<String, Object> parameters, List<Entry> items) {

    public static final String FILE = "localize-batch.json";
    public static final String FORMAT = "fluorite-localize-batch";
    public static final int VERSION = 1;

    /** One item: its uuid and frames. */
    public record Entry(String uuid, FrameRange frames) {
    }

    public LocalizationPlan {
        parameters = new TreeMap<>(parameters);
        items = List.copyOf(items);
    }

    /** The same stack, frames, parameters and ranges (item uuids aside). */
    public boolean sameWork(String otherStack, FrameRange otherFrames, Map<String, Object> otherParameters, List<FrameRange> ranges) {
        return stack.equals(otherStack) && frames.equals(otherFrames)
                && Json.write(parameters).equals(Json.write(new TreeMap<>(otherParameters)))
                && items.stream().map(Entry::frames).toList().equals(ranges);
    }

    public void write(Path batchDir) throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("format", FORMAT);
        m.put("version", VERSION);
        m.put("stack", stack);
        m.put("frames", frames.option());
        m.put("parameters", parameters);
        List<Object> list = new ArrayList<>();
        for (Entry e : items) {
            list.add(Map.of("uuid", e.uuid(), "frames", e.frames().option()));
        }
        m.put("items", list);
        String text = Json.writePretty(m);
        AtomicFile.replaceText(batchDir.resolve(FILE), w -> w.write(text + "\n"));
    }

    /** Reads the plan of a batch; an IOException naming the file when it is missing or damaged. */
    public static LocalizationPlan read(Path batchDir) throws IOException {
        Path f = batchDir.resolve(FILE);
        if (!Files.isRegularFile(f)) {
            throw new IOException(f + ": not found; " + batchDir + " was not made by localize-batch");
        }
        if (Files.size(f) > 64L << 20) {
            throw new IOException(f + ": " + Files.size(f) + " bytes, too large for a localization plan");
        }
        try {
            Object json = Json.parse(Files.readString(f));
            if (!(json instanceof Map<?, ?> m) || !FORMAT.equals(m.get("format"))) {
                throw new IOException(f + ": not a localization plan (format is not " + FORMAT + ")");
            }
            if (!(m.get("version") instanceof Number v) || v.intValue() > VERSION) {
                throw new IOException(f + ": version " + m.get("version") + " is newer than this Fluorite reads (" + VERSION + ")");
            }
            FrameRange frames = range(f, m.get("frames"));
            Map<String, Object> params = new TreeMap<>();
            if (m.get("parameters") instanceof Map<?, ?> p) {
                p.forEach((k, val) -> params.put(String.valueOf(k), val));
            }
            List<Entry> items = new ArrayList<>();
            if (!(m.get("items") instanceof List<?> list)) {
                throw new IOException(f + ": no item list");
            }
            for (Object o : list) {
                if (!(o instanceof Map<?, ?> e) || !(e.get("uuid") instanceof String uuid)) {
                    throw new IOException(f + ": an item without uuid");
                }
                items.add(new Entry(uuid, range(f, e.get("frames"))));
            }
            return new LocalizationPlan(String.valueOf(m.get("stack")), frames, params, items);
        } catch (IllegalArgumentException e) {
            throw new IOException(f + ": damaged: " + e.getMessage(), e);
        }
    }

    private static FrameRange range(Path f, Object v) throws IOException {
        return FrameRange.parse(v == null ? "" : String.valueOf(v))
                .orElseThrow(() -> new IOException(f + ": '" + v + "' is not a frame range A:B"));
    }
}
