package org.fluorite.flow.hdf5;

import java.io.IOException;

/** Conversions of what jHDF returns (any numeric Java array) to the column arrays. */
final class Values {

    private Values() {
    }

    static long[] longs(Object d, String at, TransmissionReader r) throws IOException {
        if (d instanceof long[] l) {
            return l;
        }
        if (d instanceof int[] i) {
            return java.util.Arrays.stream(i).asLongStream().toArray();
        }
        if (d instanceof short[] s) {
            long[] out = new long[s.length];
            for (int k = 0; k < s.length; k++) {
                out[k] = s[k];
            }
            return out;
        }
        if (d instanceof byte[] b) {
            long[] out = new long[b.length];
            for (int k = 0; k < b.length; k++) {
                out[k] = b[k];
            }
            return out;
        }
        throw r.problem(at + " is not whole numbers (" + (d == null ? "null" : d.getClass().getSimpleName()) + ")");
    }

    static double[] doubles(Object d, String at, TransmissionReader r) throws IOException {
        if (d instanceof double[] x) {
            return x;
        }
        if (d instanceof float[] f) {
            double[] out = new double[f.length];
            for (int k = 0; k < f.length; k++) {
                out[k] = f[k];
            }
            return out;
        }
        return java.util.Arrays.stream(longs(d, at, r)).asDoubleStream().toArray();
    }

    static double[][] matrix(Object d, String at, TransmissionReader r) throws IOException {
        if (d instanceof double[][] m) {
            return m;
        }
        if (d instanceof Object[] rows) {
            double[][] out = new double[rows.length][];
            for (int i = 0; i < rows.length; i++) {
                out[i] = doubles(rows[i], at, r);
            }
            return out;
        }
        throw r.problem(at + " is not a numeric matrix");
    }
}
