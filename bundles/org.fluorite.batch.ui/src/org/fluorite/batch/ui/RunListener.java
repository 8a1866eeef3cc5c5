package org.fluorite.batch.ui;

import org.fluorite.batch.Batch;
import org.fluorite.batch.BatchRunner;

/**
 * Told what a {@link BatchSession} does as a whole: which batch is open and when a run starts and
 * ends. Called on the thread that made the change (a background job for run ends); a UI hands the
 * call over to its display thread.
 */
public interface RunListener {

    /** Another batch was opened or created (null: none). */
    default void batchOpened(Batch batch) {
    }

    /** A run started with this executor. */
    default void runStarted(Batch batch, ExecutorChoice executor) {
    }

    /**
     * A run ended.
     *
     * @param summary counts by state, or null when the run failed
     * @param problem why the run failed (null when it finished)
     */
    default void runEnded(Batch batch, BatchRunner.Summary summary, String problem) {
    }
}
