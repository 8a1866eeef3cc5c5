package org.fluorite.smlm.post.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.fluorite.core.progress.ProgressMonitor;
import org.fluorite.io.ImportOptions;
import org.fluorite.io.ImportResult;
import org.fluorite.io.Importer;
import org.fluorite.io.hdf5.Hdf5File;
import org.osgi.service.component.annotations.Component;

/** Opens localization tables written in Fluorite's HDF5 layout ({@link LocalizationHdf5}). */
@Component(service = Importer.class)
public class LocalizationHdf5Importer implements Importer {

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
    public boolean matchesMagic(byte[] head, String fileName) {
        return Hdf5File.hasSignature(head);
    }

    @Override
    public boolean sniff(Path file) throws IOException {
        return Hdf5File.using(file, "sniffing the localization layout", h5 -> LocalizationHdf5.isLayout(h5.hdf()));
    }

    @Override
    public ImportResult read(Path file, ImportOptions options, ProgressMonitor monitor) throws IOException {
        return ImportResult.of(id(), LocalizationHdf5.read(file), List.of());
    }
}
