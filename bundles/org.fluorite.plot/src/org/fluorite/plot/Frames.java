package org.fluorite.plot;

/** Axes, labels and legends drawn into an {@link Svg}; shared by the plot kinds. */
final class Frames {

    static final int LEFT = 60;
    static final int RIGHT = 130;
    static final int TOP = 20;
    static final int BOTTOM = 40;

    private Frames() {
    }

    static void axes(Svg svg, Scale x, Scale y, String xLabel, String yLabel, boolean xTicks) {
        double x0 = Math.min(x.from(), x.to());
        double x1 = Math.max(x.from(), x.to());
        double y0 = Math.max(y.from(), y.to());
        double y1 = Math.min(y.from(), y.to());
        svg.line(x0, y0, x1, y0).line(x0, y0, x0, y1);
        if (xTicks) {
            for (double t : x.ticks()) {
                double px = x.map(t);
                svg.line(px, y0, px, y0 + 4).text(px, y0 + 15, Scale.label(t), "middle");
            }
        }
        for (double t : y.ticks()) {
            double py = y.map(t);
            svg.line(x0 - 4, py, x0, py).text(x0 - 6, py + 4, Scale.label(t), "end");
        }
        svg.text((x0 + x1) / 2, y0 + 32, xLabel, "middle");
        svg.text(4, y1 - 6, yLabel, "start");
    }

    static void legend(Svg svg, int width, java.util.List<String> labels, java.util.function.IntUnaryOperator colour) {
        for (int i = 0; i < labels.size() && i < 40; i++) {
            double y = TOP + 14 * i;
            svg.rect(width - RIGHT + 10, y, 10, 10, colour.applyAsInt(i), "legend", null);
            svg.text(width - RIGHT + 24, y + 9, labels.get(i), "start");
        }
    }
}
