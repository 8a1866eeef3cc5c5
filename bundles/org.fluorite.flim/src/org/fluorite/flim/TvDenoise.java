package org.fluorite.flim;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;

/**
 * Total-variation denoising of 2-D images with Chambolle's projection algorithm (J. Math. Imaging
 * Vis. 20, 2004), with the same iteration, step (tau = 1/4), energy and stopping rule as
 * scikit-image's {@code denoise_tv_chambolle} on a 2-D float32 image:
 * the energy {@code E = (sum(d^2) + weight * sum(|grad out|)) / pixels} is computed every
 * iteration and the iteration stops when {@code |E_previous - E| < eps * E_0} or after
 * {@code maxIter} iterations. Pixel values are not rescaled (scikit-image leaves float input as
 * it is), so {@code weight} is in the image's intensity units.
 * <p>
 * Work is split into fixed bands of {@value #BAND_ROWS} rows whatever the thread count, and
 * energies are summed band by band in order, so results are bit-identical with one thread or many.
 */
public final class TvDenoise {

    /** scikit-image's default denoising weight (intensity units). */
    public static final double DEFAULT_WEIGHT = 0.1;
    /** scikit-image's default relative energy change that stops the iteration. */
    public static final double DEFAULT_EPS = 2e-4;
    /** scikit-image's default maximum number of iterations. */
    public static final int DEFAULT_MAX_ITER = 200;

    static final int BAND_ROWS = 16;

    private static final float TAU = 0.25f;

    private TvDenoise() {
    }

    /**
     * Denoises one image with all processors.
     *
     * @param image pixels in row-major order, width * height values; not changed
     * @param width image width in pixels
     * @param height image height in pixels
     * @param weight denoising weight in intensity units (larger: smoother), positive
     * @param eps relative energy change that stops the iteration
     * @param maxIter maximum number of iterations, at least 1
     * @return the denoised image
     */
    public static float[] chambolle(float[] image, int width, int height, double weight, double eps, int maxIter) {
        return chambolle(image, width, height, weight, eps, maxIter, Runtime.getRuntime().availableProcessors());
    }

    /**
     * Denoises one image, its row bands shared among {@code threads} threads.
     *
     * @see #chambolle(float[], int, int, double, double, int)
     */
    public static float[] chambolle(float[] image, int width, int height, double weight, double eps, int maxIter,
            int threads) {
        check(image, width, height, weight, maxIter);
        if (threads <= 1 || height < 2 * BAND_ROWS) {
            return new Frame(image, width, height).run(weight, eps, maxIter, null);
        }
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            return new Frame(image, width, height).run(weight, eps, maxIter, pool);
        } finally {
            pool.shutdown();
        }
    }

    /**
     * Denoises each image of a stack on its own (2-D, as scikit-image on each frame), frames shared
     * among {@code threads} threads.
     *
     * @param frames images, each width * height pixels in row-major order; not changed
     * @return the denoised images, in order
     */
    public static List<float[]> chambolleStack(List<float[]> frames, int width, int height, double weight, double eps,
            int maxIter, int threads) {
        for (float[] f : frames) {
            check(f, width, height, weight, maxIter);
        }
        float[][] out = new float[frames.size()][];
        if (threads <= 1) {
            for (int i = 0; i < out.length; i++) {
                out[i] = new Frame(frames.get(i), width, height).run(weight, eps, maxIter, null);
            }
        } else {
            ForkJoinPool pool = new ForkJoinPool(threads);
            try {
                pool.submit(() -> IntStream.range(0, out.length).parallel()
                        .forEach(i -> out[i] = new Frame(frames.get(i), width, height).run(weight, eps, maxIter, null))).get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("denoising interrupted", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("denoising failed: " + e.getCause(), e.getCause());
            } finally {
                pool.shutdown();
            }
        }
        return new ArrayList<>(Arrays.asList(out));
    }

    private static void check(float[] image, int width, int height, double weight, int maxIter) {
        if (width < 1 || height < 1 || image.length != (long) width * height) {
            throw new IllegalArgumentException("an image of " + image.length + " pixels is not " + width + " x " + height);
        }
        if (!(weight > 0) || Double.isInfinite(weight)) {
            throw new IllegalArgumentException("the denoising weight must be positive and finite, not " + weight);
        }
        if (maxIter < 1) {
            throw new IllegalArgumentException("at least one iteration is needed, not " + maxIter);
        }
    }

    /** The state of one image's iteration: dual field p (double-buffered) and the current estimate. */
    private static final class Frame {
        private final float[] image;
        private final int w;
        private final int h;
        private float[] p0;
        private float[] p1;
        private float[] q0;
        private float[] q1;
        private final float[] out;
        private final int bands;
        private final double[] dEnergy;
        private final double[] normSum;
        private int iterations;

        Frame(float[] image, int w, int h) {
            this.image = image;
            this.w = w;
            this.h = h;
            int n = w * h;
            p0 = new float[n];
            p1 = new float[n];
            q0 = new float[n];
            q1 = new float[n];
            out = new float[n];
            bands = (h + BAND_ROWS - 1) / BAND_ROWS;
            dEnergy = new double[bands];
            normSum = new double[bands];
        }

        float[] run(double weight, double eps, int maxIter, ForkJoinPool pool) {
            float scale = (float) (TAU / weight);
            double eInit = 0, ePrevious = 0;
            for (int i = 0; i < maxIter; i++) {
                iterations = i + 1;
                if (pool == null) {
                    for (int b = 0; b < bands; b++) {
                        band(b, scale);
                    }
                } else {
                    try {
                        pool.submit(() -> IntStream.range(0, bands).parallel().forEach(b -> band(b, scale))).get();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException("denoising interrupted", e);
                    } catch (ExecutionException e) {
                        throw new IllegalStateException("denoising failed: " + e.getCause(), e.getCause());
                    }
                }
                double d2 = 0, norms = 0;
                for (int b = 0; b < bands; b++) {
                    d2 += dEnergy[b];
                    norms += normSum[b];
                }
                double e = (d2 + weight * norms) / image.length;
                float[] t = p0;
                p0 = q0;
                q0 = t;
                t = p1;
                p1 = q1;
                q1 = t;
                if (i == 0) {
                    eInit = e;
                    ePrevious = e;
                } else if (Math.abs(ePrevious - e) < eps * eInit) {
                    break;
                } else {
                    ePrevious = e;
                }
            }
            return out;
        }

        /**
         * One iteration on rows [y0, y1): the estimate out = image - div p from the old p (p0, p1),
         * then its gradient and the new p (q0, q1). The row after the band is computed again into a
         * local row, so bands never wait for each other within an iteration.
         */
        private void band(int b, float scale) {
            int y0 = b * BAND_ROWS, y1 = Math.min(h, y0 + BAND_ROWS);
            double d2 = 0, norms = 0;
            float[] next = y1 < h ? new float[w] : null;
            d2 += estimateRow(y0, out, y0 * w);
            for (int y = y0; y < y1; y++) {
                if (y + 1 < y1) {
                    d2 += estimateRow(y + 1, out, (y + 1) * w);
                } else if (next != null) {
                    estimateRow(y + 1, next, 0);
                }
                int row = y * w;
                float[] below = y + 1 < y1 ? out : next;
                int belowRow = y + 1 < y1 ? (y + 1) * w : 0;
                for (int x = 0; x < w; x++) {
                    int k = row + x;
                    float o = out[k];
                    float g0 = below == null ? 0f : below[belowRow + x] - o;
                    float g1 = x + 1 < w ? out[k + 1] - o : 0f;
                    float norm = (float) Math.sqrt(g0 * g0 + g1 * g1);
                    norms += norm;
                    float denominator = norm * scale + 1f;
                    q0[k] = (p0[k] - TAU * g0) / denominator;
                    q1[k] = (p1[k] - TAU * g1) / denominator;
                }
            }
            dEnergy[b] = d2;
            normSum[b] = norms;
        }

        /** Writes image - div p of row y into target from offset; returns the sum of (div p)^2. */
        private double estimateRow(int y, float[] target, int offset) {
            int row = y * w;
            double d2 = 0;
            for (int x = 0; x < w; x++) {
                int k = row + x;
                float d = -(p0[k] + p1[k]);
                if (y > 0) {
                    d += p0[k - w];
                }
                if (x > 0) {
                    d += p1[k - 1];
                }
                target[offset + x] = image[k] + d;
                d2 += (double) d * d;
            }
            return d2;
        }
    }
}
