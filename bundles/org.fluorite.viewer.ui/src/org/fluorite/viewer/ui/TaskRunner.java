package org.fluorite.viewer.ui;

import java.util.Objects;
import java.util.concurrent.Executor;

import org.fluorite.core.progress.ProgressMonitor;

/**
 * Runs the viewer's long computations (projections) off the UI thread. The default runs them on a
 * plain executor; the workbench can plug in one that schedules an Eclipse Job and adapts its
 * progress monitor.
 */
public interface TaskRunner {

    /** A computation that reports progress to, and stops when asked by, {@code monitor}. */
    @FunctionalInterface
    interface Task {
        void run(ProgressMonitor monitor);
    }

    /**
     * Runs {@code task} once, on a thread other than the UI thread. The task handles its own
     * failures; the runner only has to call it.
     *
     * @param title short description for a progress view, e.g. "Max projection along T"
     */
    void run(String title, Task task);

    /** A runner over {@code executor}, with a monitor that is never cancelled. */
    static TaskRunner of(Executor executor) {
        Objects.requireNonNull(executor, "executor");
        return (title, task) -> executor.execute(() -> task.run(ProgressMonitor.NONE));
    }
}
