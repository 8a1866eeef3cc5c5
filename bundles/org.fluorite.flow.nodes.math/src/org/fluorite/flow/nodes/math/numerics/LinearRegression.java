package org.fluorite.flow.nodes.math.numerics;

import org.apache.commons.math3.special.Beta;

/**
 * Least-squares line through (index, value) as {@code scipy.stats.linregress(np.arange(y.size), y)}:
 * slope, intercept, Pearson r, the two-sided p-value of the t-test of slope = 0 with n - 2 degrees
 * of freedom, and the standard error of the slope.
 */
public record LinearRegression(double slope, double intercept, double rValue, double pValue, double stderr) {

    /** Regression of y on x. */
    public static LinearRegression fit(double[] x, double[] y) {
        int n = x.length;
        if (n != y.length) {
            throw new IllegalArgumentException("x and y differ in length: " + n + " and " + y.length);
        }
        if (n < 2) {
            throw new IllegalArgumentException("a linear regression needs at least 2 points, got " + n);
        }
        double xm = 0;
        double ym = 0;
        for (int i = 0; i < n; i++) {
            xm += x[i];
            ym += y[i];
        }
        xm /= n;
        ym /= n;
        double ssxm = 0;
        double ssym = 0;
        double ssxym = 0;
        for (int i = 0; i < n; i++) {
            double dx = x[i] - xm;
            double dy = y[i] - ym;
            ssxm += dx * dx;
            ssym += dy * dy;
            ssxym += dx * dy;
        }
        ssxm /= n;
        ssym /= n;
        ssxym /= n;
        if (ssxm == 0) {
            throw new IllegalArgumentException("cannot fit a line when all x values are identical");
        }
        double r = ssym == 0 ? 0 : ssxym / Math.sqrt(ssxm * ssym);
        r = Math.max(-1, Math.min(1, r));
        double slope = ssxym / ssxm;
        double intercept = ym - slope * xm;
        if (n == 2) {
            return new LinearRegression(slope, intercept, r, y[0] == y[1] ? 1.0 : 0.0, 0.0);
        }
        int df = n - 2;
        double tiny = 1e-20;
        double t = r * Math.sqrt(df / ((1.0 - r + tiny) * (1.0 + r + tiny)));
        // two-sided Student t tail: I_{df/(df+t^2)}(df/2, 1/2)
        double p = Beta.regularizedBeta(df / (df + t * t), df / 2.0, 0.5, 1e-15, Integer.MAX_VALUE);
        double stderr = Math.sqrt((1 - r * r) * ssym / ssxm / df);
        return new LinearRegression(slope, intercept, r, p, stderr);
    }

    /** Regression of the values on their indices 0..n-1 (the LinRegress node). */
    public static LinearRegression overIndex(double[] y) {
        double[] x = new double[y.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = i;
        }
        return fit(x, y);
    }
}
