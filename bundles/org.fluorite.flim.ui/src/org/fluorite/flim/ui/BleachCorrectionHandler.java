package org.fluorite.flim.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
import org.fluorite.core.table.Column;
import org.fluorite.core.table.Table;
import org.fluorite.flim.BleachCorrection;
import org.fluorite.ui.FileOpener;
import org.fluorite.ui.SettingsDialog;

import jakarta.inject.Named;

/**
 * Process &gt; Bleach Correction: fits amplitude * exp(-rate * t) + offset to the intensity trace of
 * the active viewer's series (times from the images' time attributes), then opens the corrected
 * series in a viewer and the trace with its fitted decay as a table with a plot.
 */
public class BleachCorrectionHandler {

    @CanExecute
    public boolean canExecute(@Optional @Named(IServiceConstants.ACTIVE_PART) MPart part) {
        return SeriesJobs.hasSeries(part);
    }

    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_PART) MPart part, @Named(IServiceConstants.ACTIVE_SHELL) Shell shell,
            FileOpener opener, UISynchronize sync, IEventBroker broker) {
        SettingsDialog<SeriesSettings.Bleach> dialog = new SettingsDialog<>(shell, "Bleach correction of " + part.getLabel(),
                "The background comes from a border of the images; the trace is fitted with an exponential decay.",
                SeriesSettings.Bleach.DEFAULTS);
        if (dialog.open() != Window.OK) {
            return;
        }
        SeriesSettings.Bleach settings = dialog.result();
        SeriesJobs.run("Bleach correction", part, shell, opener, sync, broker, (series, source, monitor) -> {
            double[] times = series.requireTimes(part.getLabel());
            BleachCorrection.Result r = BleachCorrection.compute(series.frames(), series.width(), series.height(), times,
                    settings.borderPx());
            Map<String, Object> params = new LinkedHashMap<>(SettingsRecords.toMap(settings));
            params.put("background", r.background());
            params.put("amplitude", r.fit().amplitude());
            params.put("rate", r.fit().rate());
            params.put("offset", r.fit().offset());
            Operation step = Operation.of("flim.bleach-correct", params);
            var corrected = SeriesJobs.series(source.name() + " (bleach corrected)",
                    BleachCorrection.apply(series.frames(), r), series, source, step);
            Table trace = Table.of(source.name() + " bleach trace", List.of(Column.ofDoubles("time", "s", r.times()),
                    Column.ofDoubles("trace", "", r.trace()), Column.ofDoubles("decay", "", r.decay())))
                    .withProvenance(source.provenance().then(step));
            return List.of(new SeriesJobs.Shown(corrected, part.getLabel() + " (bleach corrected)"),
                    new SeriesJobs.Shown(trace, String.format("%s bleach: rate %.4g /s", part.getLabel(), r.fit().rate())));
        });
    }
}
