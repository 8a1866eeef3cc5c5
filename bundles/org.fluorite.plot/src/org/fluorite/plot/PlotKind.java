package org.fluorite.plot;

import java.util.Locale;

/** The plot kinds, with stable ids used in saved plots ("plot.heatmap", ...). */
public enum PlotKind {
    SIMPLE("plot.simple", "Simple plot"), HEATMAP("plot.heatmap", "Heatmap"), SCATTER("plot.scatter", "Scatter"),
    BEESWARM("plot.beeswarm", "Beeswarm"), PROPORTIONS("plot.proportions", "Proportions");

    private final String id;
    private final String label;

    PlotKind(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** Stable id, saved in plot files. */
    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    /** The kind with id {@code id} (or its enum name). */
    public static PlotKind byId(String id) {
        for (PlotKind k : values()) {
            if (k.id.equals(id) || k.name().equalsIgnoreCase(id)) {
                return k;
            }
        }
        throw new IllegalArgumentException("Unknown plot kind '" + id + "' (known: plot.simple, plot.heatmap, "
                + "plot.scatter, plot.beeswarm, plot.proportions)".toLowerCase(Locale.ROOT));
    }
}
