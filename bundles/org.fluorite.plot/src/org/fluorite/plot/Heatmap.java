package org.fluorite.plot;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.fluorite.flow.ColumnType;
import org.fluorite.flow.Transmission;

/**
 * Heatmap of an array column: one line of colours per Transmission row, rows grouped by a
 * category (categories in sorted order, rows of one category in Transmission order), with a row
 * legend giving each category's span of lines.
 */
public final class Heatmap implements PlotModel {

    /** Lines {@code first}..{@code last} (inclusive) belong to {@code label}, legend colour {@code rgb}. */
    public record LegendSpan(String label, int first, int last, int rgb) {
    }

    /** Above this many cells the SVG holds the cells as one embedded PNG instead of a rectangle per cell. */
    public static final long MAX_SVG_CELLS = 100_000;

    private final Transmission source;
    private final PlotSettings.Heatmap settings;
    private final int[] order;
    private final double[][] lines;
    private final List<DataRef> refs = new ArrayList<>();
    private final List<LegendSpan> legend = new ArrayList<>();
    private final Colormap colormap;
    private final double min;
    private final double max;
    private final int columns;

    private Heatmap(Transmission t, PlotSettings.Heatmap s) {
        source = t;
        settings = s;
        colormap = s.colormap().colormap();
        double[][] data = t.frame().require(s.dataColumn(), ColumnType.ARRAY).arrays();
        Categories cats = Categories.of(t, s.sortColumn());
        Integer[] idx = new Integer[t.rowCount()];
        for (int i = 0; i < idx.length; i++) {
            idx[i] = i;
        }
        Arrays.sort(idx, Comparator.<Integer>comparingInt(cats::levelOf).thenComparingInt(i -> i));
        order = Arrays.stream(idx).mapToInt(Integer::intValue).toArray();
        lines = new double[order.length][];
        int width = 0;
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < order.length; k++) {
            double[] a = data[order[k]];
            lines[k] = a == null ? new double[0] : a;
            width = Math.max(width, lines[k].length);
            for (double v : lines[k]) {
                if (Double.isFinite(v)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
            refs.add(DataRef.of(t, order[k]));
        }
        columns = width;
        if (s.autoRange()) {
            min = lo <= hi ? lo : 0;
            max = lo <= hi ? hi : 1;
        } else {
            min = s.min();
            max = s.max();
        }
        int start = 0;
        for (int k = 1; k <= order.length; k++) {
            if (k == order.length || cats.levelOf(order[k]) != cats.levelOf(order[start])) {
                int level = cats.levelOf(order[start]);
                legend.add(new LegendSpan(cats.label(order[start]), start, k - 1, Colormap.categorical(level)));
                start = k;
            }
        }
    }

    /** Builds the heatmap of {@code t}. */
    public static Heatmap of(Transmission t, PlotSettings.Heatmap s) {
        return new Heatmap(t, s);
    }

    @Override
    public PlotKind kind() {
        return PlotKind.HEATMAP;
    }

    @Override
    public Transmission source() {
        return source;
    }

    @Override
    public PlotSettings.Heatmap settings() {
        return settings;
    }

    /** Rows in drawing order (top first); one entry per line of the heatmap. */
    @Override
    public List<DataRef> marks() {
        return List.copyOf(refs);
    }

    /** Transmission row index of line {@code line} (top = 0). */
    public int rowOfLine(int line) {
        return order[line];
    }

    public int lineCount() {
        return lines.length;
    }

    /** Length of the longest row (the heatmap's width in samples). */
    public int columnCount() {
        return columns;
    }

    /** Value at {@code column} of line {@code line}; NaN where the row is shorter. */
    public double value(int line, int column) {
        double[] a = lines[line];
        return column < a.length ? a[column] : Double.NaN;
    }

    /** Colour 0xRRGGBB of the cell. */
    public int rgb(int line, int column) {
        return colormap.rgb(value(line, column), min, max);
    }

    public Colormap colormap() {
        return colormap;
    }

    /** Value drawn with the colormap's first colour. */
    public double min() {
        return min;
    }

    /** Value drawn with the colormap's last colour. */
    public double max() {
        return max;
    }

    /** The categories' line spans, top to bottom. */
    public List<LegendSpan> legend() {
        return List.copyOf(legend);
    }

    /** One CSV line per heatmap line: block, row, category, SampleID, ROI_UUID, then the values. */
    @Override
    public String toCsv() {
        Csv csv = new Csv();
        List<Object> header = new ArrayList<>(List.of("_BLOCK_", "row", "category", "SampleID", "ROI_UUID"));
        for (int c = 0; c < columns; c++) {
            header.add(settings.dataColumn() + "[" + c + "]");
        }
        csv.row(header);
        Categories cats = Categories.of(source, settings.sortColumn());
        for (int k = 0; k < lines.length; k++) {
            DataRef r = refs.get(k);
            List<Object> cells = new ArrayList<>(List.of(String.valueOf(r.block()), r.row(), cats.label(order[k]),
                    r.sampleId() == null ? "" : r.sampleId(), r.roiUuid() == null ? "" : r.roiUuid()));
            for (int c = 0; c < columns; c++) {
                cells.add(value(k, c));
            }
            csv.row(cells);
        }
        return csv.toString();
    }

    /**
     * One "mark" rectangle per line, made of one "cell" rectangle per sample (large heatmaps: one
     * embedded PNG of the cells, see {@link #MAX_SVG_CELLS}); category bar on the left.
     */
    @Override
    public String toSvg(int width, int height) {
        Svg svg = new Svg(width, height);
        double x0 = Frames.LEFT;
        double plotW = width - Frames.LEFT - Frames.RIGHT;
        double plotH = height - Frames.TOP - Frames.BOTTOM;
        double lineH = lines.length == 0 ? 0 : plotH / lines.length;
        double cellW = columns == 0 ? 0 : plotW / columns;
        boolean asImage = (long) lines.length * columns > MAX_SVG_CELLS;
        for (int k = 0; k < lines.length; k++) {
            double y = Frames.TOP + k * lineH;
            svg.rect(x0, y, plotW, lineH, 0xffffff, "mark", "row " + refs.get(k).row());
            for (int c = 0; !asImage && c < lines[k].length; c++) {
                svg.rect(x0 + c * cellW, y, cellW + 0.01, lineH, rgb(k, c), "cell", null);
            }
        }
        if (asImage) {
            svg.image(x0, Frames.TOP, plotW, plotH, HeatmapPng.encode(this));
        }
        for (LegendSpan span : legend) {
            svg.rect(x0 - 12, Frames.TOP + span.first() * lineH, 8, (span.last() - span.first() + 1) * lineH, span.rgb(),
                    "legend", span.label());
        }
        Frames.legend(svg, width, legend.stream().map(LegendSpan::label).toList(), i -> legend.get(i).rgb());
        svg.text(x0 + plotW / 2, height - 10, settings.dataColumn() + " (samples)", "middle");
        return svg.toString();
    }
}
