package org.fluorite.plot.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.IBarSeries;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ILineSeries.PlotSymbolType;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.LineStyle;
import org.eclipse.swtchart.Range;
import org.fluorite.plot.Beeswarm;
import org.fluorite.plot.DataRef;
import org.fluorite.plot.PlotModel;
import org.fluorite.plot.Proportions;
import org.fluorite.plot.Scatter;
import org.fluorite.plot.SimplePlot;

/**
 * Simple plots, scatter plots, beeswarms and proportion bars on an SWTChart {@link Chart}. Every
 * drawn point remembers its row; a click on the plot area picks the nearest point within
 * {@link #PICK_RADIUS} pixels (for bars: the segment under the pointer).
 */
public final class ChartPlot implements PlotDisplay {

    /** Largest distance in pixels between a click and the point it picks. */
    public static final int PICK_RADIUS = 8;

    private record Pickable(double[] x, double[] y, DataRef[] refs) {
    }

    private final Chart chart;
    private final PlotModel model;
    private final List<Pickable> pickables = new ArrayList<>();
    private int seriesCount;

    public ChartPlot(Composite parent, PlotModel model) {
        this.model = model;
        chart = new Chart(parent, SWT.NONE);
        chart.getTitle().setText(model.kind().label());
        switch (model) {
            case SimplePlot s -> drawSimple(s);
            case Scatter s -> drawScatter(s);
            case Beeswarm b -> {
                drawBeeswarm(b);
                chart.getPlotArea().getControl().addListener(SWT.Resize, e -> {
                    removeAll();
                    drawBeeswarm(b);
                    chart.redraw();
                });
            }
            case Proportions p -> drawBars(p);
            default -> throw new IllegalArgumentException(model.kind().label() + " is drawn by HeatmapCanvas");
        }
    }

    @Override
    public Control control() {
        return chart;
    }

    /** The chart, for exports and tests. */
    public Chart chart() {
        return chart;
    }

    @Override
    public void onPick(Consumer<DataRef> listener) {
        chart.getPlotArea().getControl().addListener(SWT.MouseDown, e -> {
            if (e.button == 1) {
                pick(e.x, e.y).ifPresent(listener);
            }
        });
    }

    /** Pixel of ({@code x}, {@code y}) data values in the plot area, as {x, y}. */
    public int[] pixelOf(double x, double y) {
        return new int[] {xAxis().getPixelCoordinate(x), yAxis().getPixelCoordinate(y)};
    }

    @Override
    public Optional<DataRef> pick(int px, int py) {
        if (model instanceof Proportions p) {
            return pickBar(p, px, py);
        }
        DataRef best = null;
        double bestD = PICK_RADIUS * PICK_RADIUS;
        for (Pickable k : pickables) {
            for (int i = 0; i < k.x().length; i++) {
                int[] q = pixelOf(k.x()[i], k.y()[i]);
                double d = (double) (q[0] - px) * (q[0] - px) + (double) (q[1] - py) * (q[1] - py);
                if (d <= bestD) {
                    bestD = d;
                    best = k.refs()[i];
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private Optional<DataRef> pickBar(Proportions p, int px, int py) {
        int i = (int) Math.round(xAxis().getDataCoordinate(px));
        double v = yAxis().getDataCoordinate(py);
        if (i < 0 || i >= p.xLevels().size() || v < 0) {
            return Optional.empty();
        }
        double base = 0;
        for (int j = 0; j < p.yLevels().size(); j++) {
            double top = base + p.value(i, j);
            if (p.count(i, j) > 0 && v >= base && v <= top) {
                final int level = j;
                int row = p.rowsOf(i).stream().filter(r -> levelOf(p, r) == level).findFirst().orElse(-1);
                return row < 0 ? Optional.empty() : Optional.of(DataRef.of(p.source(), row));
            }
            base = top;
        }
        return Optional.empty();
    }

    private static int levelOf(Proportions p, int row) {
        String column = p.settings().swapXY() ? p.settings().xColumn() : p.settings().yColumn();
        return p.yLevels().indexOf(org.fluorite.plot.Categories.of(p.source(), column).label(row));
    }

    private IAxis xAxis() {
        return chart.getAxisSet().getXAxis(0);
    }

    private IAxis yAxis() {
        return chart.getAxisSet().getYAxis(0);
    }

    private void removeAll() {
        for (var s : chart.getSeriesSet().getSeries()) {
            chart.getSeriesSet().deleteSeries(s.getId());
        }
        pickables.clear();
    }

    private ILineSeries<?> line(String name, double[] x, double[] y, int rgb) {
        ILineSeries<?> s = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE, name + "#" + seriesCount++);
        s.setDescription(name);
        s.setXSeries(x);
        s.setYSeries(y);
        s.setLineColor(Colors.of(rgb));
        s.setSymbolColor(Colors.of(rgb));
        s.setSymbolType(PlotSymbolType.NONE);
        s.setAntialias(SWT.ON);
        return s;
    }

    private void drawSimple(SimplePlot s) {
        java.util.Set<Integer> named = new java.util.HashSet<>();
        for (SimplePlot.Curve c : s.curves()) {
            ILineSeries<?> series = line(s.groups().get(c.group()), c.x(), c.y(), c.rgb());
            series.setVisibleInLegend(named.add(c.group()));
            DataRef[] refs = new DataRef[c.x().length];
            java.util.Arrays.fill(refs, c.ref());
            pickables.add(new Pickable(c.x(), c.y(), refs));
        }
        chart.getLegend().setVisible(s.groups().size() > 1);
        xAxis().getTitle().setText(s.seconds() ? "time (s)" : "sample");
        yAxis().getTitle().setText(s.settings().dataColumn());
        chart.getAxisSet().adjustRange();
        pad(yAxis());
    }

    private void drawScatter(Scatter s) {
        PlotSymbolType[] shapes = {PlotSymbolType.CIRCLE, PlotSymbolType.SQUARE, PlotSymbolType.TRIANGLE, PlotSymbolType.DIAMOND};
        for (int c = 0; c < s.colourLevels().size(); c++) {
            for (int h = 0; h < s.shapeLevels().size(); h++) {
                final int cl = c;
                final int sl = h;
                List<Scatter.Point> pts = s.points().stream().filter(p -> p.colourLevel() == cl && p.shapeLevel() == sl).toList();
                if (pts.isEmpty()) {
                    continue;
                }
                double[] x = pts.stream().mapToDouble(Scatter.Point::x).toArray();
                double[] y = pts.stream().mapToDouble(Scatter.Point::y).toArray();
                String name = s.colourLevels().get(c) + (s.shapeLevels().size() > 1 ? " / " + s.shapeLevels().get(h) : "");
                ILineSeries<?> series = line(name, x, y, pts.get(0).colour());
                series.setLineStyle(LineStyle.NONE);
                series.setSymbolType(shapes[pts.get(0).shape().ordinal()]);
                series.setSymbolSize(Math.max(1, s.settings().markerSize() / 2));
                pickables.add(new Pickable(x, y, pts.stream().map(Scatter.Point::ref).toArray(DataRef[]::new)));
            }
        }
        xAxis().getTitle().setText(s.settings().xColumn());
        yAxis().getTitle().setText(s.settings().yColumn());
        chart.getAxisSet().adjustRange();
        if (s.settings().logX()) {
            xAxis().enableLogScale(true);
        }
        if (s.settings().logY()) {
            yAxis().enableLogScale(true);
        }
        chart.getAxisSet().adjustRange();
        pad(xAxis());
        pad(yAxis());
    }

    /** Widens an axis by 5 % on each side (in log space on log axes) so edge points are drawn whole. */
    private static void pad(IAxis axis) {
        Range r = axis.getRange();
        if (axis.isLogScaleEnabled() && r.lower > 0) {
            double f = Math.pow(r.upper / r.lower, 0.05);
            axis.setRange(new Range(r.lower / f, r.upper * f));
        } else {
            double d = r.upper > r.lower ? (r.upper - r.lower) * 0.05 : 0.5;
            axis.setRange(new Range(r.lower - d, r.upper + d));
        }
    }

    private void drawBeeswarm(Beeswarm b) {
        int n = Math.max(1, b.groups().size());
        var area = chart.getPlotArea().getControl().getSize();
        double[] values = b.points().stream().mapToDouble(Beeswarm.Point::value).toArray();
        double lo = java.util.Arrays.stream(values).min().orElse(0);
        double hi = java.util.Arrays.stream(values).max().orElse(1);
        if (b.settings().violins()) {
            for (Beeswarm.Violin v : b.violins()) {
                for (double y : v.values()) {
                    lo = Math.min(lo, y);
                    hi = Math.max(hi, y);
                }
            }
        }
        double pad = Math.max((hi - lo) * 0.08, 1e-9);
        double yppu = Math.max(1, area.y) / (hi - lo + 2 * pad);
        double xppu = Math.max(1, area.x) / (double) n;
        double toX = yppu / xppu;
        for (int g = 0; g < b.groups().size(); g++) {
            final int group = g;
            List<Beeswarm.Point> pts = b.points().stream().filter(p -> p.group() == group).toList();
            double[] x = pts.stream().mapToDouble(p -> group + p.offset() * toX).toArray();
            double[] y = pts.stream().mapToDouble(Beeswarm.Point::value).toArray();
            int rgb = org.fluorite.plot.Colormap.categorical(g);
            if (b.settings().violins()) {
                Beeswarm.Violin v = b.violins().get(g);
                double peak = java.util.Arrays.stream(v.density()).max().orElse(0);
                if (peak > 0) {
                    int m = v.values().length;
                    double[] vx = new double[2 * m + 1];
                    double[] vy = new double[2 * m + 1];
                    for (int i = 0; i < m; i++) {
                        vx[i] = g + v.density()[i] / peak * 0.4;
                        vy[i] = v.values()[i];
                        vx[2 * m - 1 - i] = g - v.density()[i] / peak * 0.4;
                        vy[2 * m - 1 - i] = v.values()[i];
                    }
                    vx[2 * m] = vx[0];
                    vy[2 * m] = vy[0];
                    line("violin " + b.groups().get(g), vx, vy, rgb);
                }
            }
            ILineSeries<?> s = line(b.groups().get(g), x, y, rgb);
            s.setLineStyle(LineStyle.NONE);
            s.setSymbolType(PlotSymbolType.CIRCLE);
            s.setSymbolSize(Math.max(1, (int) Math.round(b.diameter() * yppu / 2)));
            pickables.add(new Pickable(x, y, pts.stream().map(Beeswarm.Point::ref).toArray(DataRef[]::new)));
        }
        chart.getLegend().setVisible(false);
        xAxis().getTick().setFormat(new GroupFormat(b.groups()));
        xAxis().setRange(new Range(-0.5, n - 0.5));
        yAxis().setRange(new Range(lo - pad, hi + pad));
        xAxis().getTitle().setText(b.settings().groupColumn());
        yAxis().getTitle().setText(b.settings().valueColumn());
    }

    private void drawBars(Proportions p) {
        for (int j = 0; j < p.yLevels().size(); j++) {
            double[] y = new double[p.xLevels().size()];
            for (int i = 0; i < y.length; i++) {
                y[i] = p.value(i, j);
            }
            IBarSeries<?> s = (IBarSeries<?>) chart.getSeriesSet().createSeries(SeriesType.BAR, p.yLevels().get(j) + "#" + j);
            s.setDescription(p.yLevels().get(j));
            s.setYSeries(y);
            s.setBarColor(Colors.of(org.fluorite.plot.Colormap.categorical(j)));
            s.enableStack(true);
        }
        xAxis().enableCategory(true);
        xAxis().setCategorySeries(p.xLevels().toArray(String[]::new));
        xAxis().getTitle().setText(p.settings().swapXY() ? p.settings().yColumn() : p.settings().xColumn());
        yAxis().getTitle().setText(p.settings().percentages() ? "%" : "count");
        chart.getAxisSet().adjustRange();
        yAxis().setRange(new Range(0, Math.max(1e-9, p.maxBar()) * 1.05));
    }
}
