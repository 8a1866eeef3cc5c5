package org.fluorite.ui;

import org.eclipse.core.runtime.IProgressMonitor;
import org.fluorite.core.progress.ProgressMonitor;

/** Bridges an Eclipse job's progress monitor to the toolkit-free {@link ProgressMonitor} of the engines. */
public final class JobMonitors {

    private JobMonitors() {
    }

    public static ProgressMonitor adapt(IProgressMonitor monitor) {
        return new ProgressMonitor() {
            private double scale = 1;

            @Override
            public void begin(String task, long totalWork) {
                if (totalWork < 0) {
                    monitor.beginTask(task, IProgressMonitor.UNKNOWN);
                    return;
                }
                scale = totalWork > Integer.MAX_VALUE / 2 ? (Integer.MAX_VALUE / 2.0) / totalWork : 1;
                monitor.beginTask(task, (int) Math.max(1, Math.round(totalWork * scale)));
            }

            @Override
            public void worked(long units) {
                monitor.worked((int) Math.round(units * scale));
            }

            @Override
            public boolean isCancelled() {
                return monitor.isCanceled();
            }

            @Override
            public void done() {
                monitor.done();
            }
        };
    }
}
