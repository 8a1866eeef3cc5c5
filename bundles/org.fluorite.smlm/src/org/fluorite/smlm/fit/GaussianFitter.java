package org.fluorite.smlm.fit;

/**
 * Fits one or two pixel-integrated 2-D Gaussians on a sloped background (the LatGaussFitFR model,
 * see {@link GaussianFit}) to a window of a frame in photoelectrons, by Levenberg-Marquardt: on the
 * weighted sum of squares ({@link FitMethod#WLSQ}) or on the negative log-likelihood of the
 * camera's noise model with Fisher-scoring steps ({@link FitMethod#MLE}). All work arrays are
 * allocated once, so a fit allocates only its result. Not thread-safe: use one per thread.
 *
 * <p>Usage: {@link #setWindow} then {@link #fitOne} (and, when the residual suggests a second
 * spot, {@link #fitTwo}).
 */
public final class GaussianFitter {

    /** Most emitters fitted together in one window. */
    public static final int MAX_EMITTERS = 2;
    /** Largest window side in pixels. */
    public static final int MAX_WINDOW = 63;
    private static final int SHARED = 4; // background, gradX, gradY, sigma
    private static final int MAX_PARAMS = SHARED + 3 * MAX_EMITTERS;
    /**
     * Converged when the last step moved the centres and the width by less than this (pixels):
     * 1e-3 px is 0.1 nm for 100 nm pixels, far below any localization precision.
     */
    private static final double POSITION_TOLERANCE = 1e-3;

    private final FitMethod method;
    private final double f2;
    private final int maxIterations;

    private final double[] data = new double[MAX_WINDOW * MAX_WINDOW];
    private final double[] readVar = new double[MAX_WINDOW * MAX_WINDOW];
    private final double[] offset = new double[MAX_WINDOW * MAX_WINDOW];
    /** Least-squares weights: 1 / variance estimated from the data. */
    private final double[] weightData = new double[MAX_WINDOW * MAX_WINDOW];
    /** Data plus read variance, at least 0 (the Poisson-like variable of the likelihood, before division by F²). */
    private final double[] shiftedData = new double[MAX_WINDOW * MAX_WINDOW];
    private double devianceConstant;
    private final double[] model = new double[MAX_WINDOW * MAX_WINDOW];
    private final double[] jac = new double[MAX_PARAMS * MAX_WINDOW * MAX_WINDOW];
    private final double[] ex = new double[MAX_EMITTERS * MAX_WINDOW];
    private final double[] ey = new double[MAX_EMITTERS * MAX_WINDOW];
    private final double[] dxEx = new double[MAX_EMITTERS * MAX_WINDOW];
    private final double[] dyEy = new double[MAX_EMITTERS * MAX_WINDOW];
    private final double[] dsEx = new double[MAX_EMITTERS * MAX_WINDOW];
    private final double[] dsEy = new double[MAX_EMITTERS * MAX_WINDOW];
    private final PixelProfile profile = new PixelProfile(MAX_WINDOW);
    private final double[] params = new double[MAX_PARAMS];
    private final double[] trial = new double[MAX_PARAMS];
    private double[] alpha = new double[MAX_PARAMS * MAX_PARAMS];
    private double[] beta = new double[MAX_PARAMS];
    private double[] trialAlpha = new double[MAX_PARAMS * MAX_PARAMS];
    private double[] trialBeta = new double[MAX_PARAMS];
    private final double[] system = new double[MAX_PARAMS * MAX_PARAMS];
    private final double[] step = new double[MAX_PARAMS];
    private final double[] inverse = new double[MAX_PARAMS * MAX_PARAMS];
    private final double[] column = new double[MAX_PARAMS];

    private int width;
    private int height;
    private int originX;
    private int originY;
    private int count;
    private int emitters;
    private int iterations;
    private double objective;

    /**
     * @param method            least squares or maximum likelihood
     * @param excessNoiseFactor F² of the camera (2 with EM gain, 1 without)
     * @param maxIterations     iteration limit (at least 1)
     */
    public GaussianFitter(FitMethod method, double excessNoiseFactor, int maxIterations) {
        if (!(excessNoiseFactor >= 1)) {
            throw new IllegalArgumentException("The excess noise factor F² must be at least 1, got " + excessNoiseFactor);
        }
        if (maxIterations < 1) {
            throw new IllegalArgumentException("At least one iteration is needed, got " + maxIterations);
        }
        this.method = method;
        this.f2 = excessNoiseFactor;
        this.maxIterations = maxIterations;
    }

    public FitMethod method() {
        return method;
    }

    /**
     * Copies a window of a frame to fit.
     *
     * @param frame        the frame in photoelectrons, row-major
     * @param frameWidth   frame width in pixels
     * @param readVariance per-pixel read-noise variance in photoelectrons² (frame-sized), or null for none
     * @param knownOffset  per-pixel background known in advance and kept fixed (frame-sized), or null
     * @param x0           left column of the window
     * @param y0           top row of the window
     * @param w            window width (at most {@link #MAX_WINDOW})
     * @param h            window height
     */
    public void setWindow(float[] frame, int frameWidth, float[] readVariance, float[] knownOffset, int x0, int y0, int w, int h) {
        if (w < 3 || h < 3 || w > MAX_WINDOW || h > MAX_WINDOW) {
            throw new IllegalArgumentException("Fit window must be 3 to " + MAX_WINDOW + " pixels wide, got " + w + "x" + h);
        }
        width = w;
        height = h;
        originX = x0;
        originY = y0;
        count = w * h;
        for (int r = 0, k = 0; r < h; r++) {
            int base = (y0 + r) * frameWidth + x0;
            for (int c = 0; c < w; c++, k++) {
                data[k] = frame[base + c];
                readVar[k] = readVariance == null ? 0 : readVariance[base + c];
                offset[k] = knownOffset == null ? 0 : knownOffset[base + c];
            }
        }
    }

    /**
     * Fits one emitter starting at {@code (x, y)} (image pixels, centre of the first pixel at 0.5)
     * with width {@code sigma} (pixels).
     */
    public GaussianFit fitOne(double x, double y, double sigma) {
        emitters = 1;
        startShared(sigma);
        double lx = x - originX;
        double ly = y - originY;
        params[SHARED] = startPhotons(lx, ly, sigma);
        params[SHARED + 1] = lx;
        params[SHARED + 2] = ly;
        ResultCode code = solve();
        return result(0, code);
    }

    /** Fits two emitters together, starting at the two given positions (image pixels). */
    public GaussianFit[] fitTwo(double x1, double y1, double x2, double y2, double sigma) {
        emitters = 2;
        startShared(sigma);
        double b = params[0];
        double total = 0;
        for (int k = 0; k < count; k++) {
            total += data[k] - offset[k] - b;
        }
        total = Math.max(total, 1);
        params[SHARED] = total / 2;
        params[SHARED + 1] = x1 - originX;
        params[SHARED + 2] = y1 - originY;
        params[SHARED + 3] = total / 2;
        params[SHARED + 4] = x2 - originX;
        params[SHARED + 5] = y2 - originY;
        ResultCode code = solve();
        return new GaussianFit[] {result(0, code), result(1, code)};
    }

    /** The objective at the last fit: chi-square (WLSQ) or twice the negative log-likelihood ratio (MLE, deviance). */
    public double objective() {
        return objective;
    }

    /**
     * After a fit: the largest residual in units of the model's noise, with its position (image
     * pixel centre coordinates) written to {@code where[0..1]}. Used to decide whether a second
     * emitter hides in the window.
     */
    public double largestResidual(double[] where) {
        double best = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < count; k++) {
            double var = f2 * Math.max(model[k], 1e-3) + readVar[k];
            double z = (data[k] - model[k]) / Math.sqrt(var);
            if (z > best) {
                best = z;
                where[0] = originX + k % width + 0.5;
                where[1] = originY + k / width + 0.5;
            }
        }
        return best;
    }

    /**
     * Standard deviations of the Cramér-Rao lower bound for one emitter of the given parameters in
     * a uniform window of {@code w x h} pixels with read-noise variance {@code readVariance}
     * (photoelectrons²), in the order photons, x, y, sigma, background; NaN when the Fisher
     * information is singular. The background gradients are estimated too (they are part of the model).
     */
    double[] bounds(int w, int h, double readVariance, double photons, double lx, double ly, double sigma, double background) {
        width = w;
        height = h;
        originX = 0;
        originY = 0;
        count = w * h;
        java.util.Arrays.fill(readVar, 0, count, readVariance);
        java.util.Arrays.fill(offset, 0, count, 0);
        java.util.Arrays.fill(data, 0, count, 0);
        emitters = 1;
        params[0] = background;
        params[1] = 0;
        params[2] = 0;
        params[3] = sigma;
        params[SHARED] = photons;
        params[SHARED + 1] = lx;
        params[SHARED + 2] = ly;
        evaluate(params, null, null);
        evaluateFisher();
        double[] out = new double[5];
        if (!invert(alpha, paramCount())) {
            java.util.Arrays.fill(out, Double.NaN);
            return out;
        }
        out[0] = sd(SHARED);
        out[1] = sd(SHARED + 1);
        out[2] = sd(SHARED + 2);
        out[3] = sd(3);
        out[4] = sd(0);
        return out;
    }

    private void startShared(double sigma) {
        // background: the lowest quarter of the border pixels' mean, robust to a neighbouring spot
        double sum = 0;
        int n = 0;
        double min = Double.POSITIVE_INFINITY;
        for (int k = 0; k < count; k++) {
            int c = k % width;
            int r = k / width;
            if (c == 0 || r == 0 || c == width - 1 || r == height - 1) {
                double v = data[k] - offset[k];
                sum += v;
                n++;
                min = Math.min(min, v);
            }
        }
        double b = Math.min(sum / n, min + 0.5 * (sum / n - min));
        params[0] = Double.isFinite(b) ? b : 0;
        params[1] = 0;
        params[2] = 0;
        params[3] = Math.max(0.5, Math.min(sigma, width / 2.0));
        double constant = 0;
        for (int k = 0; k < count; k++) {
            weightData[k] = 1 / (f2 * Math.max(data[k], 1) + readVar[k]);
            double dd = Math.max(data[k] + readVar[k], 0);
            shiftedData[k] = dd;
            if (dd > 0) {
                constant += dd * Math.log(dd);
            }
        }
        devianceConstant = constant;
    }

    private double startPhotons(double lx, double ly, double sigma) {
        double b = params[0];
        double total = 0;
        for (int k = 0; k < count; k++) {
            total += data[k] - offset[k] - b;
        }
        return Math.max(total, 1);
    }

    private int paramCount() {
        return SHARED + 3 * emitters;
    }

    private ResultCode solve() {
        int np = paramCount();
        double lambda = 1e-3;
        objective = evaluate(params, alpha, beta);
        if (!Double.isFinite(objective)) {
            iterations = 0;
            return ResultCode.NOT_A_NUMBER;
        }
        ResultCode code = ResultCode.MAX_ITERATIONS;
        boolean modelCurrent = true;
        boolean converged = false;
        int it;
        for (it = 1; it <= maxIterations; it++) {
            boolean accepted = false;
            double change = 0;
            for (int tries = 0; tries < 12 && !accepted; tries++) {
                for (int i = 0; i < np; i++) {
                    for (int j = 0; j < np; j++) {
                        system[i * np + j] = alpha[i * np + j];
                    }
                    system[i * np + i] = alpha[i * np + i] * (1 + lambda) + 1e-12;
                }
                if (!Cholesky.solve(system, beta, step, np)) {
                    lambda *= 10;
                    continue;
                }
                if (it > 1 && lambda <= 1e-3 && smallStep(np)) {
                    // a nearly undamped step this small changes nothing that matters: converged without evaluating it
                    converged = true;
                    break;
                }
                for (int i = 0; i < np; i++) {
                    trial[i] = params[i] + step[i];
                }
                constrain(trial);
                // the trial's curvature and gradient come with its objective: an accepted step needs no second pass
                double value = evaluate(trial, trialAlpha, trialBeta);
                if (Double.isFinite(value) && value <= objective) {
                    change = objective - value;
                    System.arraycopy(trial, 0, params, 0, np);
                    double[] swap = alpha;
                    alpha = trialAlpha;
                    trialAlpha = swap;
                    swap = beta;
                    beta = trialBeta;
                    trialBeta = swap;
                    objective = value;
                    modelCurrent = true;
                    lambda = Math.max(lambda * 0.1, 1e-7);
                    accepted = true;
                } else {
                    modelCurrent = false;
                    lambda *= 10;
                }
            }
            if (converged || !accepted) {
                // converged, or no step lowers the objective any more: at the minimum within rounding
                code = ResultCode.OK;
                break;
            }
            if (smallStep(np) && (change <= 1e-7 * Math.max(1, Math.abs(objective)) || change < 1e-3)) {
                code = ResultCode.OK;
                break;
            }
        }
        if (!modelCurrent) {
            // a rejected trial step left its model in the work arrays: restore the accepted one
            objective = evaluate(params, alpha, beta);
        }
        iterations = Math.min(it, maxIterations);
        if (code == ResultCode.OK || code == ResultCode.MAX_ITERATIONS) {
            if (!Double.isFinite(objective)) {
                return ResultCode.NOT_A_NUMBER;
            }
            for (int e = 0; e < emitters; e++) {
                double x = params[SHARED + 3 * e + 1];
                double y = params[SHARED + 3 * e + 2];
                if (x < 0 || y < 0 || x > width || y > height || params[SHARED + 3 * e] <= 0) {
                    code = ResultCode.OUT_OF_BOUNDS;
                }
            }
            double s = params[3];
            if (s <= 0.31 || s >= 0.999 * Math.max(width, height) / 2.0) {
                code = ResultCode.OUT_OF_BOUNDS;
            }
        }
        return code;
    }

    private boolean smallStep(int np) {
        for (int e = 0; e < emitters; e++) {
            if (Math.abs(step[SHARED + 3 * e + 1]) > POSITION_TOLERANCE || Math.abs(step[SHARED + 3 * e + 2]) > POSITION_TOLERANCE) {
                return false;
            }
        }
        return Math.abs(step[3]) < POSITION_TOLERANCE;
    }

    private void constrain(double[] p) {
        p[3] = Math.max(0.3, Math.min(p[3], Math.max(width, height) / 2.0));
        for (int e = 0; e < emitters; e++) {
            int o = SHARED + 3 * e;
            p[o] = Math.max(p[o], 1e-3);
            p[o + 1] = Math.max(-1, Math.min(p[o + 1], width + 1));
            p[o + 2] = Math.max(-1, Math.min(p[o + 2], height + 1));
        }
    }

    /** Fills the model and, when {@code a} is not null, the curvature matrix {@code a} and gradient {@code bv}; returns the objective. */
    private double evaluate(double[] p, double[] a, double[] bv) {
        boolean full = a != null;
        int np = paramCount();
        double s = p[3];
        for (int e = 0; e < emitters; e++) {
            int o = SHARED + 3 * e;
            profile.along(p[o + 1], s, width, ex, dxEx, dsEx, e * MAX_WINDOW);
            profile.along(p[o + 2], s, height, ey, dyEy, dsEy, e * MAX_WINDOW);
        }
        if (full && emitters == 1) {
            return evaluateOne(p, a, bv);
        }
        double cx = width / 2.0;
        double cy = height / 2.0;
        double b = p[0];
        double gx = p[1];
        double gy = p[2];
        double value = 0;
        if (full) {
            java.util.Arrays.fill(a, 0, np * np, 0);
            java.util.Arrays.fill(bv, 0, np, 0);
        }
        double[] g = column;
        for (int r = 0, k = 0; r < height; r++) {
            double vy = r + 0.5 - cy;
            for (int c = 0; c < width; c++, k++) {
                double vx = c + 0.5 - cx;
                double mu = b + gx * vx + gy * vy + offset[k];
                double ds = 0;
                g[0] = 1;
                g[1] = vx;
                g[2] = vy;
                for (int e = 0; e < emitters; e++) {
                    int o = SHARED + 3 * e;
                    int ax = e * MAX_WINDOW + c;
                    int ay = e * MAX_WINDOW + r;
                    double n = p[o];
                    double exy = ex[ax] * ey[ay];
                    mu += n * exy;
                    g[o] = exy;
                    g[o + 1] = n * dxEx[ax] * ey[ay];
                    g[o + 2] = n * ex[ax] * dyEy[ay];
                    ds += n * (dsEx[ax] * ey[ay] + ex[ax] * dsEy[ay]);
                }
                g[3] = ds;
                model[k] = mu;
                double d = data[k];
                double w;
                double res;
                if (method == FitMethod.WLSQ) {
                    w = weightData[k];
                    res = d - mu;
                    value += res * res * w;
                } else {
                    double var = Math.max(mu + readVar[k], 1e-6);
                    double dd = shiftedData[k];
                    // deviance 2/F² * sum(mu' - d' - d' ln mu' + d' ln d'), the last sum constant per fit (added below)
                    value += (var - dd) - dd * Math.log(var);
                    res = d - mu;
                    w = 1 / (f2 * var);
                }
                if (full) {
                    for (int i = 0; i < np; i++) {
                        double gi = g[i] * w;
                        bv[i] += gi * res;
                        int row = i * np;
                        for (int j = 0; j <= i; j++) {
                            a[row + j] += gi * g[j];
                        }
                    }
                }
            }
        }
        if (method == FitMethod.MLE) {
            value = 2 * (value + devianceConstant) / f2;
        }
        if (full) {
            for (int i = 0; i < np; i++) {
                for (int j = 0; j < i; j++) {
                    a[j * np + i] = a[i * np + j];
                }
            }
        }
        return value;
    }

    /**
     * {@link #evaluate} for one emitter with the curvature matrix and gradient: the 7 derivatives
     * and the 35 sums are kept in local variables (the hot loop of every fit).
     */
    private double evaluateOne(double[] p, double[] a, double[] bv) {
        double cx = width / 2.0;
        double cy = height / 2.0;
        double b = p[0];
        double gx = p[1];
        double gy = p[2];
        double n = p[SHARED];
        boolean mle = method == FitMethod.MLE;
        double value = 0;
        double b0 = 0, b1 = 0, b2 = 0, b3 = 0, b4 = 0, b5 = 0, b6 = 0;
        double a00 = 0, a10 = 0, a11 = 0, a20 = 0, a21 = 0, a22 = 0;
        double a30 = 0, a31 = 0, a32 = 0, a33 = 0;
        double a40 = 0, a41 = 0, a42 = 0, a43 = 0, a44 = 0;
        double a50 = 0, a51 = 0, a52 = 0, a53 = 0, a54 = 0, a55 = 0;
        double a60 = 0, a61 = 0, a62 = 0, a63 = 0, a64 = 0, a65 = 0, a66 = 0;
        for (int r = 0, k = 0; r < height; r++) {
            double vy = r + 0.5 - cy;
            double eyr = ey[r];
            double dyr = dyEy[r];
            double dsy = dsEy[r];
            for (int c = 0; c < width; c++, k++) {
                double vx = c + 0.5 - cx;
                double exc = ex[c];
                double g4 = exc * eyr;
                double g5 = n * dxEx[c] * eyr;
                double g6 = n * exc * dyr;
                double g3 = n * (dsEx[c] * eyr + exc * dsy);
                double mu = b + gx * vx + gy * vy + offset[k] + n * g4;
                model[k] = mu;
                double res = data[k] - mu;
                double w;
                if (mle) {
                    double var = Math.max(mu + readVar[k], 1e-6);
                    double dd = shiftedData[k];
                    value += (var - dd) - dd * Math.log(var);
                    w = 1 / (f2 * var);
                } else {
                    w = weightData[k];
                    value += res * res * w;
                }
                double w1 = w * vx;
                double w2 = w * vy;
                double w3 = w * g3;
                double w4 = w * g4;
                double w5 = w * g5;
                double w6 = w * g6;
                b0 += w * res;
                b1 += w1 * res;
                b2 += w2 * res;
                b3 += w3 * res;
                b4 += w4 * res;
                b5 += w5 * res;
                b6 += w6 * res;
                a00 += w;
                a10 += w1;
                a11 += w1 * vx;
                a20 += w2;
                a21 += w2 * vx;
                a22 += w2 * vy;
                a30 += w3;
                a31 += w3 * vx;
                a32 += w3 * vy;
                a33 += w3 * g3;
                a40 += w4;
                a41 += w4 * vx;
                a42 += w4 * vy;
                a43 += w4 * g3;
                a44 += w4 * g4;
                a50 += w5;
                a51 += w5 * vx;
                a52 += w5 * vy;
                a53 += w5 * g3;
                a54 += w5 * g4;
                a55 += w5 * g5;
                a60 += w6;
                a61 += w6 * vx;
                a62 += w6 * vy;
                a63 += w6 * g3;
                a64 += w6 * g4;
                a65 += w6 * g5;
                a66 += w6 * g6;
            }
        }
        bv[0] = b0;
        bv[1] = b1;
        bv[2] = b2;
        bv[3] = b3;
        bv[4] = b4;
        bv[5] = b5;
        bv[6] = b6;
        // symmetric 7x7 curvature matrix, row-major
        a[0] = a00;
        a[7] = a10;
        a[1] = a10;
        a[8] = a11;
        a[14] = a20;
        a[2] = a20;
        a[15] = a21;
        a[9] = a21;
        a[16] = a22;
        a[21] = a30;
        a[3] = a30;
        a[22] = a31;
        a[10] = a31;
        a[23] = a32;
        a[17] = a32;
        a[24] = a33;
        a[28] = a40;
        a[4] = a40;
        a[29] = a41;
        a[11] = a41;
        a[30] = a42;
        a[18] = a42;
        a[31] = a43;
        a[25] = a43;
        a[32] = a44;
        a[35] = a50;
        a[5] = a50;
        a[36] = a51;
        a[12] = a51;
        a[37] = a52;
        a[19] = a52;
        a[38] = a53;
        a[26] = a53;
        a[39] = a54;
        a[33] = a54;
        a[40] = a55;
        a[42] = a60;
        a[6] = a60;
        a[43] = a61;
        a[13] = a61;
        a[44] = a62;
        a[20] = a62;
        a[45] = a63;
        a[27] = a63;
        a[46] = a64;
        a[34] = a64;
        a[47] = a65;
        a[41] = a65;
        a[48] = a66;
        return mle ? 2 * (value + devianceConstant) / f2 : value;
    }

    private GaussianFit result(int e, ResultCode code) {
        int np = paramCount();
        // Fisher information at the fit (model variance), inverted for the standard errors
        double chi = 0;
        double[] fisher = alpha;
        if (method == FitMethod.WLSQ) {
            evaluateFisher();
        }
        for (int k = 0; k < count; k++) {
            double var = f2 * Math.max(model[k] + readVar[k], 1e-6);
            double r = data[k] - model[k];
            chi += r * r / var;
        }
        int dof = Math.max(1, count - np);
        boolean inverted = invert(fisher, np);
        ResultCode finalCode = code;
        if (!inverted && code == ResultCode.OK) {
            finalCode = ResultCode.SINGULAR;
        }
        int o = SHARED + 3 * e;
        double nan = Double.NaN;
        return new GaussianFit(params[o], params[o + 1] + originX, params[o + 2] + originY, params[3], params[0], params[1],
                params[2], inverted ? sd(o) : nan, inverted ? sd(o + 1) : nan, inverted ? sd(o + 2) : nan,
                inverted ? sd(3) : nan, inverted ? sd(0) : nan, chi / dof, finalCode, iterations, emitters);
    }

    private double sd(int i) {
        return Math.sqrt(Math.max(0, inverse[i * paramCount() + i]));
    }

    /** Replaces the curvature matrix by the Fisher information with model-based variance. */
    private void evaluateFisher() {
        int np = paramCount();
        java.util.Arrays.fill(alpha, 0, np * np, 0);
        double s = params[3];
        double cx = width / 2.0;
        double cy = height / 2.0;
        double[] g = column;
        for (int r = 0, k = 0; r < height; r++) {
            for (int c = 0; c < width; c++, k++) {
                g[0] = 1;
                g[1] = c + 0.5 - cx;
                g[2] = r + 0.5 - cy;
                double ds = 0;
                for (int e = 0; e < emitters; e++) {
                    int o = SHARED + 3 * e;
                    int ax = e * MAX_WINDOW + c;
                    int ay = e * MAX_WINDOW + r;
                    double n = params[o];
                    g[o] = ex[ax] * ey[ay];
                    g[o + 1] = n * dxEx[ax] * ey[ay];
                    g[o + 2] = n * ex[ax] * dyEy[ay];
                    ds += n * (dsEx[ax] * ey[ay] + ex[ax] * dsEy[ay]);
                }
                g[3] = ds;
                double w = 1 / (f2 * Math.max(model[k] + readVar[k], 1e-6));
                for (int i = 0; i < np; i++) {
                    for (int j = 0; j <= i; j++) {
                        alpha[i * np + j] += g[i] * g[j] * w;
                    }
                }
            }
        }
        for (int i = 0; i < np; i++) {
            for (int j = 0; j < i; j++) {
                alpha[j * np + i] = alpha[i * np + j];
            }
        }
        if (s <= 0) {
            java.util.Arrays.fill(alpha, 0, np * np, Double.NaN);
        }
    }

    private boolean invert(double[] matrix, int np) {
        System.arraycopy(matrix, 0, system, 0, np * np);
        if (!Cholesky.factor(system, np)) {
            return false;
        }
        for (int col = 0; col < np; col++) {
            java.util.Arrays.fill(trial, 0, np, 0);
            trial[col] = 1;
            Cholesky.back(system, trial, step, np);
            for (int i = 0; i < np; i++) {
                inverse[i * np + col] = step[i];
            }
        }
        return true;
    }
}
