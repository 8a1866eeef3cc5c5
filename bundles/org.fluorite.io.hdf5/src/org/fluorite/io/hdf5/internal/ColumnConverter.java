package org.fluorite.io.hdf5.internal;

import java.lang.reflect.Array;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

import org.fluorite.core.table.Column;

/**
 * Turns the arrays jHDF returns for a 1-D dataset or a compound member into {@link Column}s:
 * floating-point values become number columns, integers whole-number columns (unsigned 64-bit
 * values beyond the range of a long become numbers), text stays text. A member that is itself an
 * array (e.g. {@code float[3]} per row) gives one column per element, "name[0]", "name[1]", ...;
 * a nested compound gives "outer.inner" columns.
 */
public final class ColumnConverter {

    /** Array members with more elements than this per row are not split into columns. */
    private static final int MAX_SPLIT = 64;

    private ColumnConverter() {
    }

    /** Adds the columns of one member (or of a whole 1-D dataset) of {@code rows} values. */
    public static void add(String name, Object values, int rows, List<Column> out) {
        if (values instanceof Map<?, ?> nested) {
            for (Map.Entry<?, ?> e : nested.entrySet()) {
                add(name + "." + e.getKey(), e.getValue(), rows, out);
            }
            return;
        }
        if (values == null || !values.getClass().isArray() || Array.getLength(values) != rows) {
            out.add(Column.ofText(name, filled(rows, values == null ? "" : String.valueOf(values))));
            return;
        }
        Class<?> component = values.getClass().getComponentType();
        if (component.isArray()) {
            splitPerRow(name, values, rows, out);
            return;
        }
        if (values instanceof double[] d) {
            out.add(Column.ofDoubles(name, "", d));
        } else if (values instanceof float[] f) {
            double[] d = new double[rows];
            for (int i = 0; i < rows; i++) {
                d[i] = f[i];
            }
            out.add(Column.ofDoubles(name, "", d));
        } else if (values instanceof long[] l) {
            out.add(Column.ofLongs(name, "", l));
        } else if (values instanceof int[] || values instanceof short[] || values instanceof byte[]) {
            long[] l = new long[rows];
            for (int i = 0; i < rows; i++) {
                l[i] = ((Number) Array.get(values, i)).longValue();
            }
            out.add(Column.ofLongs(name, "", l));
        } else if (values instanceof boolean[] b) {
            long[] l = new long[rows];
            for (int i = 0; i < rows; i++) {
                l[i] = b[i] ? 1 : 0;
            }
            out.add(Column.ofLongs(name, "", l));
        } else if (values instanceof BigInteger[] big) {
            out.add(bigIntegers(name, big));
        } else {
            String[] s = new String[rows];
            for (int i = 0; i < rows; i++) {
                Object v = Array.get(values, i);
                s[i] = v == null ? "" : String.valueOf(v);
            }
            out.add(Column.ofText(name, s));
        }
    }

    private static Column bigIntegers(String name, BigInteger[] big) {
        boolean fits = true;
        for (BigInteger b : big) {
            fits &= b == null || b.bitLength() < 64;
        }
        if (fits) {
            long[] l = new long[big.length];
            for (int i = 0; i < big.length; i++) {
                l[i] = big[i] == null ? 0 : big[i].longValue();
            }
            return Column.ofLongs(name, "", l);
        }
        double[] d = new double[big.length];
        for (int i = 0; i < big.length; i++) {
            d[i] = big[i] == null ? Double.NaN : big[i].doubleValue();
        }
        return Column.ofDoubles(name, "", d);
    }

    /** rows x k values: one column per element when k is small, else one text column. */
    private static void splitPerRow(String name, Object values, int rows, List<Column> out) {
        int k = rows == 0 ? 0 : Array.getLength(Array.get(values, 0));
        boolean uniform = k <= MAX_SPLIT;
        for (int i = 0; i < rows && uniform; i++) {
            Object row = Array.get(values, i);
            uniform = row != null && Array.getLength(row) == k && !row.getClass().getComponentType().isArray();
        }
        if (!uniform) {
            String[] s = new String[rows];
            for (int i = 0; i < rows; i++) {
                s[i] = String.valueOf(org.fluorite.io.hdf5.Hdf5Attributes.toJson(Array.get(values, i), null));
            }
            out.add(Column.ofText(name, s));
            return;
        }
        for (int j = 0; j < k; j++) {
            Object column = Array.newInstance(Array.get(values, 0).getClass().getComponentType(), rows);
            for (int i = 0; i < rows; i++) {
                Array.set(column, i, Array.get(Array.get(values, i), j));
            }
            add(name + "[" + j + "]", column, rows, out);
        }
    }

    private static String[] filled(int rows, String value) {
        String[] s = new String[rows];
        java.util.Arrays.fill(s, value);
        return s;
    }
}
