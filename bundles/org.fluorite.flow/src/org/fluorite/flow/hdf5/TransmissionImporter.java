package org.fluorite.flow.hdf5;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fluorite.core.meta.Operation;
import org.fluorite.core.progress.ProgressMonitor;
import org.fluorite.flow.Transmission;
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
        Transmission t = TransmissionHdf5.load(file);
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("file", file.toAbsolutePath().toString());
        params.put("rows", t.rowCount());
        params.put("blocks", t.history().blocks().size());
        return ImportResult.of(id(), t.withProvenance(t.provenance().then(Operation.of("import.transmission", params))), List.of());
    }
}
