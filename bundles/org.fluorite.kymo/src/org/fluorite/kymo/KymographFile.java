package org.fluorite.kymo;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.fluorite.core.meta.Metadata;
import org.fluorite.core.meta.Operation;
import org.fluorite.core.meta.Provenance;
import org.fluorite.io.ImportException;
import org.fluorite.io.bluelake.BluelakeFile;
import org.fluorite.io.bluelake.ConfocalItem;
import org.fluorite.io.bluelake.ScanMetadata;
import org.fluorite.kymo.internal.Reconstructed;
import org.fluorite.kymo.internal.Reconstruction;

/** The kymographs of a Bluelake file: listed by name with their start, and reconstructed on request. */
public final class KymographFile {

    /**
     * A kymograph entry of a file.
     *
     * @param name    dataset name in the "Kymograph" group
     * @param startNs start in ns since the epoch
     * @param stopNs  stop in ns since the epoch
     */
    public record Entry(String name, long startNs, long stopNs) {
    }

    private KymographFile() {
    }

    /** The kymographs of {@code file} in file order. */
    public static List<Entry> list(Path file) throws IOException {
        try (BluelakeFile f = BluelakeFile.open(file)) {
            return list(f);
        }
    }

    public static List<Entry> list(BluelakeFile f) {
        return f.kymographs().stream().map(k -> new Entry(k.name(), k.startNs(), k.stopNs())).toList();
    }

    /** Reconstructs kymograph {@code name} of {@code file}. */
    public static Kymograph open(Path file, String name) throws IOException {
        try (BluelakeFile f = BluelakeFile.open(file)) {
            return open(f, name);
        }
    }

    /**
     * Reconstructs kymograph {@code name}: all three colours and the pixel timestamps in one pass.
     *
     * @throws ImportException naming the file when there is no such kymograph or it cannot be rebuilt
     */
    public static Kymograph open(BluelakeFile f, String name) throws IOException {
        ConfocalItem item = f.kymograph(name).orElseThrow(() -> new ImportException(f.path(), "has no kymograph '" + name
                + "'; it has " + f.kymographs().stream().map(ConfocalItem::name).toList()));
        ScanMetadata scan = item.scan();
        if (scan.axes().isEmpty()) {
            throw new ImportException(f.path(), "kymograph '" + name + "' has no scan axis");
        }
        long ppl = scan.fastAxis().pixels();
        if (ppl < 1 || ppl > 1 << 20) {
            throw new ImportException(f.path(), "kymograph '" + name + "' claims " + ppl + " pixels per line");
        }
        double pixelSizeUm = scan.fastAxis().pixelSizeUm();
        if (!(pixelSizeUm > 0) || Double.isInfinite(pixelSizeUm)) {
            throw new ImportException(f.path(), "kymograph '" + name + "' has pixel size " + scan.fastAxis().pixelSizeNm() + " nm");
        }
        if (item.stopNs() < item.startNs()) {
            throw new ImportException(f.path(), "kymograph '" + name + "' stops before it starts");
        }
        Reconstructed r = Reconstruction.read(f, name, item.startNs(), item.stopNs(), (int) ppl);
        Kymograph.State s = new Kymograph.State();
        s.name = name;
        s.file = f.path();
        s.startNs = item.startNs();
        s.stopNs = item.stopNs();
        s.timeOriginNs = item.startNs();
        s.scan = scan;
        s.pixels = r.pixelsPerLine();
        s.lines = r.lines();
        s.images = r.images();
        s.timestampsNs = r.timestampsNs();
        s.lineStartNs = r.lineStartNs();
        s.lineStopNs = r.lineStopNs();
        s.lineTimeSeconds = r.lineTimeSeconds();
        s.pixelTimeSeconds = r.pixelTimeSeconds();
        s.pixelSizeUm = pixelSizeUm;
        s.unitsPerPixel = pixelSizeUm;
        s.warnings = r.warnings();
        s.metadata = Metadata.of(Map.of("bluelake", Map.of("version", f.bluelakeVersion(), "experiment", f.experiment(),
                "description", f.description(), "guid", f.guid()), "scan", item.json()))
                .with(Metadata.ORIGIN, f.path().toString());
        s.provenance = Provenance.EMPTY.then(Operation.of("import.bluelake", Map.of("file", f.path().toString(), "kymograph",
                name)));
        return new Kymograph(s);
    }
}
