package org.fluorite.flow.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.fluorite.flow.node.NodeFactory;
import org.fluorite.flow.node.NodeRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Flowcharts saved and loaded with their parameters, positions and wires; versions and migration; the registry. */
class FlowchartJsonTest {

    @Test
    void saveAndLoadKeepEverything(@TempDir Path dir) throws IOException {
        Flowchart c = new Flowchart();
        FlowNode src = c.add(new TestNodes.Source(), null, 10, 20);
        FlowNode a = c.add(new TestNodes.Add(), new TestNodes.AddSettings("_RAW_CURVE", 2.5, "_PLUS"), 150.5, -30);
        c.connect(src.id(), "Out", a.id(), "In");
        Path f = dir.resolve("flowcharts/chart.json");
        FlowchartJson.save(c, f);
        String text = java.nio.file.Files.readString(f);
        assertTrue(text.contains("\"format\": \"fluorite-flowchart\""), text);
        assertTrue(text.contains("\"version\": 1"), text);
        Flowchart back = FlowchartJson.load(f, TestNodes::lookup);
        assertEquals(List.of("Source.0", "Add.0"), back.nodes().stream().map(FlowNode::id).toList());
        FlowNode b = back.node("Add.0").orElseThrow();
        assertEquals(new TestNodes.AddSettings("_RAW_CURVE", 2.5, "_PLUS"), b.settings());
        assertEquals(150.5, b.x());
        assertEquals(-30.0, b.y());
        assertEquals(List.of(new Connection("Source.0", "Out", "Add.0", "In")), back.connections());
        assertEquals(FlowchartJson.write(c), FlowchartJson.write(back));
    }

    @Test
    void newerVersionsUnknownNodesAndBadSettingsAreRefused(@TempDir Path dir) throws IOException {
        IllegalArgumentException newer = assertThrows(IllegalArgumentException.class, () -> FlowchartJson.read(
                "{\"format\": \"fluorite-flowchart\", \"version\": 99, \"nodes\": []}", TestNodes::lookup));
        assertTrue(newer.getMessage().contains("newer Fluorite"), newer.getMessage());
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> FlowchartJson.read(
                "{\"format\": \"fluorite-flowchart\", \"version\": 1, \"nodes\": [{\"id\": \"X.0\", \"type\": \"acme.Gone\"}]}",
                TestNodes::lookup));
        assertEquals("node X.0 is of type 'acme.Gone', which is not installed", unknown.getMessage());
        Path f = dir.resolve("bad.json");
        java.nio.file.Files.writeString(f, "{\"format\": \"fluorite-flowchart\", \"version\": 1, \"nodes\": [{\"id\": \"Add.0\", "
                + "\"type\": \"test.Add\", \"settings\": {\"value\": 1e12}}]}");
        IOException bad = assertThrows(IOException.class, () -> FlowchartJson.load(f, TestNodes::lookup));
        assertTrue(bad.getMessage().startsWith(f + ": node Add.0: Value must be between"), bad.getMessage());
    }

    @Test
    void malformedFilesAreRefusedNamingTheFile(@TempDir Path dir) throws IOException {
        for (String text : List.of("", "[1, 2]", "{\"format\": \"fluorite-flowchart\", \"nodes\": [5]}",
                "{\"format\": \"fluorite-flowchart\", \"nodes\": [], \"connections\": [{\"to\": \"x\"}]}",
                "{\"format\": \"fluorite-flowchart\", \"version\": \"one\"}", "{\"format\": \"fluorite-flowchart\", \"nodes\": {}}")) {
            Path f = dir.resolve("m.json");
            java.nio.file.Files.writeString(f, text);
            IOException e = assertThrows(IOException.class, () -> FlowchartJson.load(f, TestNodes::lookup), text);
            assertTrue(e.getMessage().startsWith(f.toString() + ": "), e.getMessage());
        }
    }

    @Test
    void oldSettingsAreMigratedByTheirFactory() {
        NodeFactory v2 = new TestNodes.Add() {
            @Override
            public int version() {
                return 2;
            }

            @Override
            public Map<String, Object> migrate(int savedVersion, Map<String, Object> saved) {
                Map<String, Object> m = new LinkedHashMap<>(saved);
                if (savedVersion < 2 && m.containsKey("amount")) {
                    m.put("value", m.remove("amount"));
                }
                return m;
            }
        };
        Flowchart c = FlowchartJson.read("{\"format\": \"fluorite-flowchart\", \"version\": 1, \"nodes\": [{\"id\": \"Add.0\", "
                + "\"type\": \"test.Add\", \"settingsVersion\": 1, \"settings\": {\"amount\": 7}}]}", id -> Optional.of(v2));
        assertEquals(7.0, ((TestNodes.AddSettings) c.node("Add.0").orElseThrow().settings()).value());
    }

    @Test
    void registryRefusesDuplicateAndBrokenFactories() {
        NodeRegistry r = new NodeRegistry();
        assertTrue(r.addFactory(new TestNodes.Add()));
        assertTrue(r.addFactory(new TestNodes.Source()));
        assertEquals(false, r.addFactory(new TestNodes.Add()));
        NodeFactory broken = new NodeFactory() {
            @Override
            public String id() {
                return "acme.Broken";
            }

            @Override
            public String name() {
                throw new NoClassDefFoundError("org/acme/Missing");
            }

            @Override
            public String category() {
                return "Acme";
            }

            @Override
            public Record defaultSettings() {
                return org.fluorite.flow.node.NoSettings.INSTANCE;
            }

            @Override
            public List<org.fluorite.flow.node.PortSpec> inputs() {
                return List.of();
            }

            @Override
            public List<org.fluorite.flow.node.PortSpec> outputs() {
                return List.of();
            }

            @Override
            public org.fluorite.flow.node.Node create(Record settings) {
                throw new UnsupportedOperationException();
            }
        };
        assertEquals(false, r.addFactory(broken));
        assertTrue(r.problems().get(1).contains("failed to describe itself") && r.problems().get(1).contains("org/acme/Missing"),
                r.problems().toString());
        assertEquals(2, r.factories().size());
        assertTrue(r.problems().get(0).contains("Node id 'test.Add'"), r.problems().toString());
        assertEquals(List.of("Add", "Source"), r.factories().stream().map(NodeFactory::name).toList());
    }
}
