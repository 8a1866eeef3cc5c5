package org.fluorite.core.progress;

/** Thrown by an operation that stopped because its {@link ProgressMonitor} was cancelled. */
public class CancelledException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CancelledException() {
        super("Cancelled");
    }
}
