package org.fluorite.viewer.ui.parts;

import java.nio.file.Path;
import java.nio.file.Paths;
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
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.fluorite.core.image.Image;
import org.fluorite.core.progress.CancelledException;
import org.fluorite.io.Exporter;
import org.fluorite.io.FormatRegistry;
import org.fluorite.io.ImportOptions;
import org.fluorite.io.Message;
import org.fluorite.ui.JobMonitors;
import org.fluorite.ui.UiTopics;

import jakarta.inject.Named;

/**
 * File &gt; Export Image: writes what the active viewer shows (the image, or the projection on
 * display) with the exporter for the chosen file name, in a cancellable background job.
 */
public class ExportHandler {

    @CanExecute
    public boolean canExecute(@Optional @Named(IServiceConstants.ACTIVE_PART) MPart part) {
        return part != null && part.getObject() instanceof ViewerPart viewer && viewer.viewer() != null
                && viewer.viewer().getShownImage() != null;
    }

    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_PART) MPart part, @Named(IServiceConstants.ACTIVE_SHELL) Shell shell,
            FormatRegistry registry, UISynchronize sync, IEventBroker broker) {
        if (!(part.getObject() instanceof ViewerPart viewerPart)) {
            return;
        }
        Image image = viewerPart.viewer().getShownImage();
        FileDialog dialog = new FileDialog(shell, SWT.SAVE);
        dialog.setText("Export " + part.getLabel());
        dialog.setOverwrite(true);
        dialog.setFilterNames(new String[] {"TIFF (ImageJ-compatible)"});
        dialog.setFilterExtensions(new String[] {"*.tif;*.tiff"});
        dialog.setFileName(image.name() + ".tif");
        String chosen = dialog.open();
        if (chosen == null) {
            return;
        }
        Path target = Paths.get(chosen);
        java.util.Optional<Exporter> exporter = registry.exporterFor(target, image);
        if (exporter.isEmpty()) {
            MessageDialog.openError(shell, "Cannot export", "No installed exporter writes " + target.getFileName()
                    + ". Choose a name ending in .tif or .tiff.");
            return;
        }
        Job job = Job.create("Exporting " + target.getFileName(), monitor -> {
            try {
                List<Message> messages = exporter.get().export(image, target, ImportOptions.NONE, JobMonitors.adapt(monitor));
                broker.post(UiTopics.STATUS, "Exported " + target
                        + (messages.isEmpty() ? "" : " (" + String.join("; ", messages.stream().map(Message::text).toList()) + ")"));
                return Status.OK_STATUS;
            } catch (CancelledException e) {
                return Status.CANCEL_STATUS;
            } catch (Exception e) {
                String message = target + ": " + e.getMessage();
                broker.post(UiTopics.STATUS, message);
                sync.asyncExec(() -> MessageDialog.openError(shell, "Export failed", message));
                return Status.OK_STATUS;
            }
        });
        job.setUser(true);
        job.schedule();
    }
}
