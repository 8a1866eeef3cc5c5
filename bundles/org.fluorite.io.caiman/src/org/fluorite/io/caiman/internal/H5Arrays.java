package org.fluorite.io.caiman.internal;

import java.lang.reflect.Array;
import java.nio.file.Path;

import org.fluorite.io.ImportException;

import io.jhdf.api.Dataset;
import io.jhdf.api.Group;
import io.jhdf.api.Node;

/**
 * Reads small HDF5 datasets into flat Java arrays with size checks made before anything is
 * allocated: a dataset may hold at most {@link #MAX_ELEMENTS} values and, when stored without
 * compression, no more bytes than the file has.
 */
final class H5Arrays {

    /** Largest number of values read from one dataset into memory (256 MB as doubles). */
    static final long MAX_ELEMENTS = 32L << 20;

    private final Path file;
    private final long fileBytes;

    H5Arrays(Path file, long fileBytes) {
        this.file = file;
        this.fileBytes = fileBytes;
    }

    /** The dataset at {@code path} below {@code group}, or null when there is none (or it is a group). */
    static Dataset dataset(Group group, String path) {
        Node n = child(group, path);
        return n instanceof Dataset d ? d : null;
    }

    static Node child(Group group, String path) {
        Node n = group;
        for (String part : path.split("/")) {
            if (!(n instanceof Group g) || !g.getChildren().containsKey(part)) {
                return null;
            }
            n = g.getChild(part);
        }
        return n;
    }

    /** Dimensions of a dataset after checking the element count against the limits. */
    long[] checkedShape(Dataset d, String what) throws ImportException {
        long[] dims = d.getDimensionsAsLong();
        long n = 1;
        for (long x : dims) {
            if (x < 0) {
                throw new ImportException(file, what + " has a negative dimension");
            }
            n = multiply(n, x, what);
        }
        if (n > MAX_ELEMENTS) {
            throw new ImportException(file, what + " holds " + n + " values, more than the " + MAX_ELEMENTS
                    + " Fluorite reads into memory at once");
        }
        if (d.getFilters().isEmpty() && !d.isCompound() && !d.isVariableLength()) {
            long bytes = d.getSizeInBytes();
            if (bytes > fileBytes) {
                throw new ImportException(file, what + " claims " + bytes + " bytes, the file has only " + fileBytes);
            }
        }
        return dims;
    }

    private long multiply(long a, long b, String what) throws ImportException {
        try {
            return Math.multiplyExact(a, b);
        } catch (ArithmeticException e) {
            throw new ImportException(file, what + " has an impossible size");
        }
    }

    /** All values of a numeric dataset as doubles, in C (row-major) order. */
    double[] doubles(Dataset d, String what) throws ImportException {
        checkedShape(d, what);
        Object flat = d.isScalar() ? d.getData() : d.getDataFlat();
        return toDoubles(flat, what);
    }

    double[] toDoubles(Object flat, String what) throws ImportException {
        if (flat instanceof double[] a) {
            return a;
        }
        if (flat instanceof Number num) {
            return new double[] {num.doubleValue()};
        }
        if (flat == null || !flat.getClass().isArray()) {
            throw new ImportException(file, what + " is not numeric");
        }
        int n = Array.getLength(flat);
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            Object v = Array.get(flat, i);
            if (v instanceof Number num) {
                out[i] = num.doubleValue();
            } else if (v instanceof Boolean b) {
                out[i] = b ? 1 : 0;
            } else {
                throw new ImportException(file, what + " is not numeric");
            }
        }
        return out;
    }

    /** Whole numbers of an integer (or integral float) dataset. */
    long[] longs(Dataset d, String what) throws ImportException {
        double[] v = doubles(d, what);
        long[] out = new long[v.length];
        for (int i = 0; i < v.length; i++) {
            if (v[i] != Math.rint(v[i]) || Math.abs(v[i]) > (1L << 53)) {
                throw new ImportException(file, what + " holds " + v[i] + " where a whole number is expected");
            }
            out[i] = (long) v[i];
        }
        return out;
    }
}
