package org.fluorite.io.pyme;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.fluorite.core.progress.ProgressMonitor;
import org.fluorite.io.ImportOptions;
import org.fluorite.io.ImportResult;
import org.fluorite.io.hdf5.Hdf5File;
import org.fluorite.io.Importer;
import org.fluorite.io.pyme.internal.PymeTableReader;
import org.osgi.service.component.annotations.Component;


/**
 * Reads PYME localization tables in HDF5 ({@code .h5r} with {@code /FitResults}, PyTables files
 * with {@code /Localizations}) as a localization table; only HDF5 files holding such a compound
 * table are taken.
 */
@Component(service = Importer.class)
public class PymeTableImporter implements Importer {

    @Override
    public String id() {
        return PymeTableReader.FORMAT_ID;
    }

    @Override
    public String name() {
        return "PYME localizations (HDF5)";
    }

    @Override
    public List<String> extensions() {
        return List.of("h5r", "hdf", "h5", "hdf5");
    }

    @Override
    public boolean matchesMagic(byte[] head, String fileName) {
        return Hdf5File.hasSignature(head);
    }

    @Override
    public boolean sniff(Path file) throws IOException {
        return Hdf5File.using(file, "sniffing the PYME layout", h5 -> PymeTableReader.table(h5.hdf()) != null);
    }

    @Override
    public ImportResult read(Path file, ImportOptions options, ProgressMonitor monitor) throws IOException {
        return PymeTableReader.read(file);
    }
}
