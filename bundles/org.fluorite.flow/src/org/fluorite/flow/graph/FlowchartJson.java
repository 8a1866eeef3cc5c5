package org.fluorite.flow.graph;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import org.fluorite.core.json.Json;
import org.fluorite.core.settings.SettingsRecords;
import org.fluorite.flow.node.NodeFactory;

/**
 * Flowcharts as JSON files (the project's {@code flowcharts/} folder):
 *
 * <pre>
 * {"format": "fluorite-flowchart", "version": 1,
 *  "nodes": [{"id": "TextFilter.0", "type": "data.TextFilter", "x": 120.0, "y": 40.0,
 *             "settingsVersion": 1, "settings": {"column": "cell_type", ...}}],
 *  "connections": [{"from": "LoadProjDF.0", "out": "Out", "to": "TextFilter.0", "in": "In"}]}
 * </pre>
 *
 * Reading migrates older files: first the whole document through {@link #MIGRATIONS} (from
 * version v to v+1), then each node's settings through its factory's
 * {@link NodeFactory#migrate}.
 */
public final class FlowchartJson {

    public static final String FORMAT = "fluorite-flowchart";
    /** The version this code writes. */
    public static final int VERSION = 1;

    /**
     * Document migrations by the version they upgrade from: entry v turns a version v document
     * into a version v+1 document (e.g. renaming node types). Empty while VERSION is 1.
     */
    public static final Map<Integer, UnaryOperator<Map<String, Object>>> MIGRATIONS = Map.of();

    private FlowchartJson() {
    }

    /** The flowchart as a JSON-compatible map. */
    public static Map<String, Object> toMap(Flowchart chart) {
        List<Object> nodes = new ArrayList<>();
        for (FlowNode n : chart.nodes()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", n.id());
            m.put("type", n.factory().id());
            m.put("x", n.x());
            m.put("y", n.y());
            m.put("settingsVersion", n.factory().version());
            m.put("settings", SettingsRecords.toMap(n.settings()));
            nodes.add(m);
        }
        List<Object> wires = new ArrayList<>();
        for (Connection c : chart.connections()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("from", c.fromNode());
            m.put("out", c.fromPort());
            m.put("to", c.toNode());
            m.put("in", c.toPort());
            wires.add(m);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("format", FORMAT);
        out.put("version", VERSION);
        out.put("nodes", nodes);
        out.put("connections", wires);
        return out;
    }

    public static String write(Flowchart chart) {
        return Json.writePretty(toMap(chart));
    }

    /** Writes the flowchart to a file (created or replaced). */
    public static void save(Flowchart chart, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, write(chart), StandardCharsets.UTF_8);
    }

    /**
     * Reads a flowchart file.
     *
     * @param factories finds the factory of a node type (e.g. {@code registry::factory})
     * @throws IOException naming the file and the problem (bad JSON, unknown node type, a
     *                     setting out of range, a connection that does not fit)
     */
    public static Flowchart load(Path file, Function<String, Optional<NodeFactory>> factories) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        try {
            return read(text, factories);
        } catch (IllegalArgumentException | ClassCastException | NullPointerException e) {
            throw new IOException(file + ": " + (e instanceof IllegalArgumentException ? e.getMessage()
                    : "not a valid flowchart (" + e.getMessage() + ")"), e);
        }
    }

    /** Reads a flowchart from JSON text (see {@link #load}). */
    @SuppressWarnings("unchecked")
    public static Flowchart read(String json, Function<String, Optional<NodeFactory>> factories) {
        Object parsed = Json.parse(json);
        if (!(parsed instanceof Map<?, ?> raw) || !FORMAT.equals(raw.get("format"))) {
            throw new IllegalArgumentException("not a Fluorite flowchart (\"format\": \"" + FORMAT + "\" is missing)");
        }
        Map<String, Object> doc = new LinkedHashMap<>((Map<String, Object>) raw);
        int version = ((Number) doc.getOrDefault("version", 1)).intValue();
        if (version > VERSION) {
            throw new IllegalArgumentException("flowchart version " + version + " was written by a newer Fluorite (this one reads up to "
                    + VERSION + ")");
        }
        for (int v = version; v < VERSION; v++) {
            UnaryOperator<Map<String, Object>> step = MIGRATIONS.get(v);
            if (step != null) {
                doc = step.apply(doc);
            }
        }
        Flowchart chart = new Flowchart();
        for (Object o : (List<Object>) doc.getOrDefault("nodes", List.of())) {
            Map<String, Object> n = (Map<String, Object>) o;
            String id = String.valueOf(n.get("id"));
            String type = String.valueOf(n.get("type"));
            NodeFactory f = factories.apply(type).orElseThrow(() -> new IllegalArgumentException("node " + id + " is of type '" + type
                    + "', which is not installed"));
            Map<String, Object> settings = new LinkedHashMap<>((Map<String, Object>) n.getOrDefault("settings", Map.of()));
            int saved = ((Number) n.getOrDefault("settingsVersion", f.version())).intValue();
            if (saved < f.version()) {
                settings = f.migrate(saved, settings);
            }
            Record r;
            try {
                r = f.settings(settings);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("node " + id + ": " + e.getMessage(), e);
            }
            chart.addWithId(id, f, r, number(n.get("x")), number(n.get("y")));
        }
        for (Object o : (List<Object>) doc.getOrDefault("connections", List.of())) {
            Map<String, Object> c = (Map<String, Object>) o;
            chart.connect(String.valueOf(c.get("from")), String.valueOf(c.get("out")), String.valueOf(c.get("to")),
                    String.valueOf(c.get("in")));
        }
        return chart;
    }

    private static double number(Object o) {
        return o instanceof Number n ? n.doubleValue() : 0;
    }
}
