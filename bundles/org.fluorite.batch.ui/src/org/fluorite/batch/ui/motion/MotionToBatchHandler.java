package org.fluorite.batch.ui.motion;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.fluorite.batch.BatchItem;
import org.fluorite.batch.ui.BatchSession;
import org.fluorite.batch.ui.parts.BatchManagerPart;
import org.fluorite.motion.MotionCorrectionSettings;
import org.fluorite.ui.SettingsDialog;
import org.fluorite.ui.ToolParts;
import org.fluorite.ui.UiTopics;

import jakarta.inject.Named;

/**
 * Process &gt; Motion Correction to Batch...: the motion-correction settings (the same generated
 * form as Process &gt; Motion Correction), then a name, then a queued {@code motion-correct} item for
 * the movie file shown in the active viewer (or, when another part such as the Batch Manager is
 * active, the viewer on top of the viewer stack), added to the batch open in the Batch Manager (also
 * while it runs). The movie must come from a file: the worker reads it again.
 */
public class MotionToBatchHandler {

    @CanExecute
    public boolean canExecute(@Optional @Named(IServiceConstants.ACTIVE_PART) MPart active, @Optional MApplication application,
            @Optional EModelService models) {
        return ViewerFiles.movieFile(ViewerFiles.viewer(active, application, models)) != null;
    }

    @Execute
    public void execute(@Optional @Named(IServiceConstants.ACTIVE_PART) MPart active, @Named(IServiceConstants.ACTIVE_SHELL) Shell shell,
            BatchSession session, IEventBroker broker, EPartService parts, EModelService models, MApplication application) {
        MPart part = ViewerFiles.viewer(active, application, models);
        Path file = ViewerFiles.movieFile(part);
        if (file == null) {
            return;
        }
        if (session.batch() == null) {
            ToolParts.show(parts, models, application, BatchManagerPart.DESCRIPTOR_ID);
            MessageDialog.openInformation(shell, "No batch open",
                    "Open or create a batch in the Batch Manager (New Batch... or Open Batch...), then add the movie again.");
            return;
        }
        SettingsDialog<MotionCorrectionSettings> dialog = new SettingsDialog<>(shell, "Motion correction of " + part.getLabel() + " in batch "
                + session.batch().name(), "The item runs 'motion-correct' on " + file + " in a worker process.",
                MotionCorrectionSettings.DEFAULTS);
        if (dialog.open() != Window.OK) {
            return;
        }
        InputDialog name = new InputDialog(shell, "Batch item name", "Name of the new batch item:", MotionBatchParameters.defaultName(file),
                s -> s.isBlank() ? "The item needs a name" : null);
        if (name.open() != Window.OK) {
            return;
        }
        add(session, file, name.getValue(), dialog.result(), shell, broker);
    }

    /** Adds the item; reports on the status line, or in a dialog when it cannot be added. */
    static void add(BatchSession session, Path file, String name, MotionCorrectionSettings settings, Shell shell, IEventBroker broker) {
        try {
            BatchItem item = MotionBatchParameters.addTo(session, file, name, settings);
            List<String> notCarried = MotionBatchParameters.notCarried(settings);
            broker.post(UiTopics.STATUS, "Added '" + item.name() + "' to batch " + session.batch().name()
                    + (notCarried.isEmpty() ? "" : "; not carried by the batch command: " + String.join(", ", notCarried)));
        } catch (IOException | RuntimeException e) {
            MessageDialog.openError(shell, "Cannot add to the batch", e.getMessage());
        }
    }
}
