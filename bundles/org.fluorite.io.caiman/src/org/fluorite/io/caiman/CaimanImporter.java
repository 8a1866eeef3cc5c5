package org.fluorite.io.caiman;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.fluorite.core.progress.ProgressMonitor;
import org.fluorite.io.ImportOptions;
import org.fluorite.io.ImportResult;
import org.fluorite.io.Importer;
import org.fluorite.io.caiman.internal.CnmfReader;
import org.fluorite.io.hdf5.Hdf5File;
import org.osgi.service.component.annotations.Component;

/**
 * Reads the HDF5 file CaImAn's CNMF / CNMF-E writes ({@code cnm.save("results.hdf5")}): the
 * spatial footprints {@code estimates/A} (a sparse matrix of pixels x components, pixels in
 * column-major order of {@code dims}), the traces {@code C}, {@code S}, {@code YrA},
 * {@code F_dff} and the background {@code b}, {@code f}, the accepted components
 * {@code idx_components} and the parameters under {@code params}. Returns a
 * {@link SourceExtraction} followed by its ROI set, trace tables and background images.
 */
@Component(service = Importer.class)
public class CaimanImporter implements Importer {

    /** Format id of CaImAn CNMF result files. */
    public static final String FORMAT_ID = CnmfReader.FORMAT_ID;

    @Override
    public String id() {
        return FORMAT_ID;
    }

    @Override
    public String name() {
        return "CaImAn CNMF / CNMF-E results (HDF5)";
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
    public int priority() {
        return SPECIFIC;
    }

    @Override
    public boolean sniff(Path file) throws IOException {
        return CnmfReader.looksLikeCnmf(file);
    }

    @Override
    public ImportResult read(Path file, ImportOptions options, ProgressMonitor monitor) throws IOException {
        return CnmfReader.read(file, monitor == null ? ProgressMonitor.NONE : monitor);
    }
}
