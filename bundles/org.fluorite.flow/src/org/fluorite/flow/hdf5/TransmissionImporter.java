package org.fluorite.flow.hdf5;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.fluorite.core.progress.ProgressMonitor;
import org.fluorite.io.ImportOptions;
import org.fluorite.io.ImportResult;
import org.fluorite.io.Importer;
import org.osgi.service.component.annotations.Component;

/**
 * Transmission files as an import format, so {@code ./fluorite info FILE.trn.h5 --json} shows a
 * transmission's columns, data blocks and their operations ({@link org.fluorite.flow.Transmission#describe()}),
 * and the workbench opens them. Checked before the generic HDF5 reader: the HDF5 signature, then
 * the root attribute {@code format = "fluorite-transmission"}.
 */
@Component(service = Importer.class)
public class TransmissionImporter implements Importer {

    private static final byte[] HDF5 = {(byte) 0x89, 'H', 'D', 'F', '\r', '\n', 0x1a, '\n'};

    @Override
    public String id() {
        return "fluorite.transmission";
    }

    @Override
    public String name() {
        return "Fluorite transmission (HDF5)";
    }

    @Override
    public List<String> extensions() {
        return List.of("trn.h5", "h5");
    }

    @Override
    public boolean matchesMagic(byte[] head, String fileName) {
        if (head.length < HDF5.length) {
            return false;
        }
        for (int i = 0; i < HDF5.length; i++) {
            if (head[i] != HDF5[i]) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean sniff(Path file) {
        return TransmissionHdf5.isTransmissionFile(file);
    }

    @Override
    public ImportResult read(Path file, ImportOptions options, ProgressMonitor monitor) throws IOException {
        return ImportResult.of(id(), TransmissionHdf5.load(file), List.of());
    }
}
