package org.fluorite.ui;

import org.eclipse.core.runtime.IProgressMonitor;
import org.fluorite.core.progress.ProgressMonitor;

/** Bridges an Eclipse job's progress monitor to the toolkit-free {@link ProgressMonitor} of the engines. */
public final class JobMonitors {

    /** Largest total handed to an {@link IProgressMonitor} (its work counts are ints). */
    static final int MAX_TOTAL = 1 << 30;

    private JobMonitors() {
    }

    /**
     * An engine-side view of {@code monitor}. Totals beyond {@link #MAX_TOTAL} units are scaled
     * down; work is accumulated and reported as whole scaled units, so many small steps still move
     * the bar.
     */
    public static ProgressMonitor adapt(IProgressMonitor monitor) {
        return new ProgressMonitor() {
            private double scale = 1;
            private long done;
            private long reported;

            @Override
            public void begin(String task, long totalWork) {
                done = 0;
                reported = 0;
                if (totalWork < 0) {
                    scale = 1;
                    monitor.beginTask(task, IProgressMonitor.UNKNOWN);
                    return;
                }
                scale = totalWork > MAX_TOTAL ? MAX_TOTAL / (double) totalWork : 1;
                monitor.beginTask(task, (int) Math.max(1, Math.min(MAX_TOTAL, Math.floor(totalWork * scale))));
            }

            @Override
            public void worked(long units) {
                done += units;
                long now = (long) Math.floor(done * scale);
                if (now > reported) {
                    monitor.worked((int) (now - reported));
                    reported = now;
                }
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
