package org.fluorite.plot;

import java.util.ArrayList;
import java.util.List;

import org.fluorite.flow.ColumnType;
import org.fluorite.flow.FlowColumn;
import org.fluorite.flow.Transmission;

/**
 * Scatter plot of two number columns, one point per Transmission row; colour and marker shape by
 * category; optional base-10 logarithmic axes (rows with values that cannot be shown are left out
 * and counted in {@link #skipped()}).
 */
public final class Scatter implements PlotModel {

    /** Marker shapes, in the order given to shape categories. */
    public enum Shape {
        CIRCLE, SQUARE, TRIANGLE, DIAMOND
    }

    /**
     * One drawn point.
     *
     * @param colour category colour 0xRRGGBB
     * @param colourLevel index in {@link Scatter#colourLevels()}
     * @param shapeLevel index in {@link Scatter#shapeLevels()}
     */
    public record Point(double x, double y, DataRef ref, int colour, int colourLevel, Shape shape, int shapeLevel) {
    }

    private final Transmission source;
    private final PlotSettings.Scatter settings;
    private final List<Point> points = new ArrayList<>();
    private final List<String> colourLevels;
    private final List<String> shapeLevels;
    private int skipped;

    private Scatter(Transmission t, PlotSettings.Scatter s) {
        source = t;
        settings = s;
        double[] xs = numbers(t, s.xColumn());
        double[] ys = numbers(t, s.yColumn());
        Categories colours = Categories.of(t, s.colourColumn());
        Categories shapes = Categories.of(t, s.shapeColumn());
        colourLevels = colours.levels();
        shapeLevels = shapes.levels();
        for (int r = 0; r < xs.length; r++) {
            boolean shown = Double.isFinite(xs[r]) && Double.isFinite(ys[r]) && (!s.logX() || xs[r] > 0)
                    && (!s.logY() || ys[r] > 0);
            if (!shown) {
                skipped++;
                continue;
            }
            int c = colours.levelOf(r);
            int sh = shapes.levelOf(r);
            points.add(new Point(xs[r], ys[r], DataRef.of(t, r), Colormap.categorical(c), c,
                    Shape.values()[sh % Shape.values().length], sh));
        }
    }

    /** Values of a double or long column as doubles. */
    static double[] numbers(Transmission t, String column) {
        FlowColumn c = t.frame().require(column);
        if (c.type() == ColumnType.DOUBLE) {
            return c.doubles();
        }
        if (c.type() == ColumnType.LONG) {
            long[] l = c.longs();
            double[] d = new double[l.length];
            for (int i = 0; i < l.length; i++) {
                d[i] = l[i];
            }
            return d;
        }
        throw new IllegalArgumentException("Column '" + column + "' holds " + c.type().word()
                + "s: choose a column with one number per row");
    }

    public static Scatter of(Transmission t, PlotSettings.Scatter s) {
        return new Scatter(t, s);
    }

    @Override
    public PlotKind kind() {
        return PlotKind.SCATTER;
    }

    @Override
    public Transmission source() {
        return source;
    }

    @Override
    public PlotSettings.Scatter settings() {
        return settings;
    }

    public List<Point> points() {
        return List.copyOf(points);
    }

    @Override
    public List<DataRef> marks() {
        return points.stream().map(Point::ref).toList();
    }

    public List<String> colourLevels() {
        return colourLevels;
    }

    public List<String> shapeLevels() {
        return shapeLevels;
    }

    /** Rows not drawn: missing values, or non-positive values on a logarithmic axis. */
    public int skipped() {
        return skipped;
    }

    /** The point nearest to ({@code x}, {@code y}) in pixels of the given scales, within {@code radius} pixels. */
    public java.util.Optional<Point> pick(Scale xs, Scale ys, double px, double py, double radius) {
        Point best = null;
        double bestD = radius * radius;
        for (Point p : points) {
            double dx = xs.map(p.x()) - px;
            double dy = ys.map(p.y()) - py;
            double d = dx * dx + dy * dy;
            if (d <= bestD) {
                bestD = d;
                best = p;
            }
        }
        return java.util.Optional.ofNullable(best);
    }

    @Override
    public String toCsv() {
        Csv csv = new Csv().row("_BLOCK_", "row", "SampleID", "ROI_UUID", settings.xColumn(), settings.yColumn(),
                "colour", "shape");
        for (Point p : points) {
            csv.row(String.valueOf(p.ref().block()), p.ref().row(), p.ref().sampleId(), p.ref().roiUuid(), p.x(), p.y(),
                    colourLevels.get(p.colourLevel()), shapeLevels.get(p.shapeLevel()));
        }
        return csv.toString();
    }

    /** Scale of the X axis for a drawing {@code width} pixels wide. */
    public Scale xScale(int width) {
        return Scale.covering(points.stream().mapToDouble(Point::x).toArray(), Frames.LEFT, width - Frames.RIGHT,
                settings.logX());
    }

    /** Scale of the Y axis for a drawing {@code height} pixels high (up = larger). */
    public Scale yScale(int height) {
        return Scale.covering(points.stream().mapToDouble(Point::y).toArray(), height - Frames.BOTTOM, Frames.TOP,
                settings.logY());
    }

    @Override
    public String toSvg(int width, int height) {
        Svg svg = new Svg(width, height);
        Scale xs = xScale(width);
        Scale ys = yScale(height);
        Frames.axes(svg, xs, ys, settings.xColumn(), settings.yColumn(), true);
        double r = settings.markerSize() / 2.0;
        for (Point p : points) {
            double cx = xs.map(p.x());
            double cy = ys.map(p.y());
            String title = "row " + p.ref().row();
            switch (p.shape()) {
                case CIRCLE -> svg.circle(cx, cy, r, p.colour(), title);
                case SQUARE -> svg.polygonMark(new double[] {cx - r, cx + r, cx + r, cx - r},
                        new double[] {cy - r, cy - r, cy + r, cy + r}, p.colour(), title);
                case TRIANGLE -> svg.polygonMark(new double[] {cx, cx + r, cx - r}, new double[] {cy - r, cy + r, cy + r},
                        p.colour(), title);
                case DIAMOND -> svg.polygonMark(new double[] {cx, cx + r, cx, cx - r}, new double[] {cy - r, cy, cy + r, cy},
                        p.colour(), title);
            }
        }
        Frames.legend(svg, width, colourLevels, Colormap::categorical);
        return svg.toString();
    }
}
