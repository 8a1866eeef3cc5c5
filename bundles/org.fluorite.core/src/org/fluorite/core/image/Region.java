package org.fluorite.core.image;

/**
 * A rectangle of pixels inside a plane: columns {@code x .. x+width-1}, rows {@code y .. y+height-1}.
 */
public record Region(int x, int y, int width, int height) {

    public Region {
        if (x < 0 || y < 0 || width < 0 || height < 0) {
            throw new IllegalArgumentException("Region must not be negative: " + x + "," + y + " " + width + "x" + height);
        }
    }

    public static Region full(int width, int height) {
        return new Region(0, 0, width, height);
    }

    /** True when this region lies inside a plane of the given size. */
    public boolean fitsIn(int planeWidth, int planeHeight) {
        return (long) x + width <= planeWidth && (long) y + height <= planeHeight;
    }

    public long pixelCount() {
        return (long) width * height;
    }
}
