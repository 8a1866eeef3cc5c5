package org.fluorite.plot;

import org.fluorite.core.settings.Setting;

/** The settings records of the plot kinds; they drive the generated controls and saved plots. */
public final class PlotSettings {

    private PlotSettings() {
    }

    /** Curves of an array column, coloured by group. */
    public record Simple(
            @Setting(label = "Data column", description = "array column holding one curve per row") String dataColumn,
            @Setting(label = "Group by", description = "categorical column colouring the curves; empty = one colour") String groupColumn,
            @Setting(label = "Time axis in seconds", description = "uses _SAMPLING_RATE when present") boolean seconds) {
        public static final Simple DEFAULT = new Simple("_RAW_CURVE", "", true);
    }

    /** Rows of an array column as coloured lines, ordered by a category. */
    public record Heatmap(
            @Setting(label = "Data column", description = "array column holding one row per Transmission row") String dataColumn,
            @Setting(label = "Sort rows by", description = "categorical column; rows of one category are drawn together") String sortColumn,
            @Setting(label = "Colormap") ColormapName colormap,
            @Setting(label = "Automatic range") boolean autoRange,
            @Setting(label = "Minimum", description = "value drawn with the first colour when the range is not automatic") double min,
            @Setting(label = "Maximum", description = "value drawn with the last colour when the range is not automatic") double max) {
        public static final Heatmap DEFAULT = new Heatmap("_RAW_CURVE", "", ColormapName.VIRIDIS, true, 0, 1);
    }

    /** The colormaps of {@link Colormap#NAMES}, as a choice. */
    public enum ColormapName {
        VIRIDIS, MAGMA, INFERNO, PLASMA, CIVIDIS, GRAY;

        /** The lookup table. */
        public Colormap colormap() {
            return Colormap.byName(name());
        }
    }

    /** One point per row at (x column, y column). */
    public record Scatter(
            @Setting(label = "X column") String xColumn,
            @Setting(label = "Y column") String yColumn,
            @Setting(label = "Colour by", description = "categorical column; empty = one colour") String colourColumn,
            @Setting(label = "Shape by", description = "categorical column; empty = circles") String shapeColumn,
            @Setting(label = "Logarithmic X") boolean logX,
            @Setting(label = "Logarithmic Y") boolean logY,
            @Setting(label = "Marker size", unit = "px", min = 1, max = 50) int markerSize) {
        public static final Scatter DEFAULT = new Scatter("", "", "", "", false, false, 6);
    }

    /** Values of a column per group as a swarm of points, with violins. */
    public record Beeswarm(
            @Setting(label = "Value column") String valueColumn,
            @Setting(label = "Group by", description = "categorical column; empty = one group") String groupColumn,
            @Setting(label = "Marker size", unit = "fraction of the value range", min = 0.001, max = 0.5) double markerFraction,
            @Setting(label = "Violins", description = "Gaussian kernel density, Scott's bandwidth") boolean violins) {
        public static final Beeswarm DEFAULT = new Beeswarm("", "", 0.03, true);
    }

    /** Counts of one category within another. */
    public record Proportions(
            @Setting(label = "X category") String xColumn,
            @Setting(label = "Counted category") String yColumn,
            @Setting(label = "Percentages", description = "per X category (each X sums to 100)") boolean percentages,
            @Setting(label = "Swap X and Y") boolean swapXY,
            @Setting(label = "As heatmap", description = "otherwise stacked bars") boolean heatmap) {
        public static final Proportions DEFAULT = new Proportions("", "", true, false, false);
    }

    /** Default settings of a kind. */
    public static Record defaults(PlotKind kind) {
        return switch (kind) {
            case SIMPLE -> Simple.DEFAULT;
            case HEATMAP -> Heatmap.DEFAULT;
            case SCATTER -> Scatter.DEFAULT;
            case BEESWARM -> Beeswarm.DEFAULT;
            case PROPORTIONS -> Proportions.DEFAULT;
        };
    }
}
