package org.fluorite.io.picasso.internal;

import java.lang.reflect.Array;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.fluorite.io.ImportException;

import io.jhdf.api.Dataset;
import io.jhdf.api.dataset.ContiguousDataset;

/**
 * The members of an HDF5 compound dataset (a PyTables table, a Picasso {@code /locs}) as flat
 * columns: nested compounds become {@code outer_inner} (PYME's own flattening:
 * {@code fitResults_x0}), fixed-size array members {@code name_0, name_1, ...}. Values are
 * {@code double[]} (floating point), {@code long[]} (integers) or {@code String[]}.
 */
public final class CompoundColumns {

    private CompoundColumns() {
    }

    /**
     * Reads all rows of a 1-D compound dataset after checking its size.
     *
     * @throws ImportException when the table would not fit in memory or claims more stored bytes
     *                         than the file has
     */
    public static Map<String, Object> read(Path file, Dataset dataset) throws ImportException {
        int[] dims = dataset.getDimensions();
        if (!dataset.isCompound() || dims.length != 1) {
            throw new ImportException(file, dataset.getPath() + " is not a table (a 1-D compound dataset)");
        }
        long bytes = (long) dims[0] * dataset.getDataType().getSize();
        long fileSize;
        try {
            fileSize = Files.size(file);
        } catch (java.io.IOException e) {
            throw new ImportException(file, "cannot be measured: " + e.getMessage(), e);
        }
        if (dataset instanceof ContiguousDataset && bytes > fileSize) {
            throw new ImportException(file, dataset.getPath() + " claims " + bytes + " bytes of rows, more than the file's "
                    + fileSize);
        }
        if (bytes * 4 > Runtime.getRuntime().maxMemory()) {
            throw new ImportException(file, dataset.getPath() + " has " + dims[0] + " rows, too many to hold in memory");
        }
        Object data = dataset.getData();
        if (!(data instanceof Map<?, ?> map)) {
            throw new ImportException(file, dataset.getPath() + " did not read as a table");
        }
        Map<String, Object> out = new LinkedHashMap<>();
        flatten("", map, dims[0], out);
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
