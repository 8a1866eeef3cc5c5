package org.fluorite.smlm.post.render;

import java.util.LinkedHashMap;
import java.util.Map;

import org.fluorite.core.image.Axis;
import org.fluorite.core.image.Calibration;
import org.fluorite.core.image.Image;
import org.fluorite.core.image.PixelType;
import org.fluorite.core.image.Plane;
import org.fluorite.core.meta.Metadata;
import org.fluorite.core.meta.Operation;
import org.fluorite.core.table.Localizations;
import org.fluorite.core.table.Table;
import org.fluorite.smlm.post.LocalizationData;

/**
 * Renders a localization table as a float32 image: a histogram (localizations per pixel) or a
 * sum of Gaussians, each localization a normalised Gaussian with its own uncertainty as
 * standard deviation, integrated exactly over each pixel (so the image sums to the number of
 * localizations inside it, less the tails beyond 4 sigma and outside the bounds).
 *
 * <p>The image's X and Y calibrations are the pixel size in metres, with the origin at the
 * centre of the first pixel ({@code x0 + pixel/2}); metadata record the bounds and counts. The
 * provenance is the table's plus {@value #OPERATION}. Save it as TIFF with the TIFF exporter.
 */
public final class LocalizationRenderer {

    public static final String OPERATION = "smlm.render";
    private static final double TAIL_SIGMAS = 4;

    private LocalizationRenderer() {
    }

    /**
     * Renders every localization over bounds that hold them all (see {@link RenderBounds#enclosing}),
     * for Gaussians with a margin of 4 times the widest one drawn (at most 50 pixels), so that none
     * is cut at the edge.
     */
    public static Image render(Table table, RenderSettings s) {
        LocalizationData.require(table);
        double[] x = LocalizationData.values(table, Localizations.X);
        double[] y = LocalizationData.values(table, Localizations.Y);
        double margin = 0;
        if (s.mode() == RenderMode.GAUSSIAN) {
            double widest = s.minSigmaNm();
            double[] u = LocalizationData.values(table, Localizations.UNCERTAINTY);
            if (u != null) {
                for (double v : u) {
                    if (v > widest && Double.isFinite(v)) {
                        widest = v;
                    }
                }
            }
            margin = Math.min(TAIL_SIGMAS * widest, 50 * s.pixelNm());
        }
        return render(table, s, RenderBounds.enclosing(x, y, s.pixelNm(), margin));
    }

    /**
     * Renders the localizations inside {@code bounds}.
     *
     * @throws IllegalArgumentException when the image would exceed {@link RenderSettings#maxPixels()}
     */
    public static Image render(Table table, RenderSettings s, RenderBounds bounds) {
        LocalizationData.require(table);
        double px = s.pixelNm();
        long w = (long) Math.ceil(bounds.widthNm() / px - 1e-9);
        long h = (long) Math.ceil(bounds.heightNm() / px - 1e-9);
        w = Math.max(1, w);
        h = Math.max(1, h);
        if (w > Integer.MAX_VALUE || h > Integer.MAX_VALUE || w * h > s.maxPixels() || w * h > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("Rendering '" + table.name() + "' at " + px + " nm would make a " + w + " x " + h
                    + " image (more than " + s.maxPixels() + " pixels): choose a larger pixel size");
        }
        int width = (int) w;
        int height = (int) h;
        double[] x = LocalizationData.values(table, Localizations.X);
        double[] y = LocalizationData.values(table, Localizations.Y);
        double[] u = LocalizationData.values(table, Localizations.UNCERTAINTY);
        float[] pixels = new float[width * height];
        int inside = s.mode() == RenderMode.HISTOGRAM ? histogram(x, y, bounds, px, width, height, pixels)
                : gaussians(x, y, u, s.minSigmaNm(), bounds, px, width, height, pixels);
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("renderPixelNm", px);
        meta.put("renderMode", s.mode().name().toLowerCase(java.util.Locale.ROOT));
        meta.put("renderX0Nm", bounds.x0Nm());
        meta.put("renderY0Nm", bounds.y0Nm());
        meta.put("localizations", table.rowCount());
        meta.put("localizationsInside", inside);
        meta.put("sourceTable", table.name());
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("pixelNm", px);
        p.put("mode", s.mode().name());
        p.put("minSigmaNm", s.minSigmaNm());
        p.put("x0Nm", bounds.x0Nm());
        p.put("y0Nm", bounds.y0Nm());
        p.put("width", width);
        p.put("height", height);
        Image image = Image.of(table.name() + " (rendered)", new Plane(PixelType.FLOAT32, width, height, pixels));
        return image.withCalibration(Axis.X, new Calibration(px * 1e-9, "m", (bounds.x0Nm() + px / 2) * 1e-9))
                .withCalibration(Axis.Y, new Calibration(px * 1e-9, "m", (bounds.y0Nm() + px / 2) * 1e-9))
                .withMetadata(Metadata.of(meta))
                .withProvenance(table.provenance().then(Operation.of(OPERATION, p)));
    }

    private static int histogram(double[] x, double[] y, RenderBounds b, double px, int width, int height, float[] out) {
        int inside = 0;
        for (int i = 0; i < x.length; i++) {
            double fx = (x[i] - b.x0Nm()) / px;
            double fy = (y[i] - b.y0Nm()) / px;
            if (fx >= 0 && fy >= 0 && fx < width && fy < height) {
                out[(int) fy * width + (int) fx] += 1;
                inside++;
            }
        }
        return inside;
    }

    /**
     * Draws the Gaussians in horizontal bands of the image, one task per band on the common
     * fork-join pool; each band adds, in row order, every localization whose Gaussian reaches it,
     * so the result is the same for any number of threads.
     */
    private static int gaussians(double[] x, double[] y, double[] u, double minSigma, RenderBounds b, double px, int width,
            int height, float[] out) {
        int bands = Math.max(1, Math.min(4 * Runtime.getRuntime().availableProcessors(), height / 32));
        int bandHeight = (height + bands - 1) / bands;
        java.util.stream.IntStream.range(0, bands).parallel().forEach(band -> {
            int from = band * bandHeight;
            int to = Math.min(height, from + bandHeight);
            if (from < to) {
                gaussianBand(x, y, u, minSigma, b, px, width, height, from, to, out);
            }
        });
        int inside = 0;
        for (int i = 0; i < x.length; i++) {
            double fx = (x[i] - b.x0Nm()) / px;
            double fy = (y[i] - b.y0Nm()) / px;
            if (fx >= 0 && fy >= 0 && fx < width && fy < height) {
                inside++;
            }
        }
        return inside;
    }

    /** Adds the parts of every localization's Gaussian that fall in image rows {@code rowFrom..rowTo-1}. */
    private static void gaussianBand(double[] x, double[] y, double[] u, double minSigma, RenderBounds b, double px, int width,
            int height, int rowFrom, int rowTo, float[] out) {
        double[] wx = new double[0];
        double[] wy = new double[0];
        for (int i = 0; i < x.length; i++) {
            double fx = (x[i] - b.x0Nm()) / px;
            double fy = (y[i] - b.y0Nm()) / px;
            if (!(fx >= 0 && fy >= 0 && fx < width && fy < height)) {
                continue;
            }
            double sigma = u == null || !(u[i] > 0) || Double.isInfinite(u[i]) ? minSigma : Math.max(minSigma, u[i]);
            double sp = sigma / px;
            if (sp < 1e-3) {
                int r = (int) fy;
                if (r >= rowFrom && r < rowTo) {
                    out[r * width + (int) fx] += 1;
                }
                continue;
            }
            int y0 = Math.max(rowFrom, (int) Math.floor(fy - TAIL_SIGMAS * sp));
            int y1 = Math.min(rowTo - 1, (int) Math.floor(fy + TAIL_SIGMAS * sp));
            if (y0 > y1) {
                continue;
            }
            int x0 = Math.max(0, (int) Math.floor(fx - TAIL_SIGMAS * sp));
            int x1 = Math.min(width - 1, (int) Math.floor(fx + TAIL_SIGMAS * sp));
            wx = pixelIntegrals(fx, sp, x0, x1, wx);
            wy = pixelIntegrals(fy, sp, y0, y1, wy);
            for (int r = y0; r <= y1; r++) {
                double vy = wy[r - y0];
                int row = r * width;
                for (int c = x0; c <= x1; c++) {
                    out[row + c] += (float) (vy * wx[c - x0]);
                }
            }
        }
    }

    /** Integral of a unit normal (centre {@code c}, width {@code s}, pixels) over pixels {@code from..to}. */
    private static double[] pixelIntegrals(double c, double s, int from, int to, double[] buffer) {
        int n = to - from + 1;
        double[] out = buffer.length >= n ? buffer : new double[Math.max(n, 2 * buffer.length)];
        double scale = 1 / (s * Math.sqrt(2));
        double prev = Erf.erf((from - c) * scale);
        for (int k = 0; k < n; k++) {
            double next = Erf.erf((from + k + 1 - c) * scale);
            out[k] = 0.5 * (next - prev);
            prev = next;
        }
        return out;
    }
}
