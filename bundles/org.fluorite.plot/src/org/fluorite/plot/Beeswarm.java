package org.fluorite.plot;

import java.util.ArrayList;
import java.util.List;

import org.fluorite.flow.Transmission;

/**
 * Beeswarm of a number column per group, with violins (Gaussian KDE, Scott's bandwidth). Points
 * keep their value on the Y axis and are spread sideways by {@link Swarm}; sideways offsets are in
 * value units, so a drawing uses the Y axis' pixels per unit for them too.
 */
public final class Beeswarm implements PlotModel {

    /** Number of points on which each violin's density is evaluated. */
    public static final int VIOLIN_POINTS = 100;

    /** One point: its group index, value and sideways offset (value units). */
    public record Point(int group, double value, double offset, DataRef ref) {
    }

    /**
     * The density of one group, at {@code values} (value units), in density per value unit;
     * empty arrays when the group has fewer than two distinct values.
     */
    public record Violin(int group, double[] values, double[] density) {
    }

    private final Transmission source;
    private final PlotSettings.Beeswarm settings;
    private final List<String> groups;
    private final List<Point> points = new ArrayList<>();
    private final List<Violin> violins = new ArrayList<>();
    private final double diameter;

    private Beeswarm(Transmission t, PlotSettings.Beeswarm s) {
        source = t;
        settings = s;
        double[] v = Scatter.numbers(t, s.valueColumn());
        Categories cats = Categories.of(t, s.groupColumn());
        groups = cats.levels();
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double x : v) {
            if (Double.isFinite(x)) {
                lo = Math.min(lo, x);
                hi = Math.max(hi, x);
            }
        }
        double range = lo < hi ? hi - lo : 1;
        diameter = s.markerFraction() * range;
        for (int g = 0; g < groups.size(); g++) {
            List<Integer> rows = new ArrayList<>();
            for (int r = 0; r < v.length; r++) {
                if (cats.levelOf(r) == g && Double.isFinite(v[r])) {
                    rows.add(r);
                }
            }
            double[] values = rows.stream().mapToDouble(r -> v[r]).toArray();
            double[] offsets = Swarm.layout(values, diameter);
            for (int k = 0; k < values.length; k++) {
                points.add(new Point(g, values[k], offsets[k], DataRef.of(t, rows.get(k))));
            }
            violins.add(violin(g, values));
        }
    }

    private static Violin violin(int g, double[] values) {
        GaussianKde kde;
        try {
            kde = new GaussianKde(values);
        } catch (IllegalArgumentException tooFew) {
            return new Violin(g, new double[0], new double[0]);
        }
        double lo = java.util.Arrays.stream(values).min().orElse(0) - 2 * kde.bandwidth();
        double hi = java.util.Arrays.stream(values).max().orElse(0) + 2 * kde.bandwidth();
        double[] xs = new double[VIOLIN_POINTS];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = lo + (hi - lo) * i / (xs.length - 1);
        }
        return new Violin(g, xs, kde.density(xs));
    }

    public static Beeswarm of(Transmission t, PlotSettings.Beeswarm s) {
        return new Beeswarm(t, s);
    }

    @Override
    public PlotKind kind() {
        return PlotKind.BEESWARM;
    }

    @Override
    public Transmission source() {
        return source;
    }

    @Override
    public PlotSettings.Beeswarm settings() {
        return settings;
    }

    public List<String> groups() {
        return groups;
    }

    public List<Point> points() {
        return List.copyOf(points);
    }

    public List<Violin> violins() {
        return List.copyOf(violins);
    }

    /** Marker diameter in value units. */
    public double diameter() {
        return diameter;
    }

    @Override
    public List<DataRef> marks() {
        return points.stream().map(Point::ref).toList();
    }

    @Override
    public String toCsv() {
        Csv csv = new Csv().row("_BLOCK_", "row", "SampleID", "ROI_UUID", "group", settings.valueColumn(), "offset");
        for (Point p : points) {
            csv.row(String.valueOf(p.ref().block()), p.ref().row(), p.ref().sampleId(), p.ref().roiUuid(),
                    groups.get(p.group()), p.value(), p.offset());
        }
        return csv.toString();
    }

    /** Value scale for a drawing {@code height} pixels high. */
    public Scale yScale(int height) {
        double[] all = points.stream().mapToDouble(Point::value).toArray();
        return Scale.covering(all, height - Frames.BOTTOM, Frames.TOP, false);
    }

    /** Pixel X of the centre of group {@code g} in a drawing {@code width} pixels wide. */
    public double groupCentre(int g, int width) {
        double w = (width - Frames.LEFT - Frames.RIGHT) / (double) Math.max(1, groups.size());
        return Frames.LEFT + (g + 0.5) * w;
    }

    /** Pixels per value unit of the given scale (positive). */
    public static double pixelsPerUnit(Scale y) {
        return Math.abs((y.to() - y.from()) / (y.max() - y.min()));
    }

    @Override
    public String toSvg(int width, int height) {
        Svg svg = new Svg(width, height);
        Scale ys = yScale(height);
        double ppu = pixelsPerUnit(ys);
        double groupW = (width - Frames.LEFT - Frames.RIGHT) / (double) Math.max(1, groups.size());
        Scale xs = new Scale(0, 1, Frames.LEFT, width - Frames.RIGHT, false);
        Frames.axes(svg, xs, ys, settings.groupColumn(), settings.valueColumn(), false);
        if (settings.violins()) {
            for (Violin v : violins) {
                double peak = java.util.Arrays.stream(v.density()).max().orElse(0);
                if (peak <= 0) {
                    continue;
                }
                int n = v.values().length;
                double[] px = new double[2 * n];
                double[] py = new double[2 * n];
                double c = groupCentre(v.group(), width);
                for (int i = 0; i < n; i++) {
                    double half = v.density()[i] / peak * groupW * 0.4;
                    px[i] = c + half;
                    py[i] = ys.map(v.values()[i]);
                    px[2 * n - 1 - i] = c - half;
                    py[2 * n - 1 - i] = py[i];
                }
                svg.area(px, py, Colormap.categorical(v.group()), 0.25);
            }
        }
        double r = diameter * ppu / 2;
        for (Point p : points) {
            svg.circle(groupCentre(p.group(), width) + p.offset() * ppu, ys.map(p.value()), r,
                    Colormap.categorical(p.group()), "row " + p.ref().row());
        }
        for (int g = 0; g < groups.size(); g++) {
            svg.text(groupCentre(g, width), height - Frames.BOTTOM + 15, groups.get(g), "middle");
        }
        return svg.toString();
    }
}
