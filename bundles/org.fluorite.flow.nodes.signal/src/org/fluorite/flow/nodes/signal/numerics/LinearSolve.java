package org.fluorite.flow.nodes.signal.numerics;

/** Small dense linear systems by Gaussian elimination with partial pivoting (as LAPACK's gesv). */
final class LinearSolve {

    private LinearSolve() {
    }

    /** Solves the augmented system [A | y] (m rows, m+1 columns, modified in place). */
    static double[] solve(double[][] aug) {
        int m = aug.length;
        for (int col = 0; col < m; col++) {
            int pivot = col;
            for (int r = col + 1; r < m; r++) {
                if (Math.abs(aug[r][col]) > Math.abs(aug[pivot][col])) {
                    pivot = r;
                }
            }
            if (aug[pivot][col] == 0) {
                throw new IllegalArgumentException("singular linear system");
            }
            double[] t = aug[col];
            aug[col] = aug[pivot];
            aug[pivot] = t;
            for (int r = col + 1; r < m; r++) {
                double f = aug[r][col] / aug[col][col];
                for (int c = col; c <= m; c++) {
                    aug[r][c] -= f * aug[col][c];
                }
            }
        }
        double[] x = new double[m];
        for (int r = m - 1; r >= 0; r--) {
            double s = aug[r][m];
            for (int c = r + 1; c < m; c++) {
                s -= aug[r][c] * x[c];
            }
            x[r] = s / aug[r][r];
        }
        return x;
    }
}
