package org.fluorite.motion.fft;

/**
 * A reusable plan for the discrete Fourier transform of one length {@code n} of complex float
 * data held as separate real and imaginary arrays. Powers of two use an iterative radix-2
 * transform; other lengths use Bluestein's chirp-z algorithm over a power-of-two transform.
 *
 * <p>The forward transform computes {@code X[k] = sum_j x[j] exp(-2 pi i j k / n)}; the inverse
 * uses the opposite sign and does <em>not</em> divide by {@code n}. A plan is immutable and may be
 * shared by threads; each thread passes its own {@link Workspace}.
 */
public final class ComplexFft {

    private final int n;
    private final boolean powerOfTwo;
    /** cos and sin of 2 pi k / n for k < n/2 (radix-2 only). */
    private final float[] cos;
    private final float[] sin;
    private final int[] bitReversed;
    /** Bluestein: the power-of-two plan, the chirp and the transformed conjugate chirp. */
    private final ComplexFft inner;
    private final float[] chirpRe;
    private final float[] chirpIm;
    private final float[] kernelRe;
    private final float[] kernelIm;

    public ComplexFft(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("FFT length must be at least 1, got " + n);
        }
        this.n = n;
        this.powerOfTwo = Integer.bitCount(n) == 1;
        if (powerOfTwo) {
            int half = Math.max(1, n / 2);
            cos = new float[half];
            sin = new float[half];
            for (int k = 0; k < half; k++) {
                double a = 2 * Math.PI * k / n;
                cos[k] = (float) Math.cos(a);
                sin[k] = (float) Math.sin(a);
            }
            bitReversed = new int[n];
            int bits = Integer.numberOfTrailingZeros(n);
            for (int i = 0; i < n; i++) {
                bitReversed[i] = bits == 0 ? 0 : Integer.reverse(i) >>> (32 - bits);
            }
            inner = null;
            chirpRe = chirpIm = kernelRe = kernelIm = null;
        } else {
            if (n > (1 << 28)) {
                throw new IllegalArgumentException("FFT length " + n + " is too large");
            }
            int m = Integer.highestOneBit(2 * n - 1) << 1;
            if (m / 2 >= 2 * n - 1) {
                m /= 2;
            }
            inner = new ComplexFft(m);
            chirpRe = new float[n];
            chirpIm = new float[n];
            for (int k = 0; k < n; k++) {
                // k^2 mod 2n keeps the angle exact for long transforms
                long k2 = ((long) k * k) % (2L * n);
                double a = -Math.PI * k2 / n;
                chirpRe[k] = (float) Math.cos(a);
                chirpIm[k] = (float) Math.sin(a);
            }
            kernelRe = new float[m];
            kernelIm = new float[m];
            kernelRe[0] = chirpRe[0];
            kernelIm[0] = -chirpIm[0];
            for (int k = 1; k < n; k++) {
                kernelRe[k] = kernelRe[m - k] = chirpRe[k];
                kernelIm[k] = kernelIm[m - k] = -chirpIm[k];
            }
            inner.forward(kernelRe, kernelIm, null);
            cos = sin = null;
            bitReversed = null;
        }
    }

    public int length() {
        return n;
    }

    /** Scratch memory for one thread using this plan. */
    public Workspace newWorkspace() {
        return new Workspace(powerOfTwo ? 0 : inner.length());
    }

    /** In-place forward transform of {@code re[0..n)}, {@code im[0..n)}. */
    public void forward(float[] re, float[] im, Workspace ws) {
        transform(re, im, false, ws);
    }

    /** In-place inverse transform, without the 1/n factor. */
    public void inverse(float[] re, float[] im, Workspace ws) {
        transform(re, im, true, ws);
    }

    private void transform(float[] re, float[] im, boolean inverse, Workspace ws) {
        if (n == 1) {
            return;
        }
        if (powerOfTwo) {
            radix2(re, im, inverse);
        } else {
            bluestein(re, im, inverse, ws);
        }
    }

    /** True when this plan can transform many interleaved signals at once ({@link #transformStrided}). */
    public boolean isPowerOfTwo() {
        return powerOfTwo;
    }

    /**
     * Transforms {@code count} signals at once, in place: element {@code j} of signal {@code c} is
     * at {@code j * count + c} (the columns of a row-major {@code n x count} array). Butterflies
     * then run along contiguous rows, which is much faster than gathering each column. Powers of
     * two only.
     */
    public void transformStrided(float[] re, float[] im, int count, boolean inverse, float[] rowScratch) {
        if (!powerOfTwo) {
            throw new IllegalStateException("Strided transforms need a power-of-two length, not " + n);
        }
        if (n == 1) {
            return;
        }
        for (int i = 0; i < n; i++) {
            int j = bitReversed[i];
            if (j > i) {
                swapRows(re, i, j, count, rowScratch);
                swapRows(im, i, j, count, rowScratch);
            }
        }
        float sign = inverse ? 1f : -1f;
        for (int size = 2; size <= n; size <<= 1) {
            int half = size >> 1;
            int step = n / size;
            for (int j = 0; j < half; j++) {
                float wr = cos[j * step];
                float wi = sign * sin[j * step];
                for (int a = j; a < n; a += size) {
                    int pa = a * count;
                    int pb = (a + half) * count;
                    for (int c = 0; c < count; c++) {
                        float br = re[pb + c];
                        float bi = im[pb + c];
                        float tr = br * wr - bi * wi;
                        float ti = br * wi + bi * wr;
                        float ar = re[pa + c];
                        float ai = im[pa + c];
                        re[pb + c] = ar - tr;
                        im[pb + c] = ai - ti;
                        re[pa + c] = ar + tr;
                        im[pa + c] = ai + ti;
                    }
                }
            }
        }
    }

    private static void swapRows(float[] v, int i, int j, int count, float[] scratch) {
        System.arraycopy(v, i * count, scratch, 0, count);
        System.arraycopy(v, j * count, v, i * count, count);
        System.arraycopy(scratch, 0, v, j * count, count);
    }

    private void radix2(float[] re, float[] im, boolean inverse) {
        for (int i = 0; i < n; i++) {
            int j = bitReversed[i];
            if (j > i) {
                float t = re[i];
                re[i] = re[j];
                re[j] = t;
                t = im[i];
                im[i] = im[j];
                im[j] = t;
            }
        }
        float sign = inverse ? 1f : -1f;
        for (int size = 2; size <= n; size <<= 1) {
            int half = size >> 1;
            int step = n / size;
            for (int j = 0; j < half; j++) {
                float wr = cos[j * step];
                float wi = sign * sin[j * step];
                for (int a = j; a < n; a += size) {
                    int b = a + half;
                    float br = re[b];
                    float bi = im[b];
                    float tr = br * wr - bi * wi;
                    float ti = br * wi + bi * wr;
                    re[b] = re[a] - tr;
                    im[b] = im[a] - ti;
                    re[a] += tr;
                    im[a] += ti;
                }
            }
        }
    }

    private void bluestein(float[] re, float[] im, boolean inverse, Workspace ws) {
        if (ws == null || ws.re.length != inner.length()) {
            throw new IllegalArgumentException("A length-" + n + " transform needs a workspace from this plan");
        }
        int m = inner.length();
        float[] ar = ws.re;
        float[] ai = ws.im;
        // the inverse is the conjugate of the forward transform of the conjugate
        float s = inverse ? -1f : 1f;
        for (int k = 0; k < n; k++) {
            float xr = re[k];
            float xi = s * im[k];
            ar[k] = xr * chirpRe[k] - xi * chirpIm[k];
            ai[k] = xr * chirpIm[k] + xi * chirpRe[k];
        }
        java.util.Arrays.fill(ar, n, m, 0f);
        java.util.Arrays.fill(ai, n, m, 0f);
        inner.forward(ar, ai, null);
        for (int k = 0; k < m; k++) {
            float xr = ar[k];
            float xi = ai[k];
            ar[k] = xr * kernelRe[k] - xi * kernelIm[k];
            ai[k] = xr * kernelIm[k] + xi * kernelRe[k];
        }
        inner.inverse(ar, ai, null);
        float scale = 1f / m;
        for (int k = 0; k < n; k++) {
            float cr = ar[k] * scale;
            float ci = ai[k] * scale;
            re[k] = cr * chirpRe[k] - ci * chirpIm[k];
            im[k] = s * (cr * chirpIm[k] + ci * chirpRe[k]);
        }
    }

    /** Scratch arrays of one thread; not thread-safe. */
    public static final class Workspace {
        final float[] re;
        final float[] im;

        Workspace(int size) {
            re = new float[size];
            im = new float[size];
        }
    }
}
