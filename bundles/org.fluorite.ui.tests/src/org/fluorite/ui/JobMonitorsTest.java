package org.fluorite.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.fluorite.core.progress.ProgressMonitor;
import org.junit.jupiter.api.Test;

class JobMonitorsTest {

    /** Records what the engine side reports. */
    private static final class Recorder extends NullProgressMonitor {
        String task;
        int total;
        int worked;

        @Override
        public void beginTask(String name, int totalWork) {
            task = name;
            total = totalWork;
        }

        @Override
        public void worked(int work) {
            worked += work;
        }
    }

    @Test
    void smallTasksPassThroughUnscaled() {
        Recorder r = new Recorder();
        ProgressMonitor m = JobMonitors.adapt(r);
        m.begin("Reading frames", 120);
        m.worked(30);
        m.worked(30);
        assertEquals("Reading frames", r.task);
        assertEquals(120, r.total);
        assertEquals(60, r.worked);
    }

    @Test
    void hugeTasksAreScaledIntoIntRange() {
        Recorder r = new Recorder();
        ProgressMonitor m = JobMonitors.adapt(r);
        long total = 10_000_000_000L;
        m.begin("Scanning", total);
        m.worked(total / 2);
        assertTrue(r.total > 0 && r.total <= JobMonitors.MAX_TOTAL, "scaled total " + r.total);
        assertEquals(0.5, r.worked / (double) r.total, 0.001);
    }

    @Test
    void manySmallStepsOfAHugeTaskStillAddUp() {
        Recorder r = new Recorder();
        ProgressMonitor m = JobMonitors.adapt(r);
        long total = 4L * JobMonitors.MAX_TOTAL;
        m.begin("Reading", total);
        for (int i = 0; i < 1000; i++) {
            m.worked(4);
        }
        assertEquals(1000, r.worked, "each 4 units are one scaled unit");
    }

    @Test
    void cancellationIsSeenByTheEngine() {
        Recorder r = new Recorder();
        ProgressMonitor m = JobMonitors.adapt(r);
        assertFalse(m.isCancelled());
        r.setCanceled(true);
        assertTrue(m.isCancelled());
    }
}
