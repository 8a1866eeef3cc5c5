package org.fluorite.plot;

import java.util.Locale;

/** A minimal SVG 1.1 document builder; every mark method appends one element. */
public final class Svg {

    private final StringBuilder body = new StringBuilder();
    private final int width;
    private final int height;

    /** A document of {@code width} x {@code height} pixels with a white background. */
    public Svg(int width, int height) {
        this.width = width;
        this.height = height;
        body.append(String.format(Locale.ROOT, "<rect x=\"0\" y=\"0\" width=\"%d\" height=\"%d\" fill=\"#ffffff\"/>\n",
                width, height));
    }

    /** A filled circle marking a data point (class "mark"). */
    public Svg circle(double cx, double cy, double r, int rgb, String title) {
        body.append(String.format(Locale.ROOT, "<circle class=\"mark\" cx=\"%.2f\" cy=\"%.2f\" r=\"%.2f\" fill=\"%s\">",
                cx, cy, r, Colormap.hex(rgb))).append(titleOf(title)).append("</circle>\n");
        return this;
    }

    /** A filled polygon marking a data point (class "mark"), for non-circle shapes. */
    public Svg polygonMark(double[] xs, double[] ys, int rgb, String title) {
        body.append("<polygon class=\"mark\" points=\"").append(points(xs, ys)).append("\" fill=\"")
                .append(Colormap.hex(rgb)).append("\">").append(titleOf(title)).append("</polygon>\n");
        return this;
    }

    /** A rectangle; {@code cssClass} "mark" for data marks, anything else for decoration. */
    public Svg rect(double x, double y, double w, double h, int rgb, String cssClass, String title) {
        body.append(String.format(Locale.ROOT,
                "<rect class=\"%s\" x=\"%.2f\" y=\"%.2f\" width=\"%.2f\" height=\"%.2f\" fill=\"%s\">", cssClass, x, y,
                w, h, Colormap.hex(rgb))).append(titleOf(title)).append("</rect>\n");
        return this;
    }

    /** A polyline; {@code cssClass} "mark" when it draws one data row (a curve). */
    public Svg polyline(double[] xs, double[] ys, int rgb, double strokeWidth, String cssClass, String title) {
        body.append("<polyline class=\"").append(cssClass).append("\" fill=\"none\" stroke=\"").append(Colormap.hex(rgb))
                .append(String.format(Locale.ROOT, "\" stroke-width=\"%.2f\" points=\"", strokeWidth))
                .append(points(xs, ys)).append("\">").append(titleOf(title)).append("</polyline>\n");
        return this;
    }

    /** A filled closed outline (violins), not a data mark. */
    public Svg area(double[] xs, double[] ys, int rgb, double opacity) {
        body.append("<polygon class=\"area\" points=\"").append(points(xs, ys)).append("\" fill=\"").append(Colormap.hex(rgb))
                .append(String.format(Locale.ROOT, "\" fill-opacity=\"%.2f\" stroke=\"%s\"/>\n", opacity, Colormap.hex(rgb)));
        return this;
    }

    /** A PNG image (bytes) stretched over the rectangle without smoothing (class "cells"). */
    public Svg image(double x, double y, double w, double h, byte[] png) {
        body.append(String.format(Locale.ROOT,
                "<image class=\"cells\" x=\"%.2f\" y=\"%.2f\" width=\"%.2f\" height=\"%.2f\" preserveAspectRatio=\"none\" "
                        + "style=\"image-rendering:pixelated\" href=\"data:image/png;base64,", x, y, w, h))
                .append(java.util.Base64.getEncoder().encodeToString(png)).append("\"/>\n");
        return this;
    }

    /** A straight line (axes, ticks). */
    public Svg line(double x1, double y1, double x2, double y2) {
        body.append(String.format(Locale.ROOT,
                "<line class=\"axis\" x1=\"%.2f\" y1=\"%.2f\" x2=\"%.2f\" y2=\"%.2f\" stroke=\"#000000\"/>\n", x1, y1, x2, y2));
        return this;
    }

    /** Text; {@code anchor} is "start", "middle" or "end". */
    public Svg text(double x, double y, String text, String anchor) {
        body.append(String.format(Locale.ROOT,
                "<text x=\"%.2f\" y=\"%.2f\" font-family=\"sans-serif\" font-size=\"11\" text-anchor=\"%s\">", x, y, anchor))
                .append(escape(text)).append("</text>\n");
        return this;
    }

    /** The finished document. */
    @Override
    public String toString() {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + String.format(Locale.ROOT,
                        "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\">\n",
                        width, height, width, height)
                + body + "</svg>\n";
    }

    private static String points(double[] xs, double[] ys) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < xs.length; i++) {
            if (Double.isFinite(xs[i]) && Double.isFinite(ys[i])) {
                b.append(String.format(Locale.ROOT, "%.2f,%.2f ", xs[i], ys[i]));
            }
        }
        return b.toString().trim();
    }

    private static String titleOf(String title) {
        return title == null ? "" : "<title>" + escape(title) + "</title>";
    }

    /** Text with XML's special characters escaped. */
    public static String escape(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                default -> b.append(c < 0x20 && c != '\n' && c != '\t' ? ' ' : c);
            }
        }
        return b.toString();
    }
}
