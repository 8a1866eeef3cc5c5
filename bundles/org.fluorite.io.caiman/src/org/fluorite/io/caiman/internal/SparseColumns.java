package org.fluorite.io.caiman.internal;

import java.nio.file.Path;

import org.fluorite.io.ImportException;
import org.fluorite.roi.MaskRoi;
import org.fluorite.roi.RoiProperties;

/**
 * A matrix of pixels x components in compressed sparse column form (SciPy's CSC: the non-zero
 * values of column {@code k} are {@code data[indptr[k] .. indptr[k+1]]} at rows
 * {@code indices[...]}), checked for consistency when built.
 */
final class SparseColumns {

    private final double[] data;
    private final int[] indices;
    private final int[] indptr;

    private SparseColumns(double[] data, int[] indices, int[] indptr) {
        this.data = data;
        this.indices = indices;
        this.indptr = indptr;
    }

    static SparseColumns of(Path file, double[] data, long[] indices, long[] indptr, long rows, int columns, String what)
            throws ImportException {
        if (indptr.length != columns + 1L) {
            throw new ImportException(file, what + "/indptr has " + indptr.length + " entries, expected " + (columns + 1L));
        }
        if (indices.length != data.length) {
            throw new ImportException(file, what + " has " + data.length + " values but " + indices.length + " row indices");
        }
        int[] ptr = new int[indptr.length];
        for (int i = 0; i < ptr.length; i++) {
            long v = indptr[i];
            if (v < 0 || v > data.length || (i > 0 && v < indptr[i - 1]) || (i == 0 && v != 0)) {
                throw new ImportException(file, what + "/indptr is not a valid column pointer list (entry " + i + " = " + v + ")");
            }
            ptr[i] = (int) v;
        }
        if (ptr[ptr.length - 1] != data.length) {
            throw new ImportException(file, what + "/indptr ends at " + ptr[ptr.length - 1] + ", the matrix has " + data.length
                    + " values");
        }
        int[] idx = new int[indices.length];
        for (int i = 0; i < idx.length; i++) {
            if (indices[i] < 0 || indices[i] >= rows) {
                throw new ImportException(file, what + "/indices holds pixel " + indices[i] + " outside 0.." + (rows - 1));
            }
            idx[i] = (int) indices[i];
        }
        return new SparseColumns(data, idx, ptr);
    }

    /** The non-zero entries of a dense row-major (rows x columns) matrix. */
    static SparseColumns fromDense(double[] dense, int rows, int columns) {
        int nnz = 0;
        for (double v : dense) {
            if (v != 0) {
                nnz++;
            }
        }
        double[] data = new double[nnz];
        int[] idx = new int[nnz];
        int[] ptr = new int[columns + 1];
        int at = 0;
        for (int c = 0; c < columns; c++) {
            ptr[c] = at;
            for (int r = 0; r < rows; r++) {
                double v = dense[r * columns + c];
                if (v != 0) {
                    data[at] = v;
                    idx[at++] = r;
                }
            }
        }
        ptr[columns] = at;
        return new SparseColumns(data, idx, ptr);
    }

    int columns() {
        return indptr.length - 1;
    }

    /** Column {@code k} as a weighted mask; flat pixel p is at row p % d1, column p / d1. */
    MaskRoi mask(int k, int d1, RoiProperties props) {
        int from = indptr[k];
        int n = indptr[k + 1] - from;
        int[] xs = new int[n];
        int[] ys = new int[n];
        float[] w = new float[n];
        for (int i = 0; i < n; i++) {
            int p = indices[from + i];
            ys[i] = p % d1;
            xs[i] = p / d1;
            w[i] = (float) data[from + i];
        }
        return new MaskRoi(props, xs, ys, w);
    }
}
