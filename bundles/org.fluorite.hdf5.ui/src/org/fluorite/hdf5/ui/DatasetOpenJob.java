package org.fluorite.hdf5.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.fluorite.core.DataObject;
import org.fluorite.io.hdf5.Hdf5Datasets;
import org.fluorite.io.hdf5.Hdf5Node;

/**
 * Opens one dataset of an HDF5 file in the background: an Eclipse job reads its header (and a
 * table's values; images stay lazy), then the result is handed to {@code show} on the UI thread,
 * labelled "file [path]". A failure goes to {@code error} on the UI thread, with the file named.
 */
public final class DatasetOpenJob extends Job {

    private final Path file;
    private final Hdf5Node node;
    private final Display display;
    private final BiConsumer<DataObject, String> show;
    private final Consumer<String> error;

    public DatasetOpenJob(Path file, Hdf5Node node, Display display, BiConsumer<DataObject, String> show,
            Consumer<String> error) {
        super("Opening " + node.path() + " of " + file.getFileName());
        this.file = file;
        this.node = node;
        this.display = display;
        this.show = show;
        this.error = error;
        setUser(true);
    }

    /** The label a view of the dataset gets: "file.h5 [/group/dataset]". */
    public static String label(Path file, Hdf5Node node) {
        return file.getFileName() + " [" + node.path() + "]";
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        monitor.beginTask(getName(), IProgressMonitor.UNKNOWN);
        try {
            DataObject data = Hdf5Datasets.open(file, node.path());
            if (monitor.isCanceled()) {
                close(data);
                return Status.CANCEL_STATUS;
            }
            deliver(() -> show.accept(data, label(file, node)), () -> close(data));
            return Status.OK_STATUS;
        } catch (IOException | RuntimeException e) {
            String message = e.getMessage() != null && e.getMessage().contains(file.toString()) ? e.getMessage()
                    : file + ": " + node.path() + ": " + e.getMessage();
            deliver(() -> error.accept(message), () -> {
            });
            return Status.OK_STATUS;
        } finally {
            monitor.done();
        }
    }

    private void deliver(Runnable onUi, Runnable ifGone) {
        if (display.isDisposed()) {
            ifGone.run();
            return;
        }
        display.asyncExec(onUi);
    }

    private static void close(DataObject data) {
        if (data instanceof org.fluorite.core.image.Image image) {
            try {
                image.close();
            } catch (IOException e) {
                // nobody is left to show the image to, nor the error
            }
        }
    }
}
