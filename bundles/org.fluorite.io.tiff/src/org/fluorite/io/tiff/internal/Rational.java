package org.fluorite.io.tiff.internal;

/** Best rational approximations for TIFF RATIONAL fields (unsigned 32-bit numerator and denominator). */
public final class Rational {

    private Rational() {
    }

    private static final long MAX = 0xFFFF_FFFFL;

    /**
     * The fraction closest to {@code value} (found by continued fractions) whose numerator and
     * denominator both fit in 32 unsigned bits.
     *
     * @param value a positive finite number
     * @return {numerator, denominator}
     */
    public static long[] approximate(double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("Cannot write " + value + " as a TIFF rational");
        }
        if (value >= MAX) {
            return new long[] {MAX, 1};
        }
        long p0 = 0;
        long q0 = 1;
        long p1 = 1;
        long q1 = 0;
        double x = value;
        long[] best = {Math.max(1, Math.round(value)), 1};
        for (int i = 0; i < 64; i++) {
            double a = Math.floor(x);
            if (a > MAX) {
                break;
            }
            long ai = (long) a;
            long p2 = ai * p1 + p0;
            long q2 = ai * q1 + q0;
            if (p2 > MAX || q2 > MAX || p2 < 0 || q2 < 0) {
                break;
            }
            if (p2 > 0) {
                best = new long[] {p2, q2};
            }
            p0 = p1;
            q0 = q1;
            p1 = p2;
            q1 = q2;
            double frac = x - a;
            if (frac < 1e-15 || (double) p2 / q2 == value) {
                break;
            }
            x = 1 / frac;
        }
        return best;
    }
}
