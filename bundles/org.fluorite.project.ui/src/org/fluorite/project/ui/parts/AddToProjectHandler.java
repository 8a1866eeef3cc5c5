package org.fluorite.project.ui.parts;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.fluorite.core.image.Image;
import org.fluorite.core.progress.CancelledException;
import org.fluorite.project.Project;
import org.fluorite.project.Sample;
import org.fluorite.project.SampleDraft;
import org.fluorite.project.ui.AddToProjectDialog;
import org.fluorite.project.ui.CurrentProject;
import org.fluorite.project.ui.ProjectTopics;
import org.fluorite.project.ui.SampleDrafts;
import org.fluorite.project.ui.SampleRef;
import org.fluorite.project.ui.ViewerSample;
import org.fluorite.roi.Roi;
import org.fluorite.roi.ui.parts.RoiManagerPart;
import org.fluorite.stimulus.StimulusMap;
import org.fluorite.ui.DataPresenter;
import org.fluorite.ui.JobMonitors;
import org.fluorite.ui.UiTopics;
import org.fluorite.viewer.ui.ImageViewer;
import org.fluorite.viewer.ui.parts.ViewerPart;

import jakarta.inject.Named;

/**
 * File &gt; Add to Project...: stores the active viewer's movie, its ROIs (ROI manager) with tags,
 * its stimulus map, metadata and history as a sample of the current project, in a background job
 * (one transaction in the store). Saves over the sample when the viewer shows one of the project.
 */
public class AddToProjectHandler {

    @CanExecute
    public boolean canExecute(@Optional @Named(IServiceConstants.ACTIVE_PART) MPart part) {
        ImageViewer v = ViewerPart.viewerOf(part);
        return v != null && v.getImage() != null;
    }

    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_PART) MPart part, @Named(IServiceConstants.ACTIVE_SHELL) Shell shell,
            @Optional @Named(CurrentProject.KEY) Project project, EPartService parts, UISynchronize sync, IEventBroker broker) {
        ImageViewer viewer = ViewerPart.viewerOf(part);
        if (viewer == null || viewer.getImage() == null) {
            return;
        }
        if (project == null) {
            MessageDialog.openInformation(shell, "Add to project", "Open or create a project first (File > Open Project... or New Project...).");
            return;
        }
        Image movie = viewer.getImage();
        Path source = part.getTransientData().get(DataPresenter.SOURCE_KEY) instanceof Path p ? p : null;
        MPart managerPart = parts.findPart(RoiManagerPart.DESCRIPTOR_ID);
        List<Roi> rois = ViewerSample.rois(managerPart != null && managerPart.getObject() instanceof RoiManagerPart rm ? rm.panel() : null,
                viewer);
        StimulusMap stimulus = ViewerSample.stimulus(viewer);
        Sample existing = null;
        if (part.getTransientData().get(SampleRef.KEY) instanceof SampleRef ref && ref.projectDir().equals(project.directory())) {
            try {
                existing = project.sample(ref.id()).orElse(null);
            } catch (Exception e) {
                broker.post(UiTopics.STATUS, "Cannot read sample " + ref.id() + ": " + e.getMessage());
            }
        }
        String summary = rois.size() + " ROIs, " + (stimulus == null ? 0 : stimulus.types().size()) + " stimulus types, movie "
                + movie.name() + (source == null ? " (in memory: it is written into the project)" : "");
        AddToProjectDialog dialog = new AddToProjectDialog(shell, new AddToProjectDialog.Context(
                project.directory().getFileName().toString(), project.configuration(), existing,
                source != null && Files.isRegularFile(source), summary));
        if (dialog.open() != Window.OK) {
            return;
        }
        AddToProjectDialog.Choice choice = dialog.choice();
        SampleDraft draft = SampleDrafts.build(choice, movie, source, rois, stimulus);
        Job job = Job.create((choice.saveOver() ? "Saving over " : "Adding ") + choice.id() + " to " + project.directory().getFileName(),
                monitor -> {
                    try {
                        Sample s = choice.saveOver() ? project.replaceSample(draft, choice.replaceImage(), JobMonitors.adapt(monitor))
                                : project.addSample(draft, JobMonitors.adapt(monitor));
                        sync.asyncExec(() -> {
                            part.getTransientData().put(SampleRef.KEY, new SampleRef(project.directory(), s.id()));
                            broker.post(ProjectTopics.CHANGED, project.directory().toString());
                            broker.post(UiTopics.STATUS, "Sample " + s.id() + " stored in " + project.directory().getFileName()
                                    + " with " + s.rois().size() + " ROIs");
                        });
                        return Status.OK_STATUS;
                    } catch (CancelledException e) {
                        return Status.CANCEL_STATUS;
                    } catch (Exception e) {
                        String message = project.directory() + ": sample " + choice.id() + " was not stored: " + e.getMessage();
                        broker.post(UiTopics.STATUS, message);
                        sync.asyncExec(() -> MessageDialog.openError(shell, "Add to project failed", message));
                        return Status.OK_STATUS;
                    }
                });
        job.setUser(true);
        job.schedule();
    }
}
