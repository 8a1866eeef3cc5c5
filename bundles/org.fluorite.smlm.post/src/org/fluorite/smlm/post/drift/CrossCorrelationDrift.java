package org.fluorite.smlm.post.drift;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.fluorite.core.progress.ProgressMonitor;
import org.fluorite.core.settings.SettingsRecords;
import org.fluorite.core.table.Localizations;
import org.fluorite.core.table.Table;
import org.fluorite.motion.fft.RealFft2D;
import org.fluorite.smlm.post.LocalizationData;

/**
 * Drift from the localizations themselves, without fiducials (PYME's correlation drift,
 * redundant cross-correlation):
 * <ol>
 * <li>the frames are split into {@code segments} equal ranges, each rendered as a histogram at a
 * coarse pixel, blurred by a Gaussian (in Fourier space) and transformed once;</li>
 * <li>every pair of windows (or each window with the next {@code pairSpan}) is cross-correlated;
 * the peak near zero shift, refined to sub-pixel by a 3-point Gaussian fit per axis, is the drift
 * of one window relative to the other;</li>
 * <li>the redundant pairwise shifts are solved by least squares for one drift per window (the
 * first window is the reference); then the pair with the largest residual is dropped, one at
 * a time, while the shift the other pairs predict for it differs from its own by more than a
 * pixel and 3 times their median residual;</li>
 * <li>a natural cubic spline through the window centres gives the drift of every frame.</li>
 * </ol>
 */
public final class CrossCorrelationDrift {

    public static final String OPERATION = "smlm.drift.cross-correlation";
    private static final int MAX_SIDE = 1024;

    /** The estimate with what it was made from. */
    public record Result(DriftCurve curve, double[] windowFrames, double[] windowDxNm, double[] windowDyNm, int pairsUsed,
            double pixelNm) {
    }

    private CrossCorrelationDrift() {
    }

    /** Estimates the drift and returns the corrected table (see {@link DriftCurve#apply}). */
    public static Table correct(Table table, CrossCorrelationSettings s, ProgressMonitor monitor) {
        Result r = estimate(table, s, monitor);
        Map<String, Object> p = new LinkedHashMap<>(SettingsRecords.toMap(s));
        p.put("pixelNmUsed", r.pixelNm());
        p.put("pairsUsed", r.pairsUsed());
        return r.curve().apply(table, OPERATION, p);
    }

    public static Result estimate(Table table, CrossCorrelationSettings s, ProgressMonitor monitor) {
        LocalizationData.require(table);
        int[] frame = LocalizationData.frames(table);
        double[] x = LocalizationData.values(table, Localizations.X);
        double[] y = LocalizationData.values(table, Localizations.Y);
        int fMin = Integer.MAX_VALUE;
        int fMax = Integer.MIN_VALUE;
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < frame.length; i++) {
            if (frame[i] == Integer.MIN_VALUE || !Double.isFinite(x[i]) || !Double.isFinite(y[i])) {
                continue;
            }
            fMin = Math.min(fMin, frame[i]);
            fMax = Math.max(fMax, frame[i]);
            minX = Math.min(minX, x[i]);
            maxX = Math.max(maxX, x[i]);
            minY = Math.min(minY, y[i]);
            maxY = Math.max(maxY, y[i]);
        }
        int segments = s.segments();
        if (fMin > fMax || (long) fMax - fMin + 1 < segments) {
            throw new IllegalArgumentException("Table '" + table.name() + "' spans fewer frames than the " + segments
                    + " time windows drift correlation needs");
        }
        if ((long) fMax - fMin + 1 > DriftCurve.MAX_FRAMES) {
            throw new IllegalArgumentException("Table '" + table.name() + "' spans frames " + fMin + " to " + fMax
                    + ", more than a drift curve holds (" + DriftCurve.MAX_FRAMES + ")");
        }
        double px = s.pixelNm();
        double pad = s.maxDriftNm() + 3 * s.blurNm();
        double extent = Math.max(maxX - minX, maxY - minY) + 2 * pad;
        while (extent / px > MAX_SIDE - 2) {
            px *= 1.5;
        }
        int width = nextPowerOfTwo((int) Math.ceil((maxX - minX + 2 * pad) / px) + 1);
        int height = nextPowerOfTwo((int) Math.ceil((maxY - minY + 2 * pad) / px) + 1);
        double x0 = minX - pad;
        double y0 = minY - pad;
        long frameSpan = (long) fMax - fMin + 1;
        RealFft2D fft = new RealFft2D(width, height);
        int spec = fft.spectrumSize();
        float[][] re = new float[segments][spec];
        float[][] im = new float[segments][spec];
        double[] centre = new double[segments];
        long[] counts = new long[segments];
        float[][] images = new float[segments][];
        for (int k = 0; k < segments; k++) {
            images[k] = new float[width * height];
        }
        for (int i = 0; i < frame.length; i++) {
            if (frame[i] == Integer.MIN_VALUE || !Double.isFinite(x[i]) || !Double.isFinite(y[i])) {
                continue;
            }
            int k = (int) Math.min(segments - 1, ((long) frame[i] - fMin) * segments / frameSpan);
            int cx = (int) ((x[i] - x0) / px);
            int cy = (int) ((y[i] - y0) / px);
            images[k][cy * width + cx] += 1;
            centre[k] += frame[i];
            counts[k]++;
        }
        monitor.begin("Drift by cross-correlation", segments + (long) segments * Math.min(segments - 1,
                s.pairSpan() == 0 ? segments : s.pairSpan()));
        double sigmaPx = s.blurNm() / px;
        RealFft2D.Workspace ws = fft.newWorkspace();
        for (int k = 0; k < segments; k++) {
            if (counts[k] == 0) {
                throw new IllegalArgumentException("Time window " + (k + 1) + " of table '" + table.name()
                        + "' holds no localizations: use fewer windows");
            }
            centre[k] /= counts[k];
            fft.forward(images[k], re[k], im[k], ws);
            blur(re[k], im[k], width, height, fft.spectrumWidth(), sigmaPx);
            images[k] = null;
            monitor.worked(1);
        }
        monitor.checkCancelled();
        int radius = (int) Math.ceil(s.maxDriftNm() / px);
        int span = s.pairSpan() == 0 ? segments : s.pairSpan();
        List<double[]> pairs = correlatePairs(fft, re, im, width, height, radius, span, monitor); // {i, j, dx px, dy px}
        double[][] solved = solve(pairs, segments);
        double[] wdx = new double[segments];
        double[] wdy = new double[segments];
        for (int k = 0; k < segments; k++) {
            wdx[k] = solved[0][k] * px;
            wdy[k] = solved[1][k] * px;
        }
        CubicSpline sx = new CubicSpline(centre, wdx);
        CubicSpline sy = new CubicSpline(centre, wdy);
        double[] dx = new double[(int) frameSpan];
        double[] dy = new double[(int) frameSpan];
        for (int f = 0; f < frameSpan; f++) {
            dx[f] = sx.at(fMin + f);
            dy[f] = sy.at(fMin + f);
        }
        monitor.done();
        return new Result(new DriftCurve(fMin, dx, dy), centre, wdx, wdy, (int) solved[2][0], px);
    }

    private static int nextPowerOfTwo(int n) {
        int p = 16;
        while (p < n) {
            p <<= 1;
        }
        return p;
    }

    /** Multiplies a half spectrum by the transfer function of a Gaussian of {@code sigma} pixels. */
    private static void blur(float[] re, float[] im, int width, int height, int specWidth, double sigma) {
        if (sigma <= 0) {
            return;
        }
        double c = -2 * Math.PI * Math.PI * sigma * sigma;
        for (int r = 0; r < height; r++) {
            double fy = (r <= height / 2 ? r : r - height) / (double) height;
            for (int k = 0; k < specWidth; k++) {
                double fx = k / (double) width;
                float g = (float) Math.exp(c * (fx * fx + fy * fy));
                re[r * specWidth + k] *= g;
                im[r * specWidth + k] *= g;
            }
        }
    }

    private static List<double[]> correlatePairs(RealFft2D fft, float[][] re, float[][] im, int width, int height, int radius,
            int pairSpan, ProgressMonitor monitor) {
        int segments = re.length;
        List<int[]> todo = new ArrayList<>();
        for (int i = 0; i < segments; i++) {
            for (int j = i + 1; j < segments && j - i <= pairSpan; j++) {
                todo.add(new int[] {i, j});
            }
        }
        int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), todo.size()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "drift-correlation");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<double[]>> futures = new ArrayList<>();
            ThreadLocal<RealFft2D.Workspace> wsl = ThreadLocal.withInitial(fft::newWorkspace);
            boolean[] rows = new boolean[height];
            for (int r = 0; r < height; r++) {
                rows[r] = r <= radius + 1 || r >= height - radius - 1;
            }
            for (int[] pair : todo) {
                futures.add(pool.submit(() -> {
                    if (monitor.isCancelled()) {
                        return null;
                    }
                    double[] shift = correlate(fft, re[pair[0]], im[pair[0]], re[pair[1]], im[pair[1]], width, height, radius,
                            rows, wsl.get());
                    monitor.worked(1);
                    return shift == null ? null : new double[] {pair[0], pair[1], shift[0], shift[1]};
                }));
            }
            List<double[]> out = new ArrayList<>();
            for (Future<double[]> f : futures) {
                double[] r = f.get();
                if (r != null) {
                    out.add(r);
                }
            }
            monitor.checkCancelled();
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Drift correlation interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Drift correlation failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Shift (px) of window b relative to window a: peak of IFFT(B conj(A)) within {@code radius} of 0. */
    private static double[] correlate(RealFft2D fft, float[] ar, float[] ai, float[] br, float[] bi, int width, int height,
            int radius, boolean[] rows, RealFft2D.Workspace ws) {
        int n = ar.length;
        float[] pr = new float[n];
        float[] pi = new float[n];
        for (int k = 0; k < n; k++) {
            pr[k] = br[k] * ar[k] + bi[k] * ai[k];
            pi[k] = bi[k] * ar[k] - br[k] * ai[k];
        }
        float[] c = new float[width * height];
        fft.inverse(pr, pi, c, rows, ws);
        double best = Double.NEGATIVE_INFINITY;
        int bx = 0;
        int by = 0;
        for (int dy = -radius; dy <= radius; dy++) {
            for (int dx = -radius; dx <= radius; dx++) {
                if (dx * (long) dx + dy * (long) dy > (long) radius * radius) {
                    continue;
                }
                double v = at(c, width, height, dx, dy);
                if (v > best) {
                    best = v;
                    bx = dx;
                    by = dy;
                }
            }
        }
        if (!(best > 0)) {
            return null;
        }
        double sx = subPixel(at(c, width, height, bx - 1, by), best, at(c, width, height, bx + 1, by));
        double sy = subPixel(at(c, width, height, bx, by - 1), best, at(c, width, height, bx, by + 1));
        return new double[] {bx + sx, by + sy};
    }

    private static double at(float[] c, int width, int height, int dx, int dy) {
        return c[Math.floorMod(dy, height) * width + Math.floorMod(dx, width)];
    }

    /** Offset of the top of a Gaussian (parabola when a value is not positive) through three samples. */
    static double subPixel(double left, double centre, double right) {
        double d;
        if (left > 0 && right > 0 && centre > 0) {
            double l = Math.log(left);
            double c = Math.log(centre);
            double r = Math.log(right);
            double den = 2 * (l - 2 * c + r);
            d = den < 0 ? (l - r) / den : 0;
        } else {
            double den = 2 * (left - 2 * centre + right);
            d = den < 0 ? (left - right) / den : 0;
        }
        return Math.max(-0.5, Math.min(0.5, d));
    }

    /**
     * Least-squares drift per window from pairwise shifts (window 0 fixed at 0). Outliers are
     * then dropped one at a time: the pair with the largest residual is left out when the shift
     * the other pairs predict for it differs from its own by more than a pixel and 3 times the
     * median residual, as long as every window stays connected. Returns {dx[], dy[], {pairs used}}.
     */
    static double[][] solve(List<double[]> pairs, int segments) {
        List<double[]> used = new ArrayList<>(pairs);
        double[][] d = leastSquares(used, segments);
        for (int round = 0; round < pairs.size() / 2; round++) {
            double[] res = residuals(used, d);
            int worst = 0;
            for (int p = 1; p < res.length; p++) {
                if (res[p] > res[worst]) {
                    worst = p;
                }
            }
            List<double[]> rest = new ArrayList<>(used);
            double[] e = rest.remove(worst);
            if (!connected(rest, segments)) {
                break;
            }
            double[][] without = leastSquares(rest, segments);
            int i = (int) e[0];
            int j = (int) e[1];
            double predicted = Math.hypot(without[0][j] - without[0][i] - e[2], without[1][j] - without[1][i] - e[3]);
            double[] others = residuals(rest, without);
            java.util.Arrays.sort(others);
            double median = others.length == 0 ? 0 : others[others.length / 2];
            if (predicted <= Math.max(1, 3 * median)) {
                break;
            }
            used = rest;
            d = without;
        }
        return new double[][] {d[0], d[1], {used.size()}};
    }

    private static double[] residuals(List<double[]> pairs, double[][] d) {
        double[] res = new double[pairs.size()];
        for (int p = 0; p < res.length; p++) {
            double[] e = pairs.get(p);
            int i = (int) e[0];
            int j = (int) e[1];
            res[p] = Math.hypot(d[0][j] - d[0][i] - e[2], d[1][j] - d[1][i] - e[3]);
        }
        return res;
    }

    private static boolean connected(List<double[]> pairs, int segments) {
        int[] parent = new int[segments];
        for (int i = 0; i < segments; i++) {
            parent[i] = i;
        }
        for (double[] e : pairs) {
            int a = root(parent, (int) e[0]);
            int b = root(parent, (int) e[1]);
            parent[a] = b;
        }
        int r = root(parent, 0);
        for (int i = 1; i < segments; i++) {
            if (root(parent, i) != r) {
                return false;
            }
        }
        return true;
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            i = parent[i];
        }
        return i;
    }

    private static double[][] leastSquares(List<double[]> pairs, int segments) {
        if (!connected(pairs, segments)) {
            throw new IllegalArgumentException("The drift of some time windows could not be measured against the others"
                    + " (no correlation peak): use fewer windows or a larger blur");
        }
        int n = segments - 1;
        double[][] a = new double[n][n];
        double[] bx = new double[n];
        double[] by = new double[n];
        for (double[] e : pairs) {
            int i = (int) e[0] - 1;
            int j = (int) e[1] - 1;
            // equation d_j - d_i = shift
            if (j >= 0) {
                a[j][j] += 1;
                bx[j] += e[2];
                by[j] += e[3];
            }
            if (i >= 0) {
                a[i][i] += 1;
                bx[i] -= e[2];
                by[i] -= e[3];
            }
            if (i >= 0 && j >= 0) {
                a[i][j] -= 1;
                a[j][i] -= 1;
            }
        }
        double[] sx = Linear.solve(a, bx);
        double[] sy = Linear.solve(a, by);
        double[] dx = new double[segments];
        double[] dy = new double[segments];
        System.arraycopy(sx, 0, dx, 1, n);
        System.arraycopy(sy, 0, dy, 1, n);
        return new double[][] {dx, dy};
    }
}
