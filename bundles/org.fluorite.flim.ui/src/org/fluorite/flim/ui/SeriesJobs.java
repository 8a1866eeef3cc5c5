package org.fluorite.flim.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.fluorite.core.DataObject;
import org.fluorite.core.image.ArrayPlaneSource;
import org.fluorite.core.image.Axis;
import org.fluorite.core.image.Image;
import org.fluorite.core.image.PixelType;
import org.fluorite.core.image.Plane;
import org.fluorite.core.meta.Operation;
import org.fluorite.core.progress.CancelledException;
import org.fluorite.core.progress.ProgressMonitor;
import org.fluorite.flim.SeriesData;
import org.fluorite.ui.DataPresenter;
import org.fluorite.ui.FileOpener;
import org.fluorite.ui.JobMonitors;
import org.fluorite.ui.UiTopics;
import org.fluorite.viewer.ui.parts.ViewerPart;

/** Runs a computation on the active viewer's series in a job and opens what it returns. */
final class SeriesJobs {

    /** The computation: from the series to the data objects to show, labelled. */
    interface Work {
        List<Shown> run(SeriesData series, Image source, ProgressMonitor monitor) throws Exception;
    }

    /** A result and the label of its view. */
    record Shown(DataObject data, String label) {
    }

    private SeriesJobs() {
    }

    static boolean hasSeries(MPart part) {
        return part != null && part.getObject() instanceof ViewerPart v && v.viewer() != null && v.viewer().getImage() != null;
    }

    static void run(String title, MPart part, Shell shell, FileOpener opener, UISynchronize sync, IEventBroker broker, Work work) {
        if (!(part.getObject() instanceof ViewerPart viewerPart)) {
            return;
        }
        Image image = viewerPart.viewer().getImage();
        Path source = part.getTransientData().get(DataPresenter.SOURCE_KEY) instanceof Path p ? p : null;
        Job job = Job.create(title + " of " + part.getLabel(), monitor -> {
            try {
                ProgressMonitor progress = JobMonitors.adapt(monitor);
                SeriesData series = SeriesData.of(image);
                List<Shown> results = work.run(series, image, progress);
                sync.asyncExec(() -> {
                    for (Shown s : results) {
                        opener.show(s.data(), s.label(), source);
                    }
                    broker.post(UiTopics.STATUS, title + " of " + part.getLabel() + " done");
                });
                return Status.OK_STATUS;
            } catch (CancelledException e) {
                return Status.CANCEL_STATUS;
            } catch (Exception e) {
                String message = part.getLabel() + ": " + title.toLowerCase() + " failed: " + e.getMessage();
                broker.post(UiTopics.STATUS, message);
                sync.asyncExec(() -> MessageDialog.openError(shell, title + " failed", message));
                return Status.OK_STATUS;
            }
        });
        job.setUser(true);
        job.schedule();
    }

    /** The frames as a float32 series (TYX, or YX for one frame) with the source's calibration and metadata. */
    static Image series(String name, List<float[]> frames, SeriesData series, Image source, Operation step) {
        List<Plane> planes = new ArrayList<>();
        for (float[] f : frames) {
            planes.add(new Plane(PixelType.FLOAT32, series.width(), series.height(), f));
        }
        Image out = frames.size() == 1
                ? Image.create(name, new ArrayPlaneSource(planes), "YX", series.height(), series.width())
                : Image.create(name, new ArrayPlaneSource(planes), "TYX", frames.size(), series.height(), series.width());
        for (Axis a : out.axes()) {
            out = out.withCalibration(a, source.calibration(a));
        }
        return out.withMetadata(source.metadata()).withProvenance(source.provenance().then(step));
    }
}
