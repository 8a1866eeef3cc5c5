package org.fluorite.smlm.post.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.fluorite.core.DataObject;
import org.fluorite.core.progress.ProgressMonitor;
import org.fluorite.core.table.Localizations;
import org.fluorite.core.table.Table;
import org.fluorite.io.Exporter;
import org.fluorite.io.ImportOptions;
import org.fluorite.io.Message;
import org.osgi.service.component.annotations.Component;

/** Saves localization tables in Fluorite's HDF5 layout ({@link LocalizationHdf5}). */
@Component(service = Exporter.class)
public class LocalizationHdf5Exporter implements Exporter {

    @Override
    public String id() {
        return LocalizationHdf5.FORMAT_ID;
    }

    @Override
    public String name() {
        return "Fluorite localization table (HDF5)";
    }

    @Override
    public List<String> extensions() {
        return List.of("h5", "hdf5");
    }

    @Override
    public boolean canExport(DataObject data) {
        return data instanceof Table t && Localizations.KIND.equals(t.kind());
    }

    @Override
    public List<Message> export(DataObject data, Path target, ImportOptions options, ProgressMonitor monitor) throws IOException {
        if (!canExport(data)) {
            throw new IllegalArgumentException(data.name() + " is not a localization table");
        }
        LocalizationHdf5.write((Table) data, target);
        return List.of();
    }
}
