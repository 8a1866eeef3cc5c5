package org.fluorite.flow.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.fluorite.cli.CommandLine;
import org.fluorite.core.json.Json;
import org.fluorite.flow.node.AbstractNodeFactory;
import org.fluorite.flow.node.Node;
import org.fluorite.flow.node.NodeRegistry;
import org.fluorite.flow.node.NoSettings;
import org.fluorite.flow.node.PortSpec;
import org.fluorite.flow.node.TransmissionNode;
import org.fluorite.io.FormatRegistry;
import org.junit.jupiter.api.Test;

/** {@code flow nodes} lists what the registry holds; wrong arguments are usage errors. */
class FlowNodesCommandTest {

    static final class Probe extends AbstractNodeFactory<NoSettings> {
        Probe(String id, String name, String category) {
            super(id, name, category, "probe " + name, NoSettings.INSTANCE, TransmissionNode.INPUTS,
                    List.of(PortSpec.transmission("Out")));
        }

        @Override
        protected Node createNode(NoSettings s) {
            throw new UnsupportedOperationException();
        }
    }

    record Run(int exit, String out, String err) {
    }

    static Run run(NodeRegistry registry, String... args) {
        CommandLine cl = CommandLine.standalone(new FormatRegistry());
        cl.addCommand(new FlowCommand(registry));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            int exit = cl.execute(args, o, e);
            return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        }
    }

    static NodeRegistry registry() {
        NodeRegistry r = new NodeRegistry();
        r.addFactory(new Probe("signal.Butterworth", "Butterworth", "Signal"));
        r.addFactory(new Probe("data.TextFilter", "TextFilter", "Data"));
        r.addFactory(new Probe("data.TextFilter", "Other", "Data"));
        return r;
    }

    @Test
    @SuppressWarnings("unchecked")
    void listsNodesAsJson() {
        Run r = run(registry(), "flow", "nodes", "--json");
        assertEquals(0, r.exit(), r.err());
        Map<String, Object> j = (Map<String, Object>) Json.parse(r.out());
        List<Map<String, Object>> nodes = (List<Map<String, Object>>) j.get("nodes");
        assertEquals(2, nodes.size());
        assertEquals("data.TextFilter", nodes.get(0).get("id"));
        assertEquals("TextFilter", nodes.get(0).get("name"));
        assertEquals("Data", nodes.get(0).get("category"));
        assertEquals("Signal", nodes.get(1).get("category"));
        assertEquals(List.of(Map.of("name", "In", "type", "transmission", "optional", false, "multiple", false)),
                nodes.get(1).get("inputs"));
        List<String> problems = (List<String>) j.get("problems");
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).contains("'data.TextFilter'"), problems.get(0));
    }

    @Test
    void listsNodesAsText() {
        Run r = run(registry(), "flow", "nodes");
        assertEquals(0, r.exit(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals(3, lines.size());
        assertTrue(lines.get(0).startsWith("ID") && lines.get(0).contains("CATEGORY"), lines.get(0));
        assertTrue(lines.get(1).startsWith("data.TextFilter") && lines.get(1).endsWith("Data"), lines.get(1));
        assertTrue(r.err().contains("refused"), r.err());
    }

    @Test
    void wrongArgumentsAreUsageErrors() {
        assertEquals(2, run(registry(), "flow").exit());
        Run bad = run(registry(), "flow", "walk");
        assertEquals(2, bad.exit());
        assertTrue(bad.err().contains("unknown sub-command 'walk'"), bad.err());
        assertEquals(2, run(registry(), "flow", "run").exit());
        Run missing = run(registry(), "flow", "run", "/nonexistent/chart.json");
        assertEquals(1, missing.exit());
        assertTrue(missing.err().contains("/nonexistent/chart.json"), missing.err());
    }
}
