package org.fluorite.smlm.post.render;

/**
 * The area a rendering covers, nm, with the image's top-left corner at ({@code x0Nm}, {@code y0Nm}):
 * pixel (i, j) spans x from {@code x0Nm + i * pixel} to {@code x0Nm + (i + 1) * pixel}, so with
 * {@code x0Nm = 0} the first pixel's centre is at half a pixel, as in ThunderSTORM's and the
 * localizer's coordinates.
 */
public record RenderBounds(double x0Nm, double y0Nm, double widthNm, double heightNm) {

    public RenderBounds {
        if (!Double.isFinite(x0Nm) || !Double.isFinite(y0Nm) || !(widthNm > 0) || !(heightNm > 0)
                || Double.isInfinite(widthNm) || Double.isInfinite(heightNm)) {
            throw new IllegalArgumentException("Render bounds need a finite corner and a positive finite size");
        }
    }

    /**
     * Bounds holding every finite position: from 0 (or the smallest coordinate when negative,
     * rounded down to a whole pixel) to just past the largest.
     */
    public static RenderBounds enclosing(double[] x, double[] y, double pixelNm) {
        return enclosing(x, y, pixelNm, 0);
    }

    /**
     * Bounds holding every finite position with {@code marginNm} to spare on the far sides (and on
     * the near sides where positions are negative), in whole pixels, so that Gaussians drawn near
     * the edge are not cut.
     */
    public static RenderBounds enclosing(double[] x, double[] y, double pixelNm, double marginNm) {
        double minX = 0;
        double minY = 0;
        double maxX = 0;
        double maxY = 0;
        for (int i = 0; i < x.length; i++) {
            if (Double.isFinite(x[i]) && Double.isFinite(y[i])) {
                minX = Math.min(minX, x[i]);
                minY = Math.min(minY, y[i]);
                maxX = Math.max(maxX, x[i]);
                maxY = Math.max(maxY, y[i]);
            }
        }
        if (minX < 0) {
            minX -= marginNm;
        }
        if (minY < 0) {
            minY -= marginNm;
        }
        maxX += marginNm;
        maxY += marginNm;
        double x0 = Math.floor(minX / pixelNm) * pixelNm;
        double y0 = Math.floor(minY / pixelNm) * pixelNm;
        return new RenderBounds(x0, y0, (Math.floor((maxX - x0) / pixelNm) + 1) * pixelNm,
                (Math.floor((maxY - y0) / pixelNm) + 1) * pixelNm);
    }
}
