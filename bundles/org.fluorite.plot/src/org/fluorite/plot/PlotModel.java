package org.fluorite.plot;

import java.util.List;

import org.fluorite.flow.Transmission;

/**
 * A plot built from a Transmission: what is drawn, and for every drawn mark the Transmission row
 * it comes from ({@link #marks()}), so a click can go back to the data.
 */
public sealed interface PlotModel permits SimplePlot, Heatmap, Scatter, Beeswarm, Proportions {

    PlotKind kind();

    /** The Transmission the plot was built from. */
    Transmission source();

    /** The settings record the plot was built with. */
    Record settings();

    /** The rows behind each drawn data mark, in drawing order (one entry per SVG "mark" element). */
    List<DataRef> marks();

    /** The plotted values as CSV (header line, comma separated, RFC 4180 quoting). */
    String toCsv();

    /** The plot as an SVG document of the given size in pixels. */
    String toSvg(int width, int height);

    /** Builds the model of {@code kind} from {@code t} with {@code settings} of the kind's record type. */
    static PlotModel build(PlotKind kind, Transmission t, Record settings) {
        return switch (kind) {
            case SIMPLE -> SimplePlot.of(t, (PlotSettings.Simple) settings);
            case HEATMAP -> Heatmap.of(t, (PlotSettings.Heatmap) settings);
            case SCATTER -> Scatter.of(t, (PlotSettings.Scatter) settings);
            case BEESWARM -> Beeswarm.of(t, (PlotSettings.Beeswarm) settings);
            case PROPORTIONS -> Proportions.of(t, (PlotSettings.Proportions) settings);
        };
    }
}
