package org.fluorite.kymo;

import java.nio.file.Path;

import org.fluorite.testing.TestData;

/** The fixtures of scripts/make_kymo_fixtures.py and the analytic values they encode. */
public final class KymoFixtures {

    /** START of the script, ns since the epoch. */
    public static final long START = 1_600_000_000_000_000_000L;
    /** Sample interval, ns (1 kHz). */
    public static final long DT = 1_000_000L;

    private KymoFixtures() {
    }

    public static Path file(String name) {
        return TestData.fixture("org.fluorite.kymo.tests", name);
    }

    public static Path kymos() {
        return file("kymos.h5");
    }

    /** Red counts of kymo_a pixel p, line l. */
    public static double redA(int p, int l) {
        return p + 10 * l;
    }

    public static double greenA(int p, int l) {
        return 100 + 7 * p + l;
    }

    public static double blueA(int p, int l) {
        return p == l % 5 ? 3 : 0;
    }

    /** Index of the first sample of pixel p of line l of kymo_a. */
    public static long sampleA(int p, int l) {
        return 25L * l + 2 + 4L * p;
    }

    /** Green counts of kymo_track pixel p, line l. */
    public static double greenTrack(int p, int l) {
        double a = 8 + 0.25 * l;
        double v = Math.floor(20 * Math.exp(-(p - a) * (p - a) / 2) + 0.5);
        if (l >= 5 && l < 30) {
            v += Math.floor(20 * Math.exp(-(p - 20) * (p - 20) / 2.0) + 0.5);
        }
        return v;
    }
}
