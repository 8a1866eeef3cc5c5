package org.fluorite.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.fluorite.flim.TvDenoise;

/**
 * Times total-variation denoising (org.fluorite.flim.TvDenoise, scikit-image's defaults: weight 0.1,
 * eps 2e-4, at most 200 iterations) of one 512 x 512 float image and of a 100-frame stack, with one
 * thread and with all processors, and prints a Markdown table of milliseconds per frame.
 * <p>
 * Options: {@code --size 512 --frames 100 --repeats 5 --threads N}.
 */
public final class TvBenchmark {

    private TvBenchmark() {
    }

    public static void main(String[] args) {
        int size = 512, frames = 100, repeats = 5, threads = Runtime.getRuntime().availableProcessors();
        for (int i = 0; i + 1 < args.length; i += 2) {
            int v = Integer.parseInt(args[i + 1]);
            switch (args[i]) {
                case "--size" -> size = v;
                case "--frames" -> frames = v;
                case "--repeats" -> repeats = v;
                case "--threads" -> threads = v;
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        run(size, frames, repeats, threads);
    }

    private static void run(int size, int frames, int repeats, int threads) {
        List<float[]> stack = new ArrayList<>();
        for (int f = 0; f < frames; f++) {
            stack.add(image(size, f));
        }
        float[] one = stack.get(0);
        // warm the JIT on both paths
        for (int i = 0; i < 3; i++) {
            TvDenoise.chambolle(one, size, size, 0.1, 2e-4, 200, 1);
            TvDenoise.chambolle(one, size, size, 0.1, 2e-4, 200, threads);
        }
        double frame1 = median(repeats, () -> TvDenoise.chambolle(one, size, size, 0.1, 2e-4, 200, 1));
        double frameN = median(repeats, () -> TvDenoise.chambolle(one, size, size, 0.1, 2e-4, 200, threads));
        double stack1 = median(1, () -> TvDenoise.chambolleStack(stack, size, size, 0.1, 2e-4, 200, 1)) / frames;
        double stackN = median(1, () -> TvDenoise.chambolleStack(stack, size, size, 0.1, 2e-4, 200, threads)) / frames;
        System.out.printf(Locale.ROOT, "| case | 1 thread (ms/frame) | %d threads (ms/frame) | speed-up |%n", threads);
        System.out.println("|---|---|---|---|");
        System.out.printf(Locale.ROOT, "| one %dx%d frame (median of %d) | %.1f | %.1f | %.2fx |%n", size, size, repeats, frame1,
                frameN, frame1 / frameN);
        System.out.printf(Locale.ROOT, "| %d-frame stack | %.1f | %.1f | %.2fx |%n", frames, stack1, stackN, stack1 / stackN);
    }

    /** A smooth pattern in [0, 1] with Gaussian noise of sigma 0.1, different per frame. */
    static float[] image(int size, long seed) {
        Random random = new Random(seed);
        float[] f = new float[size * size];
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                double clean = 0.5 + 0.3 * Math.sin(x / 23.0) * Math.cos(y / 31.0)
                        + ((x - size / 2) * (x - size / 2) + (y - size / 3) * (y - size / 3) < size * size / 25 ? 0.2 : 0);
                f[y * size + x] = (float) (clean + 0.1 * random.nextGaussian());
            }
        }
        return f;
    }

    private static double median(int repeats, Runnable work) {
        double[] ms = new double[repeats];
        for (int i = 0; i < repeats; i++) {
            long start = System.nanoTime();
            work.run();
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        return ms[repeats / 2];
    }
}
