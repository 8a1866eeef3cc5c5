package org.fluorite.plot;

import java.util.ArrayList;
import java.util.List;

import org.fluorite.flow.ColumnType;
import org.fluorite.flow.Transmission;

/**
 * Curves of an array column, one per Transmission row, coloured by group. The X axis is the sample
 * index, or time in seconds from {@code _SAMPLING_RATE} (Hz) when asked and known.
 */
public final class SimplePlot implements PlotModel {

    /** One curve: X values (samples or seconds), Y values, group index and colour. */
    public record Curve(double[] x, double[] y, int group, int rgb, DataRef ref) {
    }

    private final Transmission source;
    private final PlotSettings.Simple settings;
    private final List<Curve> curves = new ArrayList<>();
    private final List<String> groups;
    private boolean seconds;

    private SimplePlot(Transmission t, PlotSettings.Simple s) {
        source = t;
        settings = s;
        double[][] data = t.frame().require(s.dataColumn(), ColumnType.ARRAY).arrays();
        Categories cats = Categories.of(t, s.groupColumn());
        groups = cats.levels();
        seconds = s.seconds() && t.frame().has(Transmission.SAMPLING_RATE);
        for (int r = 0; r < data.length; r++) {
            if (data[r] == null) {
                continue;
            }
            double rate = seconds ? t.samplingRateHz(r) : Double.NaN;
            boolean timed = seconds && rate > 0 && Double.isFinite(rate);
            double[] x = new double[data[r].length];
            for (int i = 0; i < x.length; i++) {
                x[i] = timed ? i / rate : i;
            }
            int g = cats.levelOf(r);
            curves.add(new Curve(x, data[r], g, Colormap.categorical(g), DataRef.of(t, r)));
        }
    }

    public static SimplePlot of(Transmission t, PlotSettings.Simple s) {
        return new SimplePlot(t, s);
    }

    @Override
    public PlotKind kind() {
        return PlotKind.SIMPLE;
    }

    @Override
    public Transmission source() {
        return source;
    }

    @Override
    public PlotSettings.Simple settings() {
        return settings;
    }

    public List<Curve> curves() {
        return List.copyOf(curves);
    }

    public List<String> groups() {
        return groups;
    }

    /** True when X is in seconds. */
    public boolean seconds() {
        return seconds;
    }

    @Override
    public List<DataRef> marks() {
        return curves.stream().map(Curve::ref).toList();
    }

    /** Long format: one line per point (block, row, group, x, y). */
    @Override
    public String toCsv() {
        Csv csv = new Csv().row("_BLOCK_", "row", "SampleID", "ROI_UUID", "group", seconds ? "time_s" : "sample",
                settings.dataColumn());
        for (Curve c : curves) {
            for (int i = 0; i < c.x().length; i++) {
                csv.row(String.valueOf(c.ref().block()), c.ref().row(), c.ref().sampleId(), c.ref().roiUuid(),
                        groups.get(c.group()), c.x()[i], c.y()[i]);
            }
        }
        return csv.toString();
    }

    @Override
    public String toSvg(int width, int height) {
        Svg svg = new Svg(width, height);
        Scale xs = Scale.covering(curves.stream().flatMapToDouble(c -> java.util.Arrays.stream(c.x())).toArray(),
                Frames.LEFT, width - Frames.RIGHT, false);
        Scale ys = Scale.covering(curves.stream().flatMapToDouble(c -> java.util.Arrays.stream(c.y())).toArray(),
                height - Frames.BOTTOM, Frames.TOP, false);
        Frames.axes(svg, xs, ys, seconds ? "time (s)" : "sample", settings.dataColumn(), true);
        for (Curve c : curves) {
            double[] px = java.util.Arrays.stream(c.x()).map(xs::map).toArray();
            double[] py = java.util.Arrays.stream(c.y()).map(ys::map).toArray();
            svg.polyline(px, py, c.rgb(), 1, "mark", "row " + c.ref().row());
        }
        Frames.legend(svg, width, groups, Colormap::categorical);
        return svg.toString();
    }
}
