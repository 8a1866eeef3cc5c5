package org.fluorite.viewer.ui;

import java.util.function.BooleanSupplier;

import org.fluorite.core.progress.ProgressMonitor;

/** A monitor that forwards to another and also reports cancelled once the viewer is gone. */
final class StoppableMonitor implements ProgressMonitor {

    private final ProgressMonitor delegate;
    private final BooleanSupplier stop;

    StoppableMonitor(ProgressMonitor delegate, BooleanSupplier stop) {
        this.delegate = delegate == null ? ProgressMonitor.NONE : delegate;
        this.stop = stop;
    }

    @Override
    public void begin(String task, long totalWork) {
        delegate.begin(task, totalWork);
    }

    @Override
    public void worked(long units) {
        delegate.worked(units);
    }

    @Override
    public boolean isCancelled() {
        return stop.getAsBoolean() || delegate.isCancelled();
    }

    @Override
    public void done() {
        delegate.done();
    }
}
