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
        stages(re, im, count, inverse);
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
        // the same butterflies as the strided transform, with one signal
        stages(re, im, 1, inverse);
    }

    /**
     * The butterfly stages after the bit-reversal permutation, for {@code count} interleaved
     * signals. Stages are fused in pairs (two radix-2 stages per pass over the data, i.e. radix-4
     * passes), which halves the memory traffic; an odd stage count starts with one radix-2 stage.
     */
    private void stages(float[] re, float[] im, int count, boolean inverse) {
        float sign = inverse ? 1f : -1f;
        int stages = Integer.numberOfTrailingZeros(n);
        int half = 1;
        if (stages % 2 == 1) {
            for (int a = 0; a < n; a += 2) {
                int pa = a * count;
                int pb = pa + count;
                for (int c = 0; c < count; c++) {
                    float br = re[pb + c];
                    float bi = im[pb + c];
                    float ar = re[pa + c];
                    float ai = im[pa + c];
                    re[pb + c] = ar - br;
                    im[pb + c] = ai - bi;
                    re[pa + c] = ar + br;
                    im[pa + c] = ai + bi;
                }
            }
            half = 2;
        }
        for (; half < n; half <<= 2) {
            int quarterStep = n / (2 * half); // twiddle step of the first fused stage (size 2*half)
            int step2 = n / (4 * half); // and of the second (size 4*half)
            for (int j = 0; j < half; j++) {
                float w1r = cos[j * quarterStep];
                float w1i = sign * sin[j * quarterStep];
                float w2r = cos[j * step2];
                float w2i = sign * sin[j * step2];
                // W_{4h}^{j+h} = W_{4h}^j * (sign * i)
                float w3r = -sign * w2i;
                float w3i = sign * w2r;
                for (int g = j; g < n; g += 4 * half) {
                    int p0 = g * count;
                    int p1 = (g + half) * count;
                    int p2 = (g + 2 * half) * count;
                    int p3 = (g + 3 * half) * count;
                    for (int c = 0; c < count; c++) {
                        float x1r = re[p1 + c];
                        float x1i = im[p1 + c];
                        float x3r = re[p3 + c];
                        float x3i = im[p3 + c];
                        float t1r = x1r * w1r - x1i * w1i;
                        float t1i = x1r * w1i + x1i * w1r;
                        float t3r = x3r * w1r - x3i * w1i;
                        float t3i = x3r * w1i + x3i * w1r;
                        float x0r = re[p0 + c];
                        float x0i = im[p0 + c];
                        float x2r = re[p2 + c];
                        float x2i = im[p2 + c];
                        float y0r = x0r + t1r;
                        float y0i = x0i + t1i;
                        float y1r = x0r - t1r;
                        float y1i = x0i - t1i;
                        float y2r = x2r + t3r;
                        float y2i = x2i + t3i;
                        float y3r = x2r - t3r;
                        float y3i = x2i - t3i;
                        float ur = y2r * w2r - y2i * w2i;
                        float ui = y2r * w2i + y2i * w2r;
                        float vr = y3r * w3r - y3i * w3i;
                        float vi = y3r * w3i + y3i * w3r;
                        re[p0 + c] = y0r + ur;
                        im[p0 + c] = y0i + ui;
                        re[p2 + c] = y0r - ur;
                        im[p2 + c] = y0i - ui;
                        re[p1 + c] = y1r + vr;
                        im[p1 + c] = y1i + vi;
                        re[p3 + c] = y1r - vr;
                        im[p3 + c] = y1i - vi;
                    }
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
