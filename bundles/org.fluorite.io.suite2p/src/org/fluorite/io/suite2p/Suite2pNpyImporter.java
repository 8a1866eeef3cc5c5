package org.fluorite.io.suite2p;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.fluorite.core.progress.ProgressMonitor;
import org.fluorite.io.ImportOptions;
import org.fluorite.io.ImportResult;
import org.fluorite.io.Importer;
import org.fluorite.io.suite2p.npy.NpyFile;
import org.osgi.service.component.annotations.Component;

/**
 * Opens a suite2p result from one of its files ({@code F.npy}, {@code stat.npy}, ...): the
 * registry gives files and folders to different importers, so this one handles a .npy file of a
 * suite2p folder and reads the whole folder as {@link Suite2pImporter} does.
 */
@Component(service = Importer.class)
public class Suite2pNpyImporter implements Importer {

    private static final Set<String> NAMES = Set.of("F.npy", "Fneu.npy", "spks.npy", "iscell.npy", "stat.npy", "ops.npy");

    @Override
    public String id() {
        return Suite2pReader.FORMAT_ID + ".npy";
    }

    @Override
    public String name() {
        return "suite2p output (from one of its .npy files)";
    }

    @Override
    public List<String> extensions() {
        return List.of("npy");
    }

    @Override
    public boolean matchesMagic(byte[] head, String fileName) {
        return NpyFile.hasMagic(head) && NAMES.contains(fileName);
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
