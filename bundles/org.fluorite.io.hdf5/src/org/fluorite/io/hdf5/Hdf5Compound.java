package org.fluorite.io.hdf5;

import java.lang.reflect.Array;
import java.util.LinkedHashMap;
import java.util.Map;

import org.fluorite.io.ImportException;
import org.fluorite.io.hdf5.internal.Limits;

import io.jhdf.api.Dataset;

/**
 * The members of a 1-D compound dataset (a PyTables table such as PYME's {@code FitResults}, a
 * Picasso {@code /locs}) as flat columns named the way those tools flatten them: nested compounds
 * become {@code outer_inner} ({@code fitResults_x0}), fixed-size array members
 * {@code name_0, name_1, ...} (at most 64 of them). Values are {@code double[]} (floating point),
 * {@code long[]} (integers) or {@code String[]}, in the dataset's member order.
 *
 * <p>{@link Hdf5Datasets#table} is the generic view with {@code name[i]} array columns; this is
 * for readers whose users know the flattened names.
 */
public final class Hdf5Compound {

    private Hdf5Compound() {
    }

    /**
     * Reads all rows of the 1-D compound dataset at {@code datasetPath} after checking its size
     * against the file and the memory available.
     *
     * @throws ImportException when it is not a 1-D compound dataset, would not fit in memory, or
     *                         claims more bytes than the file has
     */
    public static Map<String, Object> flatColumns(Hdf5File file, String datasetPath) throws ImportException {
        return file.call("reading the table " + datasetPath, () -> flatColumns(file, Hdf5Datasets.lookup(file, datasetPath)));
    }

    /** {@link #flatColumns(Hdf5File, String)} of a dataset already looked up; call inside {@link Hdf5File#call}. */
    public static Map<String, Object> flatColumns(Hdf5File file, Dataset dataset) throws ImportException {
        int[] dims = dataset.getDimensions();
        if (!dataset.isCompound() || dims.length != 1) {
            throw new ImportException(file.path(), dataset.getPath() + " is not a table (a 1-D compound dataset)");
        }
        long bytes = (long) dims[0] * dataset.getDataType().getSize();
        Limits.checkWhole(file.path(), file.length(), dataset, dataset.getPath(), Limits.MAX_TABLE_BYTES);
        if (bytes * 4 > Runtime.getRuntime().maxMemory()) {
            throw new ImportException(file.path(), dataset.getPath() + " has " + dims[0] + " rows, too many to hold in memory");
        }
        Object data = dataset.getData();
        if (!(data instanceof Map<?, ?> map)) {
            throw new ImportException(file.path(), dataset.getPath() + " did not read as a table");
        }
        Map<String, Object> out = new LinkedHashMap<>();
        flatten("", map, dims[0], out);
        return out;
    }

    /** True when a column of {@link #flatColumns} holds numbers ({@code double[]} or {@code long[]}). */
    public static boolean isNumeric(Object column) {
        return column instanceof double[] || column instanceof long[];
    }

    /**
     * A numeric column of {@link #flatColumns} as doubles: {@code double[]} as it is, {@code long[]}
     * converted (exact up to 2^53).
     *
     * @throws IllegalArgumentException for a text column
     */
    public static double[] numbers(Object column) {
        if (column instanceof double[] d) {
            return d;
        }
        if (!(column instanceof long[] l)) {
            throw new IllegalArgumentException("not a numeric column: "
                    + (column == null ? "null" : column.getClass().getSimpleName()));
        }
        double[] out = new double[l.length];
        for (int i = 0; i < l.length; i++) {
            out[i] = l[i];
        }
        return out;
    }

    private static void flatten(String prefix, Map<?, ?> members, int rows, Map<String, Object> out) {
        for (Map.Entry<?, ?> e : members.entrySet()) {
            String name = prefix + e.getKey();
            Object v = e.getValue();
            if (v instanceof Map<?, ?> nested) {
                flatten(name + "_", nested, rows, out);
            } else if (v != null && v.getClass().isArray() && Array.getLength(v) == rows) {
                Class<?> c = v.getClass().getComponentType();
                if (c.isArray()) {
                    splitArrayMember(name, v, rows, out);
                } else {
                    out.put(name, column(v));
                }
            }
        }
    }

    /** A member holding a fixed-size array per row, stored as {@code rows x n}. */
    private static void splitArrayMember(String name, Object v, int rows, Map<String, Object> out) {
        int n = rows == 0 ? 0 : Array.getLength(Array.get(v, 0));
        for (int k = 0; k < n && k < 64; k++) {
            Object first = Array.get(Array.get(v, 0), k);
            if (first instanceof Number && !(first instanceof Float || first instanceof Double)) {
                long[] col = new long[rows];
                for (int r = 0; r < rows; r++) {
                    col[r] = ((Number) Array.get(Array.get(v, r), k)).longValue();
                }
                out.put(name + "_" + k, col);
            } else if (first instanceof Number) {
                double[] col = new double[rows];
                for (int r = 0; r < rows; r++) {
                    col[r] = ((Number) Array.get(Array.get(v, r), k)).doubleValue();
                }
                out.put(name + "_" + k, col);
            }
        }
    }

    private static Object column(Object array) {
        int n = Array.getLength(array);
        if (array instanceof double[] d) {
            return d;
        }
        if (array instanceof float[] f) {
            double[] out = new double[n];
            for (int i = 0; i < n; i++) {
                out[i] = f[i];
            }
            return out;
        }
        if (array instanceof long[] l) {
            return l;
        }
        if (array instanceof int[] || array instanceof short[] || array instanceof byte[]) {
            long[] out = new long[n];
            for (int i = 0; i < n; i++) {
                out[i] = ((Number) Array.get(array, i)).longValue();
            }
            return out;
        }
        String[] out = new String[n];
        for (int i = 0; i < n; i++) {
            Object o = Array.get(array, i);
            out[i] = o == null ? null : String.valueOf(o);
        }
        return out;
    }
}
