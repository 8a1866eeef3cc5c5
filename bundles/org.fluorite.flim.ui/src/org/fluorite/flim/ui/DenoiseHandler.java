package org.fluorite.flim.ui;

import java.util.List;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.fluorite.core.meta.Operation;
import org.fluorite.core.settings.SettingsRecords;
import org.fluorite.flim.TvDenoise;
import org.fluorite.ui.FileOpener;
import org.fluorite.ui.SettingsDialog;

import jakarta.inject.Named;

/** Process &gt; Total-Variation Denoising: Chambolle denoising of every image of the active viewer's series. */
public class DenoiseHandler {

    @CanExecute
    public boolean canExecute(@Optional @Named(IServiceConstants.ACTIVE_PART) MPart part) {
        return SeriesJobs.hasSeries(part);
    }

    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_PART) MPart part, @Named(IServiceConstants.ACTIVE_SHELL) Shell shell,
            FileOpener opener, UISynchronize sync, IEventBroker broker) {
        SettingsDialog<SeriesSettings.Denoise> dialog = new SettingsDialog<>(shell, "Denoising of " + part.getLabel(),
                "Total-variation denoising (Chambolle); the result opens as a new series.", SeriesSettings.Denoise.DEFAULTS);
        if (dialog.open() != Window.OK) {
            return;
        }
        SeriesSettings.Denoise settings = dialog.result();
        SeriesJobs.run("Denoising", part, shell, opener, sync, broker, (series, source, monitor) -> {
            monitor.checkCancelled();
            var frames = TvDenoise.chambolleStack(series.frames(), series.width(), series.height(), settings.weight(),
                    settings.eps(), settings.maxIter(), Runtime.getRuntime().availableProcessors());
            var out = SeriesJobs.series(source.name() + " (denoised)", frames, series, source,
                    Operation.of("flim.denoise", SettingsRecords.toMap(settings)));
            return List.of(new SeriesJobs.Shown(out, part.getLabel() + " (denoised)"));
        });
    }
}
