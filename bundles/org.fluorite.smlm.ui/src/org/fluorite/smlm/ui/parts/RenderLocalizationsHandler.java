package org.fluorite.smlm.ui.parts;

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
import org.fluorite.core.progress.CancelledException;
import org.fluorite.core.table.Localizations;
import org.fluorite.core.table.Table;
import org.fluorite.smlm.post.PostProcessing;
import org.fluorite.smlm.post.PostProcessingSettings;
import org.fluorite.ui.DataPresenter;
import org.fluorite.ui.FileOpener;
import org.fluorite.ui.JobMonitors;
import org.fluorite.ui.SettingsDialog;
import org.fluorite.ui.UiTopics;

import jakarta.inject.Named;

/**
 * Process &gt; Render Localizations...: for the localization table in the active part (opened
 * from a ThunderSTORM, Picasso, PYME or Fluorite file, or made by Go), asks for filter, drift
 * correction, merging and rendering settings, runs them as a background job and opens the
 * rendered image and the processed table.
 */
public class RenderLocalizationsHandler {

    static Table tableOf(MPart part) {
        return part != null && part.getTransientData().get(DataPresenter.DATA_KEY) instanceof Table t
                && Localizations.isLocalizationTable(t) ? t : null;
    }

    @CanExecute
    public boolean canExecute(@Optional @Named(IServiceConstants.ACTIVE_PART) MPart part) {
        return tableOf(part) != null;
    }

    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_PART) MPart part, @Named(IServiceConstants.ACTIVE_SHELL) Shell shell,
            FileOpener opener, UISynchronize sync, IEventBroker broker) {
        Table table = tableOf(part);
        if (table == null) {
            return;
        }
        SettingsDialog<PostProcessingSettings> dialog = new SettingsDialog<>(shell, "Render Localizations",
                table.name() + ": " + table.rowCount() + " localizations", PostProcessingSettings.DEFAULTS);
        if (dialog.open() != Window.OK) {
            return;
        }
        PostProcessingSettings settings = dialog.result();
        Path source = part.getTransientData().get(DataPresenter.SOURCE_KEY) instanceof Path p ? p : null;
        Job job = Job.create("Rendering " + table.name(), monitor -> {
            try {
                PostProcessing.Result r = PostProcessing.run(table, settings, JobMonitors.adapt(monitor));
                sync.asyncExec(() -> {
                    opener.show(r.image(), part.getLabel() + " (rendered)", source);
                    if (r.table().rowCount() != table.rowCount() || !r.table().provenance().equals(table.provenance())) {
                        opener.show(r.table(), part.getLabel() + " (processed)", source);
                    }
                    broker.post(UiTopics.STATUS, String.format("%s: rendered %d of %d localizations at %s nm", part.getLabel(),
                            r.table().rowCount(), table.rowCount(), settings.pixelNm()));
                });
                return Status.OK_STATUS;
            } catch (CancelledException e) {
                return Status.CANCEL_STATUS;
            } catch (RuntimeException e) {
                String message = part.getLabel() + ": rendering failed: " + e.getMessage();
                broker.post(UiTopics.STATUS, message);
                sync.asyncExec(() -> MessageDialog.openError(shell, "Render Localizations failed", message));
                return Status.OK_STATUS;
            }
        });
        job.setUser(true);
        job.schedule();
    }
}
