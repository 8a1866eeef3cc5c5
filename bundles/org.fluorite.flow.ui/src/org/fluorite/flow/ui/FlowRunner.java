package org.fluorite.flow.ui;

import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.fluorite.core.progress.ProgressMonitor;
import org.fluorite.flow.graph.FlowEngine;
import org.fluorite.flow.graph.NodeResult;
import org.fluorite.ui.JobMonitors;

/**
 * Runs the editor's flowchart in a background {@link Job} (with progress and cancel in the
 * workbench) after each change. The engine re-executes only stale nodes and what is downstream;
 * nodes are marked running first and take their final state as each result arrives.
 */
public final class FlowRunner {

    private final FlowEngine engine;
    private final RunStates states;
    private final Runnable updated;
    private final Job job;

    /**
     * @param engine  the engine of the edited flowchart
     * @param states  where node states are kept for drawing
     * @param updated called (on any thread) whenever states changed
     */
    public FlowRunner(FlowEngine engine, RunStates states, Runnable updated) {
        this.engine = engine;
        this.states = states;
        this.updated = updated;
        engine.addResultListener(r -> {
            states.set(r);
            updated.run();
        });
        this.job = new Job("Running flowchart") {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                runNow(JobMonitors.adapt(monitor));
                return monitor.isCanceled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
            }
        };
        job.setUser(false);
    }

    public FlowEngine engine() {
        return engine;
    }

    /** Runs now on the calling thread and returns every node's result. */
    public Map<String, NodeResult> runNow(ProgressMonitor monitor) {
        for (String id : engine.flowchart().topologicalOrder()) {
            if (states.state(id) != NodeState.OK) {
                states.set(id, NodeState.RUNNING, "");
            }
        }
        updated.run();
        Map<String, NodeResult> results = engine.run(monitor);
        results.values().forEach(states::set);
        updated.run();
        return results;
    }

    /** Runs in the background after {@code delayMs} (a run already going is followed by one more). */
    public void schedule(long delayMs) {
        job.schedule(delayMs);
    }

    /** Cancels the background run. */
    public void cancel() {
        job.cancel();
    }

    /** Waits until no background run is scheduled or running (tests, closing the editor). */
    public void join() throws InterruptedException {
        job.join();
    }
}
