package org.fluorite.roi;

/**
 * A set of pixels with a weight each: the spatial footprints of source extraction (CaImAn's
 * columns of A, suite2p's xpix/ypix/lam) and masks drawn by hand (weight 1).
 *
 * @param xs      pixel columns
 * @param ys      pixel rows
 * @param weights weight of each pixel (same length)
 */
public record MaskRoi(RoiProperties properties, int[] xs, int[] ys, float[] weights) implements Roi {

    public MaskRoi {
        if (xs.length != ys.length || xs.length != weights.length) {
            throw new IllegalArgumentException("A mask needs as many x, y and weights (" + xs.length + ", " + ys.length + ", "
                    + weights.length + ")");
        }
        xs = xs.clone();
        ys = ys.clone();
        weights = weights.clone();
    }

    public int pixelCount() {
        return xs.length;
    }

    @Override
    public int[] xs() {
        return xs.clone();
    }

    @Override
    public int[] ys() {
        return ys.clone();
    }

    @Override
    public float[] weights() {
        return weights.clone();
    }

    @Override
    public String type() {
        return "mask";
    }

    @Override
    public Bounds bounds() {
        if (xs.length == 0) {
            return new Bounds(0, 0, 0, 0);
        }
        int minX = Integer.MAX_VALUE;
        int minY = Integer.MAX_VALUE;
        int maxX = Integer.MIN_VALUE;
        int maxY = Integer.MIN_VALUE;
        for (int i = 0; i < xs.length; i++) {
            minX = Math.min(minX, xs[i]);
            maxX = Math.max(maxX, xs[i]);
            minY = Math.min(minY, ys[i]);
            maxY = Math.max(maxY, ys[i]);
        }
        return new Bounds(minX, minY, maxX - minX + 1, maxY - minY + 1);
    }

    /** Equal when properties, pixels and weights are equal (arrays compared by content). */
    @Override
    public boolean equals(Object o) {
        return o instanceof MaskRoi m && m.properties.equals(properties) && java.util.Arrays.equals(m.xs, xs)
                && java.util.Arrays.equals(m.ys, ys) && java.util.Arrays.equals(m.weights, weights);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(properties, java.util.Arrays.hashCode(xs), java.util.Arrays.hashCode(ys));
    }

    @Override
    public String toString() {
        return "MaskRoi[" + properties.name() + ", " + xs.length + " pixels]";
    }
}
