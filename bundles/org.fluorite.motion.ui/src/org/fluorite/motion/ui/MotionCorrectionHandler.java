package org.fluorite.motion.ui;

import java.nio.file.Path;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.fluorite.core.image.Image;
import org.fluorite.core.image.Region;
import org.fluorite.core.progress.CancelledException;
import org.fluorite.core.progress.ProgressMonitor;
import org.fluorite.core.table.Table;
import org.fluorite.motion.AutoCrop;
import org.fluorite.motion.MotionCorrection;
import org.fluorite.motion.MotionCorrectionSettings;
import org.fluorite.ui.DataPresenter;
import org.fluorite.ui.FileOpener;
import org.fluorite.ui.JobMonitors;
import org.fluorite.ui.UiTopics;
import org.fluorite.viewer.ui.parts.ViewerPart;

import jakarta.inject.Named;

/**
 * Process &gt; Motion Correction: asks for the parameters, estimates the shifts of the active
 * viewer's movie in a cancellable job, then opens the corrected movie (computed frame by frame
 * as it is viewed or exported) in a new viewer and the shifts table, with its plot, beside it.
 */
public class MotionCorrectionHandler {

    @CanExecute
    public boolean canExecute(@Optional @Named(IServiceConstants.ACTIVE_PART) MPart part) {
        return part != null && part.getObject() instanceof ViewerPart v && v.viewer() != null && v.viewer().getImage() != null;
    }

    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_PART) MPart part, @Named(IServiceConstants.ACTIVE_SHELL) Shell shell,
            FileOpener opener, UISynchronize sync, IEventBroker broker) {
        if (!(part.getObject() instanceof ViewerPart viewerPart)) {
            return;
        }
        Image movie = viewerPart.viewer().getImage();
        MotionCorrectionDialog dialog = new MotionCorrectionDialog(shell, part.getLabel(), MotionCorrectionSettings.DEFAULTS);
        if (dialog.open() != Window.OK) {
            return;
        }
        MotionCorrectionDialog.Choice choice = dialog.choice();
        Path source = part.getTransientData().get(DataPresenter.SOURCE_KEY) instanceof Path p ? p : null;
        Job job = Job.create("Motion correction of " + part.getLabel(), monitor -> {
            ProgressMonitor progress = JobMonitors.adapt(monitor);
            try {
                Image input = movie;
                if (choice.autoCrop()) {
                    Region r = AutoCrop.find(movie, AutoCrop.DEFAULT_DENOISE, AutoCrop.DEFAULT_PADDING, progress);
                    input = movie.region(r);
                }
                MotionCorrection correction = MotionCorrection.prepare(input, choice.settings(), choice.threads(), progress);
                correction.estimateAll(progress);
                Image corrected = correction.corrected(choice.outputType());
                Table shifts = correction.shiftsTable();
                String summary = String.format("Motion corrected %s: mean shift %.2f px, largest %.2f px, border %d px",
                        part.getLabel(), correction.shifts().meanShift(), correction.shifts().maxShift(),
                        correction.shifts().borderPixels());
                sync.asyncExec(() -> {
                    opener.show(corrected, part.getLabel() + " (motion corrected)", source);
                    opener.show(shifts, part.getLabel() + " shifts", source);
                    broker.post(UiTopics.STATUS, summary);
                });
                return Status.OK_STATUS;
            } catch (CancelledException e) {
                return Status.CANCEL_STATUS;
            } catch (Exception e) {
                String message = part.getLabel() + ": motion correction failed: " + e.getMessage();
                broker.post(UiTopics.STATUS, message);
                sync.asyncExec(() -> MessageDialog.openError(shell, "Motion correction failed", message));
                return Status.OK_STATUS;
            }
        });
        job.setUser(true);
        job.schedule();
    }
}
