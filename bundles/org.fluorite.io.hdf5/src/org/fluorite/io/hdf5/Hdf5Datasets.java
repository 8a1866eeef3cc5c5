package org.fluorite.io.hdf5;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fluorite.core.DataObject;
import org.fluorite.core.image.Image;
import org.fluorite.core.image.PixelType;
import org.fluorite.core.meta.Metadata;
import org.fluorite.core.meta.Operation;
import org.fluorite.core.meta.Provenance;
import org.fluorite.core.table.Column;
import org.fluorite.core.table.Table;
import org.fluorite.io.ImportException;
import org.fluorite.io.hdf5.internal.ColumnConverter;
import org.fluorite.io.hdf5.internal.Hdf5PlaneSource;
import org.fluorite.io.hdf5.internal.Limits;
import org.fluorite.io.hdf5.internal.TreeReader;

import io.jhdf.api.Dataset;
import io.jhdf.object.datatype.CompoundDataType;

/**
 * Datasets of an HDF5 file as Fluorite data: lazy {@link Image}s over numeric datasets and
 * {@link Table}s over compound and 1-D datasets. Format readers built on HDF5 (flimage, PYME,
 * Bluelake, CaImAn, Picasso) use these instead of jHDF's whole-array reads:
 *
 * <pre>{@code
 * Hdf5File file = Hdf5File.open(path);
 * try {
 *     Image movie = Hdf5Datasets.image(file, "/mov", "movie", "TYX"); // keeps the file open
 *     Table locs = Hdf5Datasets.table(file, "/locs", "locs");         // read now
 * } finally {
 *     file.release(); // the image holds its own reference until closed
 * }
 * }</pre>
 *
 * Images carry the dataset's attributes as metadata, tables too; both record an
 * "import.hdf5" operation with the file and dataset path. Readers that lay images out themselves
 * (several datasets per image, x-first storage) build on {@link Hdf5Planes}; compound members as
 * the flat columns PyTables users know come from {@link Hdf5Compound}.
 */
public final class Hdf5Datasets {

    /** Values of an array attribute kept in an image's or table's metadata. */
    public static final int MAX_METADATA_VALUES = 4096;

    private Hdf5Datasets() {
    }

    /** Default axes of a numeric dataset of {@code rank} dimensions: "YX", "TYX", "TZYX", "TZCYX". */
    public static String defaultAxes(int rank) {
        return switch (rank) {
            case 2 -> "YX";
            case 3 -> "TYX";
            case 4 -> "TZYX";
            case 5 -> "TZCYX";
            default -> throw new IllegalArgumentException("No default axes for " + rank + " dimensions");
        };
    }

    /**
     * A lazy image over a numeric dataset of two or more dimensions: the last two are Y and X,
     * each plane (one index along every other axis) is read with one sliced read when asked.
     * The image holds a reference to {@code file} until it is closed.
     *
     * @param axes axis letters for the dataset's dimensions, slowest first, ending in "YX"
     *             (e.g. "TYX" for (frames, rows, columns)); null for {@link #defaultAxes}
     * @throws ImportException when the dataset is missing, not numeric, or its sizes are implausible
     */
    public static Image image(Hdf5File file, String datasetPath, String name, String axes) throws ImportException {
        return file.call("opening " + datasetPath + " as an image", () -> {
            Dataset d = lookup(file, datasetPath);
            PixelType type = Hdf5Types.pixelType(d.getDataType()).orElseThrow(() -> new ImportException(file.path(),
                    datasetPath + " holds " + Hdf5Types.label(d.getDataType()) + " values, not numbers an image is made of"));
            long[] dims = d.getDimensionsAsLong();
            String a = axes == null ? defaultAxes(Math.max(2, Math.min(5, dims.length))) : axes;
            if (a.length() != dims.length) {
                throw new ImportException(file.path(), datasetPath + " has " + dims.length + " dimensions, axes '" + a
                        + "' name " + a.length());
            }
            Hdf5PlaneSource source = new Hdf5PlaneSource(file, d, datasetPath, type);
            try {
                Map<String, Object> meta = Hdf5Attributes.of(d, MAX_METADATA_VALUES, file.length());
                return Image.create(name, source, a, dims).withMetadata(Metadata.of(meta))
                        .withProvenance(provenance(file, datasetPath));
            } catch (RuntimeException e) {
                source.close();
                throw e;
            }
        });
    }

    /**
     * A table read now from a compound dataset (one column per field, array fields split into
     * "name[i]" columns) or a 1-D numeric or text dataset (one column named after the dataset).
     *
     * @throws ImportException when the dataset is of another shape or type, or too large
     */
    public static Table table(Hdf5File file, String datasetPath, String name) throws ImportException {
        return file.call("reading " + datasetPath + " as a table", () -> {
            Dataset d = lookup(file, datasetPath);
            long[] dims = d.getDimensionsAsLong();
            if (dims.length != 1) {
                throw new ImportException(file.path(), datasetPath + " has " + dims.length
                        + " dimensions; a table is made of a 1-D dataset");
            }
            if (dims[0] > Integer.MAX_VALUE - 8) {
                throw new ImportException(file.path(), datasetPath + " has " + dims[0] + " rows, more than a table holds");
            }
            Limits.checkWhole(file.path(), file.length(), d, datasetPath, Limits.MAX_TABLE_BYTES);
            int rows = (int) dims[0];
            List<Column> columns = new ArrayList<>();
            if (rows > 0 && !d.isEmpty()) {
                Object data = d.getData();
                if (d.getDataType() instanceof CompoundDataType && data instanceof Map<?, ?> fields) {
                    for (Map.Entry<?, ?> e : fields.entrySet()) {
                        ColumnConverter.add(String.valueOf(e.getKey()), e.getValue(), rows, columns);
                    }
                } else {
                    ColumnConverter.add(lastPart(datasetPath), data, rows, columns);
                }
            }
            Map<String, Object> meta = new LinkedHashMap<>(Hdf5Attributes.of(d, MAX_METADATA_VALUES, file.length()));
            return Table.of(name, columns).withMetadata(Metadata.of(meta)).withProvenance(provenance(file, datasetPath));
        });
    }

    /**
     * The default view of a dataset ({@link Hdf5Node#view()}): a lazy image for 2-D and 3-D
     * numeric datasets (2-D as YX, 3-D as TYX), a table for compound and 1-D datasets. The
     * image keeps {@code file} open until it is closed.
     *
     * @throws ImportException when the dataset has no view (scalars, strings, 4-D, ...)
     */
    public static DataObject open(Hdf5File file, String datasetPath) throws ImportException {
        Hdf5Node.DatasetInfo info = file.call("reading the header of " + datasetPath,
                () -> TreeReader.datasetInfo(lookup(file, datasetPath)));
        return switch (info.view()) {
            case IMAGE -> image(file, datasetPath, datasetPath, null);
            case TABLE -> table(file, datasetPath, datasetPath);
            case NONE -> throw new ImportException(file.path(), datasetPath + " (" + info.summary()
                    + ") opens neither as an image nor as a table");
        };
    }

    /** Opens the file, then the dataset as by {@link #open(Hdf5File, String)}; an image keeps the file open. */
    public static DataObject open(Path file, String datasetPath) throws IOException {
        Hdf5File f = Hdf5File.open(file);
        try {
            return open(f, datasetPath);
        } finally {
            f.release();
        }
    }

    /** The dataset at {@code datasetPath}; call inside {@link Hdf5File#call}. */
    static Dataset lookup(Hdf5File file, String datasetPath) throws ImportException {
        io.jhdf.api.Node node;
        try {
            node = file.hdf().getByPath(datasetPath);
        } catch (RuntimeException e) {
            throw new ImportException(file.path(), "no dataset " + datasetPath + " (" + e.getMessage() + ")", e);
        }
        if (node instanceof Dataset d) {
            return d;
        }
        throw new ImportException(file.path(), datasetPath + " is not a dataset");
    }

    private static Provenance provenance(Hdf5File file, String datasetPath) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("file", file.path().toString());
        p.put("dataset", datasetPath);
        return Provenance.EMPTY.then(Operation.of("import.hdf5", p));
    }

    private static String lastPart(String path) {
        int slash = path.lastIndexOf('/');
        return slash >= 0 && slash < path.length() - 1 ? path.substring(slash + 1) : path;
    }
}
