package org.fluorite.viewer.ui.parts;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.fluorite.core.image.Image;
import org.fluorite.core.progress.CancelledException;
import org.fluorite.ui.DataPresenter;
import org.fluorite.ui.FileOpener;
import org.fluorite.ui.JobMonitors;
import org.fluorite.ui.UiTopics;
import org.fluorite.viewer.ui.ImageViewer;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The workbench part around an {@link ImageViewer}: takes its image from the part's transient data,
 * runs projections as cancellable jobs, forwards read-outs and errors to the status line and opens
 * projection results as new viewers.
 */
public class ViewerPart {

    /** Element id of the part descriptor (see fragment.e4xmi). */
    public static final String DESCRIPTOR_ID = "org.fluorite.viewer.ui.partdescriptor.viewer";

    @Inject
    private IEventBroker broker;

    @Inject
    @Optional
    private FileOpener opener;

    private ImageViewer viewer;
    private Image image;
    private boolean firstFrameReported;

    @PostConstruct
    public void create(Composite parent, MPart part) {
        parent.setLayout(new FillLayout());
        viewer = new ImageViewer(parent, SWT.NONE);
        viewer.setTaskRunner((title, task) -> {
            Job job = Job.create(title, monitor -> {
                try {
                    task.run(JobMonitors.adapt(monitor));
                    return Status.OK_STATUS;
                } catch (CancelledException e) {
                    return Status.CANCEL_STATUS;
                }
            });
            job.setUser(true);
            job.schedule();
        });
        viewer.addStatusListener(message -> broker.post(UiTopics.STATUS, message));
        viewer.addFrameShownListener(event -> {
            if (!firstFrameReported) {
                firstFrameReported = true;
                broker.post(UiTopics.FRAME_SHOWN, part.getLabel());
            }
        });
        viewer.addProjectionListener((result, projection, axis) -> {
            if (opener != null) {
                Object source = part.getTransientData().get(DataPresenter.SOURCE_KEY);
                opener.show(result, projection.label().toUpperCase() + " " + axis + " of " + part.getLabel(),
                        source instanceof Path p ? p : null);
            }
        });
        if (part.getTransientData().get(DataPresenter.DATA_KEY) instanceof Image data) {
            image = data;
            viewer.setImage(data);
        }
    }

    @Focus
    public void focus() {
        if (viewer != null && !viewer.isDisposed()) {
            viewer.setFocus();
        }
    }

    /** The viewer inside this part, for automation. */
    public ImageViewer viewer() {
        return viewer;
    }

    /**
     * The viewer of {@code part} when it is a rendered viewer part, e.g. the active part a tool
     * such as the ROI manager follows; null for any other part.
     */
    public static ImageViewer viewerOf(MPart part) {
        if (part != null && part.getObject() instanceof ViewerPart vp && vp.viewer != null && !vp.viewer.isDisposed()) {
            return vp.viewer;
        }
        return null;
    }

    @PreDestroy
    public void dispose() {
        if (image != null) {
            try {
                image.close();
            } catch (IOException e) {
                broker.post(UiTopics.STATUS, "Could not close " + image.name() + ": " + e.getMessage());
            }
        }
    }
}
