package org.fluorite.flow.nodes.math.numerics;

/**
 * Total-variation regularised numerical differentiation (Chartrand 2011, "Numerical
 * Differentiation of Noisy, Nonsmooth Data"), the "large" formulation the seed's TVDiff node uses:
 * the derivative u minimises {@code alph * sum sqrt((D u)^2 + ep) + 1/2 |A u - (f - f[0])|^2} with A
 * the cumulative sum and D the forward difference over dx (last row zero), by lagged diffusivity:
 * each outer iteration solves {@code (alph L + A^T A) s = -g} by conjugate gradients (relative
 * tolerance 1e-4, at most 100 steps, preconditioned with R^T R where R R^T is the Cholesky factor of
 * {@code alph L + diag(A^T A)}, as the seed's code does) and adds s to u. The tridiagonal structure
 * makes each step O(n).
 */
public final class TotalVariationDerivative {

    /**
     * @param iterations outer iterations (seed: 100)
     * @param alpha regularisation weight (seed: 0.1)
     * @param epsilon smoothing of the absolute value (seed: 0.01)
     * @param dx sample spacing in the unit of the result's denominator (seed: 0.05)
     */
    public record Parameters(int iterations, double alpha, double epsilon, double dx) {
        /** The seed node's fixed values: 100 iterations, alpha 0.1, epsilon 0.01, dx 0.05. */
        public static final Parameters SEED = new Parameters(100, 0.1, 0.01, 0.05);
    }

    private static final double CG_RTOL = 1e-4;
    private static final int CG_MAXIT = 100;

    private TotalVariationDerivative() {
    }

    /** The regularised derivative of f (same length), in f's unit per dx unit. */
    public static double[] of(double[] f, Parameters p) {
        int n = f.length;
        if (n < 2) {
            throw new IllegalArgumentException("TVDiff needs at least 2 samples, got " + n);
        }
        for (double v : f) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("TVDiff: the signal holds NaN or infinite values; drop them first");
            }
        }
        double dx = p.dx();
        double[] data = new double[n];
        for (int i = 0; i < n; i++) {
            data[i] = f[i] - f[0];
        }
        double[] u = new double[n];
        for (int i = 1; i < n; i++) {
            u[i] = data[i] - data[i - 1];
        }
        double[] atd = adjoint(data);
        // diagonal of A^T A: c[::-1] with c = cumsum(n, n-1, ..., 1)
        double[] ataDiag = new double[n];
        double[] c = new double[n];
        double acc = 0;
        for (int k = 0; k < n; k++) {
            acc += n - k;
            c[k] = acc;
        }
        for (int i = 0; i < n; i++) {
            ataDiag[i] = c[n - 1 - i];
        }
        double[] q = new double[n];
        double[] ld = new double[n];
        double[] lo = new double[n];
        for (int it = 0; it < p.iterations(); it++) {
            for (int i = 0; i < n - 1; i++) {
                double du = (u[i + 1] - u[i]) / dx;
                q[i] = 1 / Math.sqrt(du * du + p.epsilon());
            }
            q[n - 1] = 1 / Math.sqrt(p.epsilon());
            // L = D^T Q D (tridiagonal): diagonal ld, off-diagonal lo[i] = L[i][i+1]
            double inv2 = 1 / (dx * dx);
            for (int i = 0; i < n; i++) {
                double d = i < n - 1 ? q[i] * inv2 : 0;
                if (i > 0) {
                    d += q[i - 1] * inv2;
                }
                ld[i] = d;
                lo[i] = i < n - 1 ? -q[i] * inv2 : 0;
            }
            double[] g = adjoint(cumsum(u));
            double[] lu = tridiag(ld, lo, u, p.alpha());
            for (int i = 0; i < n; i++) {
                g[i] = g[i] - atd[i] + lu[i];
                g[i] = -g[i];
            }
            double[][] m = preconditioner(ld, lo, ataDiag, p.alpha());
            double[] s = conjugateGradient(ld, lo, p.alpha(), g, m);
            for (int i = 0; i < n; i++) {
                u[i] += s[i];
            }
        }
        for (int i = 0; i < n; i++) {
            u[i] /= dx;
        }
        return u;
    }

    private static double[] cumsum(double[] v) {
        double[] out = new double[v.length];
        double s = 0;
        for (int i = 0; i < v.length; i++) {
            s += v[i];
            out[i] = s;
        }
        return out;
    }

    /** A^T w: sum(w) - [0, cumsum(w[:-1])], written as the seed writes it. */
    private static double[] adjoint(double[] w) {
        int n = w.length;
        double total = 0;
        for (double v : w) {
            total += v;
        }
        double[] out = new double[n];
        double prefix = 0;
        for (int i = 0; i < n; i++) {
            out[i] = total - prefix;
            prefix += w[i];
        }
        return out;
    }

    /** alpha * L v for the tridiagonal L. */
    private static double[] tridiag(double[] ld, double[] lo, double[] v, double alpha) {
        int n = v.length;
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            double s = ld[i] * v[i];
            if (i > 0) {
                s += lo[i - 1] * v[i - 1];
            }
            if (i < n - 1) {
                s += lo[i] * v[i + 1];
            }
            out[i] = alpha * s;
        }
        return out;
    }

    /** M = R^T R with R R^T = alpha L + diag(A^T A) (R lower bidiagonal): M's diagonal and off-diagonal. */
    private static double[][] preconditioner(double[] ld, double[] lo, double[] ataDiag, double alpha) {
        int n = ld.length;
        double[] rd = new double[n];
        double[] rs = new double[n];
        for (int i = 0; i < n; i++) {
            double b = alpha * ld[i] + ataDiag[i];
            if (i > 0) {
                rs[i] = alpha * lo[i - 1] / rd[i - 1];
                b -= rs[i] * rs[i];
            }
            if (!(b > 0)) {
                throw new IllegalArgumentException("TVDiff: the preconditioner is not positive definite (alpha "
                        + alpha + ")");
            }
            rd[i] = Math.sqrt(b);
        }
        double[] md = new double[n];
        double[] mo = new double[n];
        for (int i = 0; i < n; i++) {
            md[i] = rd[i] * rd[i] + (i + 1 < n ? rs[i + 1] * rs[i + 1] : 0);
            mo[i] = i + 1 < n ? rd[i + 1] * rs[i + 1] : 0;
        }
        return new double[][] {md, mo};
    }

    private static double[] conjugateGradient(double[] ld, double[] lo, double alpha, double[] b, double[][] m) {
        int n = b.length;
        double bnorm = norm(b);
        double[] x = new double[n];
        if (bnorm == 0) {
            return b.clone();
        }
        double atol = CG_RTOL * bnorm;
        double[] r = b.clone();
        double[] pv = new double[n];
        double rhoPrev = 0;
        for (int it = 0; it < CG_MAXIT; it++) {
            if (norm(r) < atol) {
                break;
            }
            double[] z = new double[n];
            for (int i = 0; i < n; i++) {
                double s = m[0][i] * r[i];
                if (i > 0) {
                    s += m[1][i - 1] * r[i - 1];
                }
                if (i < n - 1) {
                    s += m[1][i] * r[i + 1];
                }
                z[i] = s;
            }
            double rho = dot(r, z);
            if (it > 0) {
                double beta = rho / rhoPrev;
                for (int i = 0; i < n; i++) {
                    pv[i] = pv[i] * beta + z[i];
                }
            } else {
                System.arraycopy(z, 0, pv, 0, n);
            }
            double[] qv = tridiag(ld, lo, pv, alpha);
            double[] ata = adjoint(cumsum(pv));
            for (int i = 0; i < n; i++) {
                qv[i] += ata[i];
            }
            double a = rho / dot(pv, qv);
            for (int i = 0; i < n; i++) {
                x[i] += a * pv[i];
                r[i] -= a * qv[i];
            }
            rhoPrev = rho;
        }
        return x;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    private static double norm(double[] a) {
        return Math.sqrt(dot(a, a));
    }
}
