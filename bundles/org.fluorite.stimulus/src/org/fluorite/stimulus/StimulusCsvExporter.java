package org.fluorite.stimulus;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.fluorite.core.DataObject;
import org.fluorite.core.progress.ProgressMonitor;
import org.fluorite.io.Exporter;
import org.fluorite.io.ImportOptions;
import org.fluorite.io.Message;
import org.osgi.service.component.annotations.Component;

/** Writes {@link StimulusMap}s as stimulus CSV ({@link StimulusCsv}). */
@Component(service = Exporter.class)
public class StimulusCsvExporter implements Exporter {

    @Override
    public String id() {
        return StimulusCsvImporter.FORMAT_ID;
    }

    @Override
    public String name() {
        return "Stimulus map CSV";
    }

    @Override
    public List<String> extensions() {
        return List.of("csv");
    }

    @Override
    public boolean canExport(DataObject data) {
        return data instanceof StimulusMap;
    }

    @Override
    public List<Message> export(DataObject data, Path target, ImportOptions options, ProgressMonitor monitor)
            throws IOException {
        if (!(data instanceof StimulusMap map)) {
            throw new IllegalArgumentException("Only stimulus maps are written as stimulus CSV, not " + data.kind());
        }
        StimulusCsv.write(map, target);
        long empty = map.types().stream().filter(t -> t.periods().isEmpty()).count();
        return empty == 0 ? List.of()
                : List.of(Message.warning(empty + " stimulus types without periods have no rows and were not written"));
    }
}
