package org.fluorite.flow.graph;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

import org.fluorite.core.progress.ProgressMonitor;
import org.fluorite.flow.Samples;
import org.fluorite.flow.Transmission;
import org.fluorite.flow.node.NoSettings;
import org.junit.jupiter.api.Test;

/** Validation, incremental runs, failure isolation, cancellation and parallel branches. */
class FlowEngineTest {

    @Test
    void connectionsAreChecked() {
        Flowchart c = new Flowchart();
        FlowNode src = c.add(new TestNodes.Source(), null, 0, 0);
        FlowNode num = c.add(new TestNodes.Number(), null, 0, 0);
        FlowNode a = c.add(new TestNodes.Add(), null, 0, 0);
        FlowNode b = c.add(new TestNodes.Add(), null, 0, 0);
        IllegalArgumentException type = assertThrows(IllegalArgumentException.class, () -> c.connect(num.id(), "Out", a.id(), "In"));
        assertTrue(type.getMessage().contains("(number)") && type.getMessage().contains("(transmission)"), type.getMessage());
        c.connect(src.id(), "Out", a.id(), "In");
        c.connect(a.id(), "Out", b.id(), "In");
        IllegalArgumentException cycle = assertThrows(IllegalArgumentException.class, () -> c.connect(b.id(), "Out", a.id(), "In"));
        assertTrue(cycle.getMessage().contains("already connected"), cycle.getMessage());
        FlowNode m = c.add(new TestNodes.Add(), null, 0, 0);
        c.connect(b.id(), "Out", m.id(), "In");
        Flowchart loop = new Flowchart();
        FlowNode x = loop.add(new TestNodes.Add(), null, 0, 0);
        FlowNode y = loop.add(new TestNodes.Add(), null, 0, 0);
        loop.connect(x.id(), "Out", y.id(), "In");
        IllegalArgumentException cyc = assertThrows(IllegalArgumentException.class, () -> loop.connect(y.id(), "Out", x.id(), "In"));
        assertTrue(cyc.getMessage().contains("cycle"), cyc.getMessage());
        assertThrows(IllegalArgumentException.class, () -> c.connect(src.id(), "Nope", m.id(), "In"));
        assertEquals(List.of("Source.0", "Number.0", "Add.0", "Add.1", "Add.2"), c.topologicalOrder());
    }

    @Test
    void validationNamesMissingColumnsWithoutRunning() {
        Flowchart c = new Flowchart();
        FlowNode src = c.add(new TestNodes.Source(), null, 0, 0);
        FlowNode a = c.add(new TestNodes.Add(), new TestNodes.AddSettings("_NOPE", 1, "_ADD"), 0, 0);
        FlowNode b = c.add(new TestNodes.Add(), null, 0, 0);
        FlowNode lonely = c.add(new TestNodes.Add(), null, 0, 0);
        c.connect(src.id(), "Out", a.id(), "In");
        c.connect(a.id(), "Out", b.id(), "In");
        FlowEngine e = new FlowEngine(c, null, 1, false);
        Map<String, FlowEngine.Validation> v = e.validate();
        assertEquals(NodeStatus.OK, v.get(src.id()).status());
        assertEquals(NodeStatus.ERROR, v.get(a.id()).status());
        assertTrue(v.get(a.id()).error().startsWith("There is no column '_NOPE' in the input (columns: SampleID, cell_type"),
                v.get(a.id()).error());
        assertEquals(NodeStatus.BLOCKED, v.get(b.id()).status());
        assertEquals("Connect the In terminal", v.get(lonely.id()).error());
        assertEquals(0, e.executions(src.id()), "validation runs nothing");
        c.setSettings(a.id(), new TestNodes.AddSettings("_RAW_CURVE", 1, "_ADD"));
        Map<String, FlowEngine.Validation> ok = e.validate();
        assertEquals(NodeStatus.OK, ok.get(b.id()).status());
        assertTrue(ok.get(b.id()).outputs().get(0).columns().containsKey("_ADD"));
    }

    @Test
    void aChangeRerunsOnlyWhatIsDownstream() {
        Flowchart c = new Flowchart();
        FlowNode src = c.add(new TestNodes.Source(), null, 0, 0);
        FlowNode a1 = c.add(new TestNodes.Add(), null, 0, 0);
        FlowNode a2 = c.add(new TestNodes.Add(), new TestNodes.AddSettings("_ADD", 10, "_ADD2"), 0, 0);
        FlowNode a3 = c.add(new TestNodes.Add(), new TestNodes.AddSettings("_RAW_CURVE", 100, "_ADD3"), 0, 0);
        c.connect(src.id(), "Out", a1.id(), "In");
        c.connect(a1.id(), "Out", a2.id(), "In");
        c.connect(src.id(), "Out", a3.id(), "In");
        FlowEngine e = new FlowEngine(c, null, 2, false);
        List<String> heard = new java.util.concurrent.CopyOnWriteArrayList<>();
        e.addResultListener(r -> heard.add(r.nodeId() + " " + r.status()));
        Map<String, NodeResult> r1 = e.run(ProgressMonitor.NONE);
        assertEquals(4, heard.size());
        assertTrue(heard.indexOf("Source.0 OK") < heard.indexOf("Add.0 OK") && heard.indexOf("Add.0 OK") < heard.indexOf("Add.1 OK"),
                heard.toString());
        assertArrayEquals(new double[] {12, 13, 14, 15, 16}, r1.get(a2.id()).transmission(0).column("_ADD2").arrays()[0]);
        assertArrayEquals(new double[] {100, 101, 100, 101}, r1.get(a3.id()).transmission(0).column("_ADD3").arrays()[2]);
        Map<String, NodeResult> r2 = e.run(ProgressMonitor.NONE);
        assertTrue(r2.values().stream().allMatch(NodeResult::fromCache));
        for (FlowNode n : List.of(src, a1, a2, a3)) {
            assertEquals(1, e.executions(n.id()), n.id());
        }
        c.setSettings(a1.id(), new TestNodes.AddSettings("_RAW_CURVE", 2, "_ADD"));
        Map<String, NodeResult> r3 = e.run(ProgressMonitor.NONE);
        assertEquals(1, e.executions(src.id()));
        assertEquals(2, e.executions(a1.id()));
        assertEquals(2, e.executions(a2.id()));
        assertEquals(1, e.executions(a3.id()));
        assertArrayEquals(new double[] {13, 14, 15, 16, 17}, r3.get(a2.id()).transmission(0).column("_ADD2").arrays()[0]);
        Transmission out = r3.get(a2.id()).transmission(0);
        assertEquals(List.of("spawn_transmission", "add", "add"), out.history().operationNames(Samples.BLOCK_A));
        assertEquals(2.0, out.historyOfRow(0).get(1).parameters().get("value"));
        assertEquals("test.Add", out.historyOfRow(0).get(1).nodeId());
        // Update on the source re-runs everything below it
        c.invalidate(src.id());
        e.run(ProgressMonitor.NONE);
        assertEquals(2, e.executions(src.id()));
        assertEquals(3, e.executions(a1.id()));
        assertEquals(3, e.executions(a2.id()));
        assertEquals(2, e.executions(a3.id()));
        // moving a node changes nothing; disconnecting and reconnecting re-runs the target
        c.move(a3.id(), 50, 60);
        e.run(ProgressMonitor.NONE);
        assertEquals(2, e.executions(a3.id()));
        Connection wire = c.into(a3.id(), "In").get(0);
        c.disconnect(wire);
        Map<String, NodeResult> r4 = e.run(ProgressMonitor.NONE);
        assertEquals(NodeStatus.ERROR, r4.get(a3.id()).status());
        c.connect(src.id(), "Out", a3.id(), "In");
        e.run(ProgressMonitor.NONE);
        assertEquals(3, e.executions(a3.id()));
    }

    @Test
    void aFailingNodeIsMarkedAndTheRestRuns() {
        Flowchart c = new Flowchart();
        FlowNode src = c.add(new TestNodes.Source(), null, 0, 0);
        FlowNode fail = c.add(new TestNodes.Fail(), null, 0, 0);
        FlowNode after = c.add(new TestNodes.Add(), null, 0, 0);
        FlowNode other = c.add(new TestNodes.Add(), null, 0, 0);
        c.connect(src.id(), "Out", fail.id(), "In");
        c.connect(fail.id(), "Out", after.id(), "In");
        c.connect(src.id(), "Out", other.id(), "In");
        Map<String, NodeResult> r = new FlowEngine(c, null, 2, false).run(ProgressMonitor.NONE);
        assertEquals(NodeStatus.ERROR, r.get(fail.id()).status());
        assertEquals("the curves are too short for this test", r.get(fail.id()).error());
        assertEquals(NodeStatus.BLOCKED, r.get(after.id()).status());
        assertTrue(r.get(after.id()).error().contains("Fail.0"), r.get(after.id()).error());
        assertEquals(NodeStatus.OK, r.get(other.id()).status());
        assertEquals(3, r.get(other.id()).rows());
    }

    @Test
    void cancellationStopsTheRun() {
        Flowchart c = new Flowchart();
        FlowNode src = c.add(new TestNodes.Source(), null, 0, 0);
        FlowNode wait = c.add(new TestNodes.Wait("test.WaitA", new CountDownLatch(2)), NoSettings.INSTANCE, 0, 0);
        FlowNode after = c.add(new TestNodes.Add(), null, 0, 0);
        c.connect(src.id(), "Out", wait.id(), "In");
        c.connect(wait.id(), "Out", after.id(), "In");
        AtomicBoolean cancel = new AtomicBoolean();
        ProgressMonitor m = new ProgressMonitor() {
            @Override
            public void begin(String task, long totalWork) {
            }

            @Override
            public void worked(long units) {
                cancel.set(true); // cancel once the first node is done
            }

            @Override
            public boolean isCancelled() {
                return cancel.get();
            }
        };
        Map<String, NodeResult> r = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> new FlowEngine(c, null, 1, false).run(m));
        assertEquals(NodeStatus.OK, r.get(src.id()).status());
        assertEquals(NodeStatus.CANCELLED, r.get(wait.id()).status());
        assertEquals(NodeStatus.CANCELLED, r.get(after.id()).status());
    }

    @Test
    void independentBranchesRunAtTheSameTime() {
        CountDownLatch both = new CountDownLatch(2);
        Flowchart c = new Flowchart();
        FlowNode src = c.add(new TestNodes.Source(), null, 0, 0);
        FlowNode w1 = c.add(new TestNodes.Wait("test.WaitA", both), null, 0, 0);
        FlowNode w2 = c.add(new TestNodes.Wait("test.WaitB", both), null, 0, 0);
        c.connect(src.id(), "Out", w1.id(), "In");
        c.connect(src.id(), "Out", w2.id(), "In");
        Map<String, NodeResult> r = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> new FlowEngine(c, null, 2, false)
                .run(ProgressMonitor.NONE));
        assertEquals(NodeStatus.OK, r.get(w1.id()).status(), r.get(w1.id()).error());
        assertEquals(NodeStatus.OK, r.get(w2.id()).status(), r.get(w2.id()).error());
        assertEquals(0, both.getCount());
        assertFalse(r.get(w1.id()).fromCache());
    }

    @Test
    void removingANodeDropsItsWires() {
        Flowchart c = new Flowchart();
        FlowNode src = c.add(new TestNodes.Source(), null, 0, 0);
        FlowNode a = c.add(new TestNodes.Add(), null, 0, 0);
        c.connect(src.id(), "Out", a.id(), "In");
        int[] changes = {0};
        c.addListener(() -> changes[0]++);
        c.remove(src.id());
        assertEquals(List.of(), c.connections());
        assertEquals(1, c.nodes().size());
        assertEquals(1, changes[0]);
    }
}
