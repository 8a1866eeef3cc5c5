package org.fluorite.plot.ui.parts;

/** Event broker topics of the plot parts. */
public final class PlotTopics {

    /**
     * A mark of a plot was clicked (data: {@link Datapoint}); the Datapoint Tracer follows it.
     */
    public static final String DATAPOINT = "fluorite/plot/datapoint";

    private PlotTopics() {
    }
}
