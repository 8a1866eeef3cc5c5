package org.fluorite.io.hdf5;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.fluorite.core.DataObject;
import org.fluorite.core.meta.Metadata;
import org.fluorite.core.meta.Operation;
import org.fluorite.core.meta.Provenance;
import org.fluorite.core.progress.ProgressMonitor;
import org.fluorite.io.ImportException;
import org.fluorite.io.hdf5.internal.TreeReader;

/**
 * The structure of an HDF5 file: its groups, datasets (shape, type, chunks, filters) and links,
 * with every attribute. Kind {@value #KIND}; the workbench shows it in the HDF5 browser and
 * {@code ./fluorite info FILE.h5 --json} prints it under "tree". Its metadata are the root
 * group's attributes. Holds no open file: datasets are opened with
 * {@link Hdf5Datasets#open(Path, String)}.
 */
public final class Hdf5Tree implements DataObject {

    public static final String KIND = "hdf5";

    private final Path file;
    private final Hdf5Node root;
    private final boolean truncated;
    private final Metadata metadata;
    private final Provenance provenance;

    public Hdf5Tree(Path file, Hdf5Node root, boolean truncated, Metadata metadata, Provenance provenance) {
        this.file = file;
        this.root = root;
        this.truncated = truncated;
        this.metadata = metadata;
        this.provenance = provenance;
    }

    /**
     * Reads the structure of an open file (no dataset values, except small scalars).
     *
     * @throws ImportException naming the file when the structure cannot be read in time
     */
    public static Hdf5Tree read(Hdf5File file, ProgressMonitor monitor) throws ImportException {
        TreeReader reader = new TreeReader(file.length(), monitor == null ? ProgressMonitor.NONE : monitor);
        Hdf5Node root = file.call("reading the HDF5 structure", () -> reader.read(file.hdf()));
        if (root.error() != null && root.children().isEmpty()) {
            throw new ImportException(file.path(), "the root group cannot be read (" + root.error() + "); the file is damaged");
        }
        Map<String, Object> attributes = new LinkedHashMap<>(root.attributes());
        Provenance provenance = Provenance.EMPTY.then(Operation.of("import.hdf5", Map.of("file", file.path().toString())));
        return new Hdf5Tree(file.path(), root, reader.truncated(), Metadata.of(attributes), provenance);
    }

    @Override
    public String name() {
        Path n = file.getFileName();
        return n == null ? file.toString() : n.toString();
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Metadata metadata() {
        return metadata;
    }

    @Override
    public Provenance provenance() {
        return provenance;
    }

    /** The file the tree was read from. */
    public Path file() {
        return file;
    }

    /** The root group "/". */
    public Hdf5Node root() {
        return root;
    }

    /** True when the file has more objects than were listed ({@value TreeReader#MAX_NODES}). */
    public boolean isTruncated() {
        return truncated;
    }

    /** Every dataset, depth first in file order. */
    public List<Hdf5Node> datasets() {
        java.util.ArrayList<Hdf5Node> out = new java.util.ArrayList<>();
        root.walk(n -> {
            if (n.isDataset()) {
                out.add(n);
            }
        });
        return out;
    }

    /**
     * {@code {"tree": root node, "groupCount", "datasetCount", "truncated"}}; each node is
     * {@code {"name", "path", "type", "attributes", ...}}: groups add "children", datasets
     * "shape", "dtype", "layout", "chunks", "filters", "fields" (compound), "value" (small
     * scalars) and "opensAs" ("image", "table" or "none"), links "target".
     */
    @Override
    public Map<String, Object> describe() {
        AtomicInteger groups = new AtomicInteger();
        AtomicInteger datasets = new AtomicInteger();
        root.walk(n -> {
            if (n.isGroup()) {
                groups.incrementAndGet();
            } else if (n.isDataset()) {
                datasets.incrementAndGet();
            }
        });
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("tree", root.toMap());
        m.put("groupCount", groups.get());
        m.put("datasetCount", datasets.get());
        m.put("truncated", truncated);
        return m;
    }

    @Override
    public String toString() {
        return "Hdf5Tree[" + file + ", " + datasets().size() + " datasets]";
    }
}
