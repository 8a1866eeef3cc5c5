package org.fluorite.flim;

import java.util.ArrayList;
import java.util.List;

import org.apache.commons.math3.exception.MathIllegalStateException;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresBuilder;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresOptimizer;
import org.apache.commons.math3.fitting.leastsquares.LevenbergMarquardtOptimizer;
import org.apache.commons.math3.fitting.leastsquares.MultivariateJacobianFunction;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.RealVector;
import org.apache.commons.math3.util.Pair;

/**
 * Least-squares fit of {@code amplitude * exp(-rate * t) + offset} to an intensity trace, with
 * Commons Math's Levenberg-Marquardt optimizer started from several points; the start with the
 * smallest residual wins, so one bad start (or one that diverges) does not spoil the result.
 * <p>
 * The fit runs on the normalised time {@code s = (t - t0) / span}, which keeps the problem well
 * conditioned whatever the time unit; the returned parameters refer to the absolute time t.
 *
 * @param amplitude amplitude at t = 0 (intensity units)
 * @param rate decay rate in 1/s when times are in seconds, never negative
 * @param offset constant offset (intensity units)
 * @param rms root mean square residual of the fit (intensity units)
 */
public record DecayFit(double amplitude, double rate, double offset, double rms) {

    /** Bound on rate * span during the search, so exp never overflows. */
    private static final double MAX_NORMALISED_RATE = 200;

    /** @return the model at time t (seconds) */
    public double value(double t) {
        return amplitude * Math.exp(-rate * t) + offset;
    }

    /**
     * Fits the model to trace(times).
     *
     * @param times sample times in seconds, finite, not all equal
     * @param trace intensity at each time, finite
     * @param extraStart optional extra start point {amplitude, rate (1/s), offset} in absolute time, or null
     * @return the best fit; for a flat trace amplitude 0, rate 0 and offset the trace's value
     * @throws IllegalArgumentException when fewer than 3 points, values are not finite or all times are equal
     */
    public static DecayFit fit(double[] times, double[] trace, double[] extraStart) {
        if (times.length != trace.length) {
            throw new IllegalArgumentException("times (" + times.length + ") and trace (" + trace.length + ") differ in length");
        }
        int n = times.length;
        if (n < 3) {
            throw new IllegalArgumentException("a decay fit needs at least 3 images, not " + n);
        }
        double t0 = Double.POSITIVE_INFINITY, t1 = Double.NEGATIVE_INFINITY, lo = Double.POSITIVE_INFINITY,
                hi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            if (!Double.isFinite(times[i]) || !Double.isFinite(trace[i])) {
                throw new IllegalArgumentException("time or intensity of image " + i + " is not finite");
            }
            t0 = Math.min(t0, times[i]);
            t1 = Math.max(t1, times[i]);
            lo = Math.min(lo, trace[i]);
            hi = Math.max(hi, trace[i]);
        }
        double span = t1 - t0;
        if (!(span > 0)) {
            throw new IllegalArgumentException("all images have the same time (" + t0 + " s): the decay rate is undefined");
        }
        if (hi - lo <= 1e-12 * Math.max(Math.abs(hi), Math.abs(lo))) {
            return new DecayFit(0, 0, trace[0], 0);
        }
        double[] s = new double[n];
        for (int i = 0; i < n; i++) {
            s[i] = (times[i] - t0) / span;
        }
        List<double[]> starts = starts(s, trace);
        if (extraStart != null && extraStart.length == 3) {
            // to normalised form: a' = a * exp(-k t0), k' = k * span
            double k = extraStart[1] * span;
            double a = extraStart[0] * Math.exp(-extraStart[1] * t0);
            if (Double.isFinite(a) && Double.isFinite(k) && Double.isFinite(extraStart[2])) {
                starts.add(new double[] { a, clampRate(k), extraStart[2] });
            }
        }
        double[] best = null;
        double bestRms = Double.POSITIVE_INFINITY;
        for (double[] start : starts) {
            double[] p = optimise(s, trace, start);
            if (p == null) {
                continue;
            }
            double r = rms(s, trace, p);
            if (r < bestRms) {
                bestRms = r;
                best = p;
            }
        }
        if (best == null) {
            throw new IllegalStateException("the exponential fit did not converge from any start");
        }
        double rate = best[1] / span;
        double amplitude = best[0] * Math.exp(rate * t0);
        return new DecayFit(amplitude, rate, best[2], bestRms);
    }

    private static List<double[]> starts(double[] s, double[] y) {
        int n = y.length;
        double first = y[0], last = y[n - 1];
        double min = Double.POSITIVE_INFINITY;
        for (double v : y) {
            min = Math.min(min, v);
        }
        List<double[]> starts = new ArrayList<>();
        for (double k : new double[] { 0.1, 0.5, 1, 2, 5, 10, 30 }) {
            starts.add(new double[] { first - last, k, last });
            starts.add(new double[] { first - min, k, min });
        }
        return starts;
    }

    private static double[] optimise(double[] s, double[] y, double[] start) {
        MultivariateJacobianFunction model = point -> {
            double a = point.getEntry(0), k = point.getEntry(1);
            double[] v = new double[s.length];
            double[][] j = new double[s.length][3];
            for (int i = 0; i < s.length; i++) {
                double e = Math.exp(-k * s[i]);
                v[i] = a * e + point.getEntry(2);
                j[i][0] = e;
                j[i][1] = -a * s[i] * e;
                j[i][2] = 1;
            }
            return new Pair<>(new ArrayRealVector(v, false), new Array2DRowRealMatrix(j, false));
        };
        try {
            LeastSquaresOptimizer.Optimum optimum = new LevenbergMarquardtOptimizer().optimize(new LeastSquaresBuilder()
                    .start(start).model(model).target(y).lazyEvaluation(false).maxEvaluations(5000).maxIterations(5000)
                    .parameterValidator(DecayFit::validate).build());
            double[] p = optimum.getPoint().toArray();
            for (double v : p) {
                if (!Double.isFinite(v)) {
                    return null;
                }
            }
            return p;
        } catch (MathIllegalStateException | IllegalArgumentException e) {
            // this start did not converge; the others decide
            return null;
        }
    }

    private static RealVector validate(RealVector p) {
        RealVector v = p.copy();
        v.setEntry(1, clampRate(p.getEntry(1)));
        return v;
    }

    private static double clampRate(double k) {
        if (Double.isNaN(k)) {
            return 1;
        }
        // bleaching only decays (flimage bounds the rate below by 1e-8 / s as well)
        return Math.max(0, Math.min(MAX_NORMALISED_RATE, k));
    }

    private static double rms(double[] s, double[] y, double[] p) {
        double sum = 0;
        for (int i = 0; i < s.length; i++) {
            double d = p[0] * Math.exp(-p[1] * s[i]) + p[2] - y[i];
            sum += d * d;
        }
        return Math.sqrt(sum / s.length);
    }
}
