package org.fluorite.flow.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.fluorite.cli.Arguments;
import org.fluorite.cli.CliCommand;
import org.fluorite.cli.CliContext;
import org.fluorite.cli.CommandLine;
import org.fluorite.cli.UsageException;
import org.fluorite.core.json.Json;
import org.fluorite.flow.graph.FlowEngine;
import org.fluorite.flow.graph.FlowNode;
import org.fluorite.flow.graph.Flowchart;
import org.fluorite.flow.graph.FlowchartJson;
import org.fluorite.flow.graph.NodeResult;
import org.fluorite.flow.graph.NodeStatus;
import org.fluorite.flow.node.NodeFactory;
import org.fluorite.flow.node.NodeRegistry;
import org.fluorite.flow.node.PortSpec;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code ./fluorite flow nodes [--json]} lists the installed flowchart nodes;
 * {@code ./fluorite flow run FLOWCHART.json --project DIR [--json]} runs a saved flowchart
 * headless (Save nodes write their files) and reports every node's status.
 */
@Component(service = CliCommand.class)
public class FlowCommand implements CliCommand {

    static final String JSON = "--json";
    static final String PROJECT = "--project";
    static final String THREADS = "--threads";

    private volatile NodeRegistry registry;

    /** For OSGi: the registry comes by injection. */
    public FlowCommand() {
    }

    /** For tests and standalone use. */
    public FlowCommand(NodeRegistry registry) {
        this.registry = registry;
    }

    @Reference
    void setRegistry(NodeRegistry r) {
        this.registry = r;
    }

    @Override
    public String name() {
        return "flow";
    }

    @Override
    public String summary() {
        return "List flowchart nodes, or run a saved flowchart headless";
    }

    @Override
    public String usage() {
        return """
                Usage: ./fluorite flow nodes [--json]
                       ./fluorite flow run FLOWCHART.json --project DIR [--threads N] [--json]

                flow nodes   lists the installed nodes: id (stored in flowcharts), name, category.
                             --json adds descriptions and terminals, and plugins that were refused.
                flow run     runs every node of a flowchart saved by the workbench (JSON, in the
                             project's flowcharts/ folder); Save nodes write their files. A
                             FLOWCHART path not found in the working directory is looked up in
                             DIR/flowcharts/. Exit status 1 when a node fails.

                Options:
                  --project DIR  the project the flowchart belongs to (LoadProjDF reads its tabs;
                                 relative file settings are relative to it)
                  --threads N    nodes run at once (default: all processors)
                  --json         print {"flowchart", "project", "ok", "seconds", "nodes": [{"id",
                                 "type", "status", "rows", "seconds", "error", "warnings", "view"}]}

                Example: ./fluorite flow run peaks.json --project ~/projects/retina --json
                """;
    }

    @Override
    public int run(List<String> args, CliContext context) throws Exception {
        Arguments a = Arguments.parse(args, Set.of(JSON), Set.of(PROJECT, THREADS));
        String sub = a.positional(0, "a sub-command (nodes or run)");
        return switch (sub) {
            case "nodes" -> {
                a.expectAtMostPositionals(1);
                if (a.option(PROJECT).isPresent() || a.option(THREADS).isPresent()) {
                    throw new UsageException("flow nodes takes only --json");
                }
                yield nodes(a.flag(JSON), context);
            }
            case "run" -> {
                String chart = a.positional(1, "FLOWCHART.json");
                a.expectAtMostPositionals(2);
                yield runChart(chart, a, context);
            }
            default -> throw new UsageException("unknown sub-command '" + sub + "' (nodes or run)");
        };
    }

    private int nodes(boolean json, CliContext context) {
        List<NodeFactory> all = registry.factories();
        if (json) {
            List<Object> nodes = new ArrayList<>();
            for (NodeFactory f : all) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("id", f.id());
                m.put("name", f.name());
                m.put("category", f.category());
                m.put("description", f.description());
                m.put("inputs", ports(f.inputs()));
                m.put("outputs", ports(f.outputs()));
                nodes.add(m);
            }
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("nodes", nodes);
            out.put("problems", registry.problems());
            context.out().println(Json.writePretty(out));
        } else {
            int w = all.stream().mapToInt(f -> f.id().length()).max().orElse(2);
            int n = all.stream().mapToInt(f -> f.name().length()).max().orElse(4);
            context.out().printf(Locale.ROOT, "%-" + w + "s  %-" + n + "s  %s%n", "ID", "NAME", "CATEGORY");
            for (NodeFactory f : all) {
                context.out().printf(Locale.ROOT, "%-" + w + "s  %-" + n + "s  %s%n", f.id(), f.name(), f.category());
            }
            for (String p : registry.problems()) {
                context.err().println("refused: " + p);
            }
        }
        return CommandLine.EXIT_OK;
    }

    private static List<Object> ports(List<PortSpec> ports) {
        List<Object> out = new ArrayList<>();
        for (PortSpec p : ports) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", p.name());
            m.put("type", p.type().id());
            m.put("optional", p.optional());
            m.put("multiple", p.multiple());
            out.add(m);
        }
        return out;
    }

    private int runChart(String chartArg, Arguments a, CliContext context) throws Exception {
        Path project = null;
        if (a.option(PROJECT).isPresent()) {
            project = context.workingDirectory().resolve(a.option(PROJECT).get()).normalize();
            if (!Files.isDirectory(project)) {
                throw new UsageException("--project " + project + " is not a folder");
            }
        }
        Path file = context.workingDirectory().resolve(chartArg).normalize();
        if (!Files.isRegularFile(file) && project != null && Files.isRegularFile(project.resolve("flowcharts").resolve(chartArg))) {
            file = project.resolve("flowcharts").resolve(chartArg);
        }
        if (!Files.isRegularFile(file)) {
            throw new java.io.FileNotFoundException(file + ": no such flowchart file");
        }
        int threads = threads(a);
        Flowchart chart = FlowchartJson.load(file, registry::factory);
        long start = System.nanoTime();
        Map<String, NodeResult> results = new FlowEngine(chart, project, threads, true).run(context.progress());
        double seconds = (System.nanoTime() - start) / 1e9;
        boolean ok = results.values().stream().allMatch(r -> r.status() == NodeStatus.OK);
        if (a.flag(JSON)) {
            List<Object> nodes = new ArrayList<>();
            for (NodeResult r : results.values()) {
                nodes.add(nodeJson(chart.node(r.nodeId()).orElseThrow(), r));
            }
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("flowchart", file.toString());
            out.put("project", project == null ? null : project.toString());
            out.put("ok", ok);
            out.put("seconds", seconds);
            out.put("nodes", nodes);
            context.out().println(Json.writePretty(out));
        } else {
            for (NodeResult r : results.values()) {
                context.out().printf(Locale.ROOT, "%-24s %-9s %8s %9.3f s%s%n", r.nodeId(), r.status(),
                        r.rows() < 0 ? "" : r.rows() + " rows", r.seconds(), r.error().isEmpty() ? "" : "  " + r.error());
                for (String w : r.warnings()) {
                    context.out().println("    warning: " + w);
                }
            }
        }
        if (!ok) {
            long failed = results.values().stream().filter(r -> r.status() != NodeStatus.OK).count();
            context.err().println("fluorite flow: " + file + ": " + failed + " of " + results.size() + " nodes did not run");
            return CommandLine.EXIT_FAILURE;
        }
        return CommandLine.EXIT_OK;
    }

    private static Map<String, Object> nodeJson(FlowNode n, NodeResult r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.nodeId());
        m.put("type", n.factory().id());
        m.put("status", r.status().name());
        m.put("rows", r.rows() < 0 ? null : r.rows());
        m.put("seconds", r.seconds());
        m.put("error", r.error());
        m.put("warnings", r.warnings());
        for (Object o : r.outputs()) {
            if (o instanceof Map<?, ?> view) {
                m.put("view", Json.checkValue(view));
            }
        }
        return m;
    }

    private static int threads(Arguments a) throws UsageException {
        if (a.option(THREADS).isEmpty()) {
            return Runtime.getRuntime().availableProcessors();
        }
        try {
            int n = Integer.parseInt(a.option(THREADS).get().trim());
            if (n < 1 || n > 1024) {
                throw new UsageException("--threads must be between 1 and 1024");
            }
            return n;
        } catch (NumberFormatException e) {
            throw new UsageException("--threads must be a whole number, not '" + a.option(THREADS).get() + "'");
        }
    }
}
