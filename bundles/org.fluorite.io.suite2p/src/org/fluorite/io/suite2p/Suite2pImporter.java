package org.fluorite.io.suite2p;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.fluorite.core.progress.ProgressMonitor;
import org.fluorite.io.ImportOptions;
import org.fluorite.io.ImportResult;
import org.fluorite.io.Importer;
import org.osgi.service.component.annotations.Component;

/**
 * Opens a suite2p output folder ({@code F.npy}, {@code Fneu.npy}, {@code spks.npy},
 * {@code iscell.npy}, {@code stat.npy}, {@code ops.npy}): the folder itself or its parent holding
 * {@code plane0/} ({@link Suite2pNpyImporter} opens it from one of its files). Returns a
 * {@link org.fluorite.io.caiman.SourceExtraction} with the ROIs (pixels and weights), the traces
 * F, Fneu, spks and the neuropil-corrected F - factor x Fneu (factor from the option
 * {@value Suite2pReader#NEUROPIL_FACTOR}, {@value Suite2pReader#DEFAULT_NEUROPIL_FACTOR} by
 * default, as Mesmerize), the ops images and the scalar ops as metadata.
 */
@Component(service = Importer.class)
public class Suite2pImporter implements Importer {

    @Override
    public String id() {
        return Suite2pReader.FORMAT_ID;
    }

    @Override
    public String name() {
        return "suite2p output folder";
    }

    @Override
    public List<String> extensions() {
        return List.of("npy");
    }

    /** Folders have no magic bytes: {@link #sniff} decides. */
    @Override
    public boolean matchesMagic(byte[] head, String fileName) {
        return head == null || head.length == 0;
    }

    @Override
    public boolean readsFolders() {
        return true;
    }

    @Override
    public int priority() {
        return SPECIFIC;
    }

    @Override
    public boolean sniff(Path file) throws IOException {
        return Suite2pReader.planeFolder(file) != null;
    }

    @Override
    public ImportResult read(Path file, ImportOptions options, ProgressMonitor monitor) throws IOException {
        return Suite2pReader.read(file, options == null ? ImportOptions.NONE : options,
                monitor == null ? ProgressMonitor.NONE : monitor);
    }
}
