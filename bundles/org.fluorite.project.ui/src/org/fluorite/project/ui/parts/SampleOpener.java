package org.fluorite.project.ui.parts;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Creatable;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.fluorite.core.image.Image;
import org.fluorite.project.Project;
import org.fluorite.project.Sample;
import org.fluorite.project.SampleId;
import org.fluorite.project.ui.SampleRef;
import org.fluorite.project.ui.ViewerSample;
import org.fluorite.roi.ui.parts.RoiManagerPart;
import org.fluorite.ui.FileOpener;
import org.fluorite.ui.ToolParts;
import org.fluorite.ui.UiTopics;
import org.fluorite.viewer.ui.ImageViewer;
import org.fluorite.viewer.ui.parts.ViewerPart;

import jakarta.inject.Inject;

/**
 * Opens a sample of a project in a viewer: its movie (read lazily, a referenced one checked against
 * its checksum first), its ROIs with their tags in the ROI manager, and its stimulus map in the
 * viewer's stimulus editor. The viewer part remembers the sample ({@link SampleRef}), so "Add to
 * Project" can save over it.
 */
@Creatable
public class SampleOpener {

    @Inject
    private FileOpener opener;
    @Inject
    private MApplication application;
    @Inject
    private EModelService models;
    @Inject
    private UISynchronize sync;
    @Inject
    private IEventBroker broker;

    public void open(Project project, SampleId id) {
        Job job = Job.create("Opening sample " + id, monitor -> {
            try {
                Sample sample = project.sample(id).orElseThrow(() -> new IllegalArgumentException(
                        project.directory() + ": has no sample " + id));
                Image movie = project.openImage(sample);
                sync.asyncExec(() -> show(project, sample, movie));
            } catch (Exception e) {
                broker.post(UiTopics.STATUS, "Cannot open sample " + id + ": " + e.getMessage());
            }
            return Status.OK_STATUS;
        });
        job.setUser(true);
        job.schedule();
    }

    private void show(Project project, Sample sample, Image movie) {
        MWindow window = application.getSelectedElement() != null ? application.getSelectedElement()
                : application.getChildren().get(0);
        EPartService parts = window.getContext().get(EPartService.class);
        if (!opener.show(movie, sample.id().toString(), sample.imageFile())) {
            return;
        }
        MPart viewerPart = parts.getActivePart();
        ImageViewer viewer = ViewerPart.viewerOf(viewerPart);
        if (viewerPart == null || viewer == null) {
            broker.post(UiTopics.STATUS, "Sample " + sample.id() + " opened, but its viewer was not found for the ROIs");
            return;
        }
        viewerPart.getTransientData().put(SampleRef.KEY, new SampleRef(project.directory(), sample.id()));
        MPart manager = ToolParts.show(parts, models, application, RoiManagerPart.DESCRIPTOR_ID);
        ViewerSample.show(sample, project.configuration(), viewer,
                manager != null && manager.getObject() instanceof RoiManagerPart rm ? rm.panel() : null);
        parts.activate(viewerPart);
        broker.post(UiTopics.STATUS, "Sample " + sample.id() + ": " + sample.rois().size() + " ROIs, "
                + sample.frames() + " frames");
    }
}
