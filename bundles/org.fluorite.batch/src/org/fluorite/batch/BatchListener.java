package org.fluorite.batch;

/**
 * Told about every change of a {@link Batch}'s items: made in this process, or found by
 * {@link Batch#refresh()} after a worker or another process changed the files. Called on the thread
 * that made or found the change; a UI hands the event over to its display thread.
 */
@FunctionalInterface
public interface BatchListener {

    void batchChanged(BatchEvent event);
}
