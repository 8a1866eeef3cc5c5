package org.fluorite.io.pyme;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.fluorite.core.progress.ProgressMonitor;
import org.fluorite.io.ImportOptions;
import org.fluorite.io.ImportResult;
import org.fluorite.io.hdf5.Hdf5File;
import org.fluorite.io.Importer;
import org.fluorite.io.pyme.internal.PymeImageReader;
import org.osgi.service.component.annotations.Component;

import io.jhdf.api.Dataset;

/**
 * Reads raw PYME series ({@code .h5} with a 3-D {@code /ImageData}) as a lazy image with PYME's
 * metadata; see {@link PymeImageReader}. Only HDF5 files with {@code /ImageData} are taken.
 */
@Component(service = Importer.class)
public class PymeImageImporter implements Importer {

    @Override
    public String id() {
        return PymeImageReader.FORMAT_ID;
    }

    @Override
    public String name() {
        return "PYME raw series (HDF5)";
    }

    @Override
    public List<String> extensions() {
        return List.of("h5");
    }

    @Override
    public boolean matchesMagic(byte[] head, String fileName) {
        return Hdf5File.hasSignature(head);
    }

    @Override
    public boolean sniff(Path file) throws IOException {
        return Hdf5File.using(file, "sniffing the PYME layout",
                h5 -> h5.hdf().getChildren().get("ImageData") instanceof Dataset d && d.getDimensions().length == 3);
    }

    @Override
    public ImportResult read(Path file, ImportOptions options, ProgressMonitor monitor) throws IOException {
        return PymeImageReader.read(file);
    }
}
