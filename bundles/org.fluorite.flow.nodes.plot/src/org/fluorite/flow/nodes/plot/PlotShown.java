package org.fluorite.flow.nodes.plot;

import org.fluorite.plot.PlotDocument;

/**
 * What a plot node announces when it ran: the node ({@code nodeName}, e.g. "Heatmap.0") and its
 * plot. The workbench shows one plot part per node and refreshes it on every run.
 */
public record PlotShown(String nodeName, PlotDocument plot) {

    /** Event topic of the announcement (OSGi EventAdmin; the e4 event broker delivers it to parts). */
    public static final String TOPIC = "fluorite/plot/node";
    /** Event property holding the {@link PlotShown} (the e4 event broker's data property). */
    public static final String DATA = "org.eclipse.e4.data";
}
