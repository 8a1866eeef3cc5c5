package org.fluorite.core.progress;

/**
 * Progress and cancellation for long operations, free of any UI toolkit. The workbench adapts an
 * Eclipse job's monitor to this; the CLI prints it; tests pass {@link #NONE}.
 */
public interface ProgressMonitor {

    /** A monitor that reports nowhere and is never cancelled. */
    ProgressMonitor NONE = new ProgressMonitor() {
        @Override
        public void begin(String task, long totalWork) {
        }

        @Override
        public void worked(long units) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    /** Starts a task of {@code totalWork} units (or a negative number when unknown). */
    void begin(String task, long totalWork);

    /** Reports {@code units} more units done. */
    void worked(long units);

    /** True once the user asked to stop. */
    boolean isCancelled();

    /** Signals the task finished (successfully or not). */
    default void done() {
    }

    /** Throws {@link CancelledException} when cancellation was asked for. */
    default void checkCancelled() {
        if (isCancelled()) {
            throw new CancelledException();
        }
    }
}
