package org.fluorite.io.flimage;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.fluorite.core.progress.ProgressMonitor;
import org.fluorite.io.ImportOptions;
import org.fluorite.io.ImportResult;
import org.fluorite.io.Importer;
import org.fluorite.io.flimage.internal.FlimageLayout;
import org.fluorite.io.flimage.internal.FlimageReader;
import org.osgi.service.component.annotations.Component;

import org.fluorite.io.hdf5.Hdf5File;

/**
 * Reads flimage (FLImage, FLSeries) and qpimage (QPImage) HDF5 files as lazy images; see
 * {@link FlimageReader} for what the result holds. Sniffs the HDF5 content, so it takes only
 * files with {@code /fluorescence/raw}, {@code /phase/raw} or {@code fli_N} groups and leaves
 * other HDF5 files to the generic reader.
 */
@Component(service = Importer.class)
public class FlimageImporter implements Importer {

    @Override
    public String id() {
        return FlimageReader.FORMAT_ID;
    }

    @Override
    public String name() {
        return "flimage / qpimage HDF5";
    }

    @Override
    public List<String> extensions() {
        return List.of("h5", "hdf5", "hdf");
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
        return Hdf5File.using(file, "sniffing the flimage layout", h5 -> FlimageLayout.detect(h5.hdf()) != null);
    }

    @Override
    public ImportResult read(Path file, ImportOptions options, ProgressMonitor monitor) throws IOException {
        return FlimageReader.read(file, monitor == null ? ProgressMonitor.NONE : monitor);
    }
}
