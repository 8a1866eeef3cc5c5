package org.fluorite.io.picasso;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.fluorite.core.progress.ProgressMonitor;
import org.fluorite.io.ImportOptions;
import org.fluorite.io.ImportResult;
import org.fluorite.io.Importer;
import org.fluorite.io.hdf5.Hdf5File;
import org.fluorite.io.picasso.internal.PicassoLocsReader;
import org.fluorite.io.picasso.internal.PicassoYaml;
import org.osgi.service.component.annotations.Component;


/**
 * Reads Picasso localization files ({@code _locs.hdf5} with a compound {@code /locs} and a
 * {@code .yaml} sidecar beside it) as a localization table; see {@link PicassoLocsReader}. HDF5
 * files without that table or without the sidecar are left to other readers.
 */
@Component(service = Importer.class)
public class PicassoLocsImporter implements Importer {

    @Override
    public String id() {
        return PicassoLocsReader.FORMAT_ID;
    }

    @Override
    public String name() {
        return "Picasso localizations (HDF5 + YAML)";
    }

    @Override
    public List<String> extensions() {
        return List.of("hdf5", "h5");
    }

    @Override
    public boolean matchesMagic(byte[] head, String fileName) {
        return Hdf5File.hasSignature(head);
    }

    @Override
    public boolean sniff(Path file) throws IOException {
        if (!Files.isRegularFile(PicassoYaml.sidecar(file))) {
            return false;
        }
        return Hdf5File.using(file, "sniffing the Picasso layout", h5 -> PicassoLocsReader.locs(h5.hdf()) != null);
    }

    @Override
    public ImportResult read(Path file, ImportOptions options, ProgressMonitor monitor) throws IOException {
        return PicassoLocsReader.read(file);
    }
}
