package org.fluorite.flim;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicReference;
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
        return new Frame(image, width, height).run(weight, eps, maxIter, threads);
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
                out[i] = new Frame(frames.get(i), width, height).run(weight, eps, maxIter);
            }
        } else {
            ForkJoinPool pool = new ForkJoinPool(threads);
            try {
                pool.submit(() -> IntStream.range(0, out.length).parallel()
                        .forEach(i -> out[i] = new Frame(frames.get(i), width, height).run(weight, eps, maxIter))).get();
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

        /** Runs on the calling thread alone. */
        float[] run(double weight, double eps, int maxIter) {
            Stop stop = new Stop(weight, eps, maxIter);
            float scale = (float) (TAU / weight);
            do {
                for (int b = 0; b < bands; b++) {
                    band(b, scale);
                }
            } while (!endIteration(stop));
            return out;
        }

        /**
         * Runs with {@code threads} threads, each owning a contiguous run of bands, meeting at a
         * barrier once per iteration; the last to arrive sums the energies in band order and swaps
         * the dual fields, so the result is the one of {@link #run(double, double, int)}.
         */
        float[] run(double weight, double eps, int maxIter, int threads) {
            int n = Math.min(threads, bands);
            if (n <= 1) {
                return run(weight, eps, maxIter);
            }
            Stop stop = new Stop(weight, eps, maxIter);
            float scale = (float) (TAU / weight);
            CyclicBarrier barrier = new CyclicBarrier(n, () -> stop.done = endIteration(stop));
            AtomicReference<Throwable> failure = new AtomicReference<>();
            Thread[] workers = new Thread[n - 1];
            for (int t = 1; t < n; t++) {
                int worker = t;
                workers[t - 1] = new Thread(() -> work(worker, n, scale, barrier, stop, failure), "tv-denoise-" + t);
                workers[t - 1].setDaemon(true);
                workers[t - 1].start();
            }
            work(0, n, scale, barrier, stop, failure);
            for (Thread w : workers) {
                try {
                    w.join();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("denoising interrupted", e);
                }
            }
            if (failure.get() != null) {
                throw new IllegalStateException("denoising failed: " + failure.get(), failure.get());
            }
            return out;
        }

        private void work(int worker, int n, float scale, CyclicBarrier barrier, Stop stop, AtomicReference<Throwable> failure) {
            int from = worker * bands / n, to = (worker + 1) * bands / n;
            try {
                while (true) {
                    for (int b = from; b < to; b++) {
                        band(b, scale);
                    }
                    barrier.await();
                    if (stop.done) {
                        return;
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failure.compareAndSet(null, e);
                barrier.reset();
            } catch (BrokenBarrierException e) {
                failure.compareAndSet(null, e);
            } catch (RuntimeException | Error e) {
                failure.compareAndSet(null, e);
                barrier.reset();
            }
        }

        /** The stopping rule's state. */
        private static final class Stop {
            final double weight;
            final double eps;
            final int maxIter;
            int iteration;
            double eInit;
            double ePrevious;
            volatile boolean done;

            Stop(double weight, double eps, int maxIter) {
                this.weight = weight;
                this.eps = eps;
                this.maxIter = maxIter;
            }
        }

        /** Sums the energy in band order, swaps the dual fields; returns whether to stop. */
        private boolean endIteration(Stop stop) {
            double d2 = 0, norms = 0;
            for (int b = 0; b < bands; b++) {
                d2 += dEnergy[b];
                norms += normSum[b];
            }
            double e = (d2 + stop.weight * norms) / image.length;
            float[] t = p0;
            p0 = q0;
            q0 = t;
            t = p1;
            p1 = q1;
            q1 = t;
            int i = stop.iteration++;
            iterations = i + 1;
            if (i == 0) {
                stop.eInit = e;
                stop.ePrevious = e;
            } else if (Math.abs(stop.ePrevious - e) < stop.eps * stop.eInit) {
                return true;
            } else {
                stop.ePrevious = e;
            }
            return stop.iteration >= stop.maxIter;
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
