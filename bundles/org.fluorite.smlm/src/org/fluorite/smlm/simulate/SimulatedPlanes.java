package org.fluorite.smlm.simulate;

import java.util.SplittableRandom;

import org.fluorite.core.image.PixelType;
import org.fluorite.core.image.Plane;
import org.fluorite.core.image.PlaneSource;
import org.fluorite.core.image.Region;
import org.fluorite.smlm.camera.CameraMaps;
import org.fluorite.smlm.camera.CameraModel;
import org.fluorite.smlm.fit.Erf;

/** The frames of a simulation, each made when read from its own random stream. Thread-safe. */
final class SimulatedPlanes implements PlaneSource {

    private static final double SQRT2 = Math.sqrt(2);

    private final SimulationSettings s;
    private final CameraModel camera;
    private final int[] start;
    private final double[] x;
    private final double[] y;
    private final double[] n;

    SimulatedPlanes(SimulationSettings s, CameraModel camera, int[] start, double[] x, double[] y, double[] n) {
        if (camera.maps() != null && (camera.maps().width() != s.width() || camera.maps().height() != s.height())) {
            throw new IllegalArgumentException("The camera's sCMOS maps do not match the simulated frame size");
        }
        this.s = s;
        this.camera = camera;
        this.start = start;
        this.x = x;
        this.y = y;
        this.n = n;
    }

    @Override
    public int width() {
        return s.width();
    }

    @Override
    public int height() {
        return s.height();
    }

    @Override
    public long planeCount() {
        return s.frames();
    }

    @Override
    public PixelType pixelType() {
        return s.pixelType();
    }

    /** Expected photoelectrons per pixel of frame {@code t}: background plus integrated spots. */
    double[] expected(int t) {
        int w = s.width();
        int h = s.height();
        double[] mu = new double[w * h];
        double bg = t < s.darkFrames() ? 0 : s.background();
        java.util.Arrays.fill(mu, bg);
        double sigma = s.psfSigma();
        int reach = (int) Math.ceil(5 * sigma) + 1;
        double[] ex = new double[2 * reach + 2];
        double[] ey = new double[2 * reach + 2];
        for (int i = start[t]; i < start[t + 1]; i++) {
            int cx = (int) Math.floor(x[i]);
            int cy = (int) Math.floor(y[i]);
            int x0 = Math.max(0, cx - reach);
            int x1 = Math.min(w - 1, cx + reach);
            int y0 = Math.max(0, cy - reach);
            int y1 = Math.min(h - 1, cy + reach);
            if (x0 > x1 || y0 > y1) {
                continue;
            }
            fractions(x[i], sigma, x0, x1, ex);
            fractions(y[i], sigma, y0, y1, ey);
            for (int r = y0; r <= y1; r++) {
                double fy = n[i] * ey[r - y0];
                for (int c = x0; c <= x1; c++) {
                    mu[r * w + c] += fy * ex[c - x0];
                }
            }
        }
        return mu;
    }

    private static void fractions(double centre, double sigma, int from, int to, double[] out) {
        double inv = 1 / (SQRT2 * sigma);
        double prev = Erf.erf((from - centre) * inv);
        for (int j = from; j <= to; j++) {
            double next = Erf.erf((j + 1 - centre) * inv);
            out[j - from] = 0.5 * (next - prev);
            prev = next;
        }
    }

    @Override
    public Plane read(long index, Region region) {
        if (index < 0 || index >= s.frames()) {
            throw new IndexOutOfBoundsException("Frame " + index + " outside the simulation's " + s.frames() + " frames");
        }
        int t = (int) index;
        double[] mu = expected(t);
        SplittableRandom r = new SplittableRandom(s.seed() * 0x9E3779B97F4A7C15L + 31 * index + 7);
        int w = s.width();
        Plane out = Plane.allocate(s.pixelType(), region.width(), region.height());
        CameraMaps maps = camera.maps();
        double epc = camera.electronsPerCount();
        double gain = camera.emGain();
        double readAdu = camera.readNoise() / epc;
        for (int row = 0; row < s.height(); row++) {
            for (int col = 0; col < w; col++) {
                int i = row * w + col;
                // every pixel draws its numbers, also outside the region, so a crop reads the same values
                long photo = Samplers.poisson(r, mu[i]);
                double electrons = gain > 1 && photo > 0 ? Samplers.gamma(r, photo, gain) : photo;
                double flat = maps == null || maps.flat() == null ? 1 : maps.flat()[i];
                double dark = maps == null || maps.dark() == null ? camera.adOffset() : maps.dark()[i];
                double noise = maps == null || maps.variance() == null ? readAdu : Math.sqrt(maps.variance()[i]);
                double value = dark + electrons / (epc * flat) + noise * r.nextGaussian();
                int rx = col - region.x();
                int ry = row - region.y();
                if (rx >= 0 && ry >= 0 && rx < region.width() && ry < region.height()) {
                    out.set(ry * region.width() + rx, value);
                }
            }
        }
        return out;
    }
}
