package org.fluorite.flow.graph;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.fluorite.core.progress.CancelledException;
import org.fluorite.core.progress.ProgressMonitor;
import org.fluorite.flow.Transmission;
import org.fluorite.flow.node.DataSpec;
import org.fluorite.flow.node.ExecutionContext;
import org.fluorite.flow.node.Inputs;
import org.fluorite.flow.node.Node;
import org.fluorite.flow.node.NodeConfigurationException;
import org.fluorite.flow.node.PortSpec;

/**
 * Runs a {@link Flowchart}. Outputs are cached per node together with what produced them (the
 * node's revision and the identity of its input values), so a run after a change re-executes only
 * the changed nodes and what is downstream of them. Independent branches run at the same time on
 * a pool of threads. A node that fails is marked {@link NodeStatus#ERROR} with its message; the
 * nodes that need its output are {@link NodeStatus#BLOCKED}, every other node runs normally.
 */
public final class FlowEngine {

    private final Flowchart chart;
    private final Path project;
    private final int threads;
    private final boolean parallelRows;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();
    private final Map<String, Integer> executions = new ConcurrentHashMap<>();
    private final List<java.util.function.Consumer<NodeResult>> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();

    private record Cached(long revision, List<Object> inputs, NodeResult result) {
    }

    /**
     * @param chart        the flowchart
     * @param project      the project directory nodes may use (LoadProjDF), null when none
     * @param threads      how many nodes may run at once (at least 1)
     * @param parallelRows whether nodes may spread their rows over all processors
     */
    public FlowEngine(Flowchart chart, Path project, int threads, boolean parallelRows) {
        this.chart = chart;
        this.project = project;
        this.threads = Math.max(1, threads);
        this.parallelRows = parallelRows;
    }

    public Flowchart flowchart() {
        return chart;
    }

    /** How many times the node's execute ran in this engine (cache hits do not count). */
    public int executions(String nodeId) {
        return executions.getOrDefault(nodeId, 0);
    }

    /** The result of the node's last run, if it ran. */
    public java.util.Optional<NodeResult> result(String nodeId) {
        Cached c = cache.get(nodeId);
        return c == null ? java.util.Optional.empty() : java.util.Optional.of(c.result);
    }

    /**
     * Hears each node's result as soon as it is known during a run (on the worker thread that ran
     * the node), so an editor can colour nodes while the rest still runs.
     */
    public void addResultListener(java.util.function.Consumer<NodeResult> listener) {
        listeners.add(listener);
    }

    public void removeResultListener(java.util.function.Consumer<NodeResult> listener) {
        listeners.remove(listener);
    }

    /** Forgets all cached outputs: the next run executes every node. */
    public void clearCache() {
        cache.clear();
    }

    /**
     * Checks the whole flowchart without data: every node's {@link Node#configure} on the specs
     * its inputs will have. Returns per node (in topological order) OK with its output specs in
     * {@link Validation#outputs()}, ERROR with the message, or BLOCKED.
     */
    public Map<String, Validation> validate() {
        Map<String, Validation> out = new LinkedHashMap<>();
        for (String id : chart.topologicalOrder()) {
            FlowNode n = chart.node(id).orElseThrow();
            List<List<DataSpec>> ports = new ArrayList<>();
            String problem = null;
            for (PortSpec p : n.factory().inputs()) {
                List<DataSpec> specs = new ArrayList<>();
                for (Connection c : chart.into(id, p.name())) {
                    Validation up = out.get(c.fromNode());
                    int oi = chart.node(c.fromNode()).orElseThrow().outputIndex(c.fromPort());
                    if (up == null || up.status != NodeStatus.OK || oi >= up.outputs.size()) {
                        problem = problem != null ? problem : "Input " + p.name() + " comes from " + c.fromNode() + ", which has a problem";
                    } else {
                        specs.add(up.outputs.get(oi));
                    }
                }
                if (specs.isEmpty() && !p.optional() && problem == null) {
                    out.put(id, new Validation(NodeStatus.ERROR, "Connect the " + p.name() + " terminal", List.of()));
                }
                ports.add(specs);
            }
            if (out.containsKey(id)) {
                continue;
            }
            if (problem != null) {
                out.put(id, new Validation(NodeStatus.BLOCKED, problem, List.of()));
                continue;
            }
            try {
                List<DataSpec> specs = n.factory().create(n.settings()).configure(new Inputs<>(ports));
                out.put(id, new Validation(NodeStatus.OK, "", specs));
            } catch (NodeConfigurationException | RuntimeException e) {
                out.put(id, new Validation(NodeStatus.ERROR, message(e), List.of()));
            }
        }
        return out;
    }

    /** The outcome of validating one node. */
    public record Validation(NodeStatus status, String error, List<DataSpec> outputs) {
    }

    /**
     * Runs every node whose outputs are not up to date, independent branches in parallel, and
     * returns every node's result in topological order. Cancelling the monitor stops the run
     * between nodes and inside nodes that check it; nodes not finished are CANCELLED.
     */
    public Map<String, NodeResult> run(ProgressMonitor monitor) {
        ProgressMonitor m = monitor == null ? ProgressMonitor.NONE : monitor;
        List<String> order = chart.topologicalOrder();
        cache.keySet().retainAll(order);
        m.begin("Running flowchart", order.size());
        Map<String, CompletableFuture<NodeResult>> futures = new HashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "flowchart-node");
            t.setDaemon(true);
            return t;
        });
        try {
            for (String id : order) {
                List<CompletableFuture<NodeResult>> deps = chart.predecessors(id).stream().map(futures::get).toList();
                CompletableFuture<NodeResult> f = CompletableFuture.allOf(deps.toArray(CompletableFuture[]::new))
                        .thenApplyAsync(v -> {
                            NodeResult r;
                            try {
                                r = runNode(id, futures, m);
                            } catch (RuntimeException e) {
                                // e.g. the node or a wire was removed in the editor while the run went on
                                r = NodeResult.failed(id, NodeStatus.ERROR, "The flowchart changed during the run: " + message(e));
                            }
                            m.worked(1);
                            for (java.util.function.Consumer<NodeResult> l : listeners) {
                                try {
                                    l.accept(r);
                                } catch (RuntimeException e) {
                                    // a listener's failure must not change the run's outcome
                                    r = new NodeResult(r.nodeId(), r.status(), r.error(), append(r.warnings(),
                                            "a result listener failed: " + message(e)), r.outputs(), r.seconds(), r.fromCache());
                                }
                            }
                            return r;
                        }, pool);
                futures.put(id, f);
            }
            Map<String, NodeResult> out = new LinkedHashMap<>();
            for (String id : order) {
                out.put(id, futures.get(id).join());
            }
            return out;
        } finally {
            pool.shutdown();
            m.done();
        }
    }

    private NodeResult runNode(String id, Map<String, CompletableFuture<NodeResult>> futures, ProgressMonitor m) {
        FlowNode n = chart.node(id).orElseThrow();
        if (m.isCancelled()) {
            return NodeResult.failed(id, NodeStatus.CANCELLED, "Cancelled");
        }
        List<List<Object>> ports = new ArrayList<>();
        List<Object> identity = new ArrayList<>();
        for (PortSpec p : n.factory().inputs()) {
            List<Object> values = new ArrayList<>();
            for (Connection c : chart.into(id, p.name())) {
                NodeResult up = futures.get(c.fromNode()).join();
                int oi = chart.node(c.fromNode()).orElseThrow().outputIndex(c.fromPort());
                if (up.status() == NodeStatus.CANCELLED) {
                    return NodeResult.failed(id, NodeStatus.CANCELLED, "Cancelled");
                }
                if (up.status() != NodeStatus.OK || oi < 0 || oi >= up.outputs().size() || up.outputs().get(oi) == null) {
                    return remember(n, identity, NodeResult.failed(id, NodeStatus.BLOCKED,
                            "Input " + p.name() + " has no data: " + c.fromNode() + " did not run (" + up.status() + ")"));
                }
                values.add(up.outputs().get(oi));
            }
            if (values.isEmpty() && !p.optional()) {
                return remember(n, identity, NodeResult.failed(id, NodeStatus.ERROR, "Connect the " + p.name() + " terminal"));
            }
            ports.add(values);
            identity.add(List.copyOf(values));
        }
        Cached c = cache.get(id);
        if (c != null && c.revision == n.revision() && c.result.status() == NodeStatus.OK && sameIdentity(c.inputs, identity)) {
            return c.result.cached();
        }
        long start = System.nanoTime();
        ExecutionContext context = new ExecutionContext(n.factory().id(), id, m, project, parallelRows);
        NodeResult result;
        try {
            Node node = n.factory().create(n.settings());
            List<List<DataSpec>> specs = new ArrayList<>();
            for (List<Object> values : ports) {
                specs.add(values.stream().map(FlowEngine::specOf).toList());
            }
            node.configure(new Inputs<>(specs));
            executions.merge(id, 1, Integer::sum);
            List<Object> outputs = node.execute(new Inputs<>(ports), context);
            if (outputs == null || outputs.size() != n.factory().outputs().size()) {
                throw new IllegalStateException("Node gave " + (outputs == null ? 0 : outputs.size()) + " outputs for "
                        + n.factory().outputs().size() + " terminals");
            }
            result = new NodeResult(id, NodeStatus.OK, "", context.warnings(), outputs, (System.nanoTime() - start) / 1e9, false);
        } catch (CancelledException e) {
            return NodeResult.failed(id, NodeStatus.CANCELLED, "Cancelled");
        } catch (Exception | LinkageError | AssertionError | StackOverflowError e) {
            result = new NodeResult(id, NodeStatus.ERROR, message(e), context.warnings(), List.of(), (System.nanoTime() - start) / 1e9,
                    false);
        }
        return remember(n, identity, result);
    }

    private NodeResult remember(FlowNode n, List<Object> identity, NodeResult r) {
        cache.put(n.id(), new Cached(n.revision(), identity, r));
        return r;
    }

    private static List<String> append(List<String> list, String item) {
        List<String> out = new ArrayList<>(list);
        out.add(item);
        return out;
    }

    private static DataSpec specOf(Object value) {
        if (value instanceof Transmission t) {
            return DataSpec.of(t);
        }
        return DataSpec.of(new org.fluorite.flow.node.DataType(value.getClass().getSimpleName(), value.getClass()));
    }

    private static boolean sameIdentity(List<Object> a, List<Object> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            List<?> x = (List<?>) a.get(i);
            List<?> y = (List<?>) b.get(i);
            if (x.size() != y.size()) {
                return false;
            }
            for (int j = 0; j < x.size(); j++) {
                if (x.get(j) != y.get(j)) {
                    return false;
                }
            }
        }
        return true;
    }

    static String message(Throwable e) {
        String msg = e.getMessage();
        return msg == null || msg.isBlank() ? e.getClass().getSimpleName() : msg;
    }
}
