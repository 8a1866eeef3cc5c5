package org.fluorite.plot;

import java.util.ArrayList;
import java.util.List;

import org.fluorite.flow.Transmission;

/**
 * Counts of one category within another: for each X category (bars or heatmap rows), how many
 * Transmission rows have each counted category; as percentages of the X category's rows when
 * asked. Swapping exchanges the two columns.
 */
public final class Proportions implements PlotModel {

    private final Transmission source;
    private final PlotSettings.Proportions settings;
    private final List<String> xLevels;
    private final List<String> yLevels;
    private final long[][] counts;
    private final List<List<Integer>> rowsOfX = new ArrayList<>();
    private final List<DataRef> marks = new ArrayList<>();

    private Proportions(Transmission t, PlotSettings.Proportions s) {
        source = t;
        settings = s;
        String xc = s.swapXY() ? s.yColumn() : s.xColumn();
        String yc = s.swapXY() ? s.xColumn() : s.yColumn();
        Categories x = Categories.of(t, xc);
        Categories y = Categories.of(t, yc);
        xLevels = x.levels();
        yLevels = y.levels();
        counts = new long[xLevels.size()][yLevels.size()];
        for (int i = 0; i < xLevels.size(); i++) {
            rowsOfX.add(new ArrayList<>());
        }
        for (int r = 0; r < t.rowCount(); r++) {
            counts[x.levelOf(r)][y.levelOf(r)]++;
            rowsOfX.get(x.levelOf(r)).add(r);
        }
        for (int i = 0; i < xLevels.size(); i++) {
            for (int j = 0; j < yLevels.size(); j++) {
                if (counts[i][j] > 0) {
                    int first = -1;
                    for (int r : rowsOfX.get(i)) {
                        if (y.levelOf(r) == j) {
                            first = r;
                            break;
                        }
                    }
                    marks.add(DataRef.of(t, first));
                }
            }
        }
    }

    public static Proportions of(Transmission t, PlotSettings.Proportions s) {
        return new Proportions(t, s);
    }

    @Override
    public PlotKind kind() {
        return PlotKind.PROPORTIONS;
    }

    @Override
    public Transmission source() {
        return source;
    }

    @Override
    public PlotSettings.Proportions settings() {
        return settings;
    }

    /** The X categories (after swapping). */
    public List<String> xLevels() {
        return xLevels;
    }

    /** The counted categories (after swapping). */
    public List<String> yLevels() {
        return yLevels;
    }

    /** Number of rows with X category {@code i} and counted category {@code j}. */
    public long count(int i, int j) {
        return counts[i][j];
    }

    /** The value drawn: the count, or its percentage of X category {@code i}'s rows. */
    public double value(int i, int j) {
        if (!settings.percentages()) {
            return counts[i][j];
        }
        long total = 0;
        for (long c : counts[i]) {
            total += c;
        }
        return total == 0 ? 0 : 100.0 * counts[i][j] / total;
    }

    /** Transmission rows of X category {@code i}. */
    public List<Integer> rowsOf(int i) {
        return List.copyOf(rowsOfX.get(i));
    }

    /** One entry per non-empty cell (bar segment or heatmap cell): the first row of that cell. */
    @Override
    public List<DataRef> marks() {
        return List.copyOf(marks);
    }

    /** The table drawn: one line per X category, one column per counted category. */
    @Override
    public String toCsv() {
        List<Object> header = new ArrayList<>();
        header.add(settings.swapXY() ? settings.yColumn() : settings.xColumn());
        header.addAll(yLevels);
        Csv csv = new Csv().row(header);
        for (int i = 0; i < xLevels.size(); i++) {
            List<Object> cells = new ArrayList<>();
            cells.add(xLevels.get(i));
            for (int j = 0; j < yLevels.size(); j++) {
                cells.add(settings.percentages() ? (Object) value(i, j) : (Object) counts[i][j]);
            }
            csv.row(cells);
        }
        return csv.toString();
    }

    /** Largest bar height (sum of a bar's segments). */
    public double maxBar() {
        double m = 0;
        for (int i = 0; i < xLevels.size(); i++) {
            double s = 0;
            for (int j = 0; j < yLevels.size(); j++) {
                s += value(i, j);
            }
            m = Math.max(m, s);
        }
        return m;
    }

    @Override
    public String toSvg(int width, int height) {
        Svg svg = new Svg(width, height);
        double plotW = width - Frames.LEFT - Frames.RIGHT;
        double plotH = height - Frames.TOP - Frames.BOTTOM;
        int nx = Math.max(1, xLevels.size());
        if (settings.heatmap()) {
            double max = 0;
            for (int i = 0; i < xLevels.size(); i++) {
                for (int j = 0; j < yLevels.size(); j++) {
                    max = Math.max(max, value(i, j));
                }
            }
            Colormap map = Colormap.byName("viridis");
            double cw = plotW / Math.max(1, yLevels.size());
            double ch = plotH / nx;
            for (int i = 0; i < xLevels.size(); i++) {
                svg.text(Frames.LEFT - 4, Frames.TOP + (i + 0.5) * ch + 4, xLevels.get(i), "end");
                for (int j = 0; j < yLevels.size(); j++) {
                    if (counts[i][j] > 0) {
                        svg.rect(Frames.LEFT + j * cw, Frames.TOP + i * ch, cw, ch, map.rgb(value(i, j), 0, max), "mark",
                                xLevels.get(i) + " / " + yLevels.get(j) + ": " + Scale.label(value(i, j)));
                    }
                }
            }
            for (int j = 0; j < yLevels.size(); j++) {
                svg.text(Frames.LEFT + (j + 0.5) * cw, height - Frames.BOTTOM + 15, yLevels.get(j), "middle");
            }
            return svg.toString();
        }
        Scale ys = new Scale(0, Math.max(1e-9, maxBar()) * 1.05, height - Frames.BOTTOM, Frames.TOP, false);
        Scale xs = new Scale(0, 1, Frames.LEFT, width - Frames.RIGHT, false);
        Frames.axes(svg, xs, ys, header(), settings.percentages() ? "%" : "count", false);
        double bw = plotW / nx;
        for (int i = 0; i < xLevels.size(); i++) {
            double base = 0;
            for (int j = 0; j < yLevels.size(); j++) {
                if (counts[i][j] == 0) {
                    continue;
                }
                double top = base + value(i, j);
                svg.rect(Frames.LEFT + i * bw + bw * 0.15, ys.map(top), bw * 0.7, ys.map(base) - ys.map(top),
                        Colormap.categorical(j), "mark", xLevels.get(i) + " / " + yLevels.get(j) + ": " + Scale.label(value(i, j)));
                base = top;
            }
            svg.text(Frames.LEFT + (i + 0.5) * bw, height - Frames.BOTTOM + 15, xLevels.get(i), "middle");
        }
        Frames.legend(svg, width, yLevels, Colormap::categorical);
        return svg.toString();
    }

    private String header() {
        return settings.swapXY() ? settings.yColumn() : settings.xColumn();
    }
}
