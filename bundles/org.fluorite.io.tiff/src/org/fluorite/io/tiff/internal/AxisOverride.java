package org.fluorite.io.tiff.internal;

import java.util.Locale;

/**
 * An axis order given by the user for the stored planes, in Mesmerize's style: lower-case letters
 * such as "txy", "tzxy", "xy" or "tzcxy", slowest first; x and y may come in either order (the
 * planes are always rows of pixels). The letters other than x and y rename the plane axes the
 * file's own layout found, keeping their lengths; a single letter may also stand for all pages.
 */
public final class AxisOverride {

    private AxisOverride() {
    }

    /**
     * The plane axes named by {@code spec}, upper case, slowest first (e.g. "TZ" for "tzxy").
     *
     * @throws IllegalArgumentException with a sentence for the user when the text is not an axis order
     */
    public static String planeAxes(String spec) {
        String s = spec.trim().toLowerCase(Locale.ROOT);
        if (s.chars().filter(c -> c == 'x').count() != 1 || s.chars().filter(c -> c == 'y').count() != 1) {
            throw new IllegalArgumentException("the axis order '" + spec + "' must name x and y once each");
        }
        StringBuilder out = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c == 'x' || c == 'y') {
                continue;
            }
            if ("tzc".indexOf(c) < 0) {
                throw new IllegalArgumentException("the axis order '" + spec + "' uses '" + c + "'; use t, z, c, x and y");
            }
            if (out.indexOf(String.valueOf(Character.toUpperCase(c))) >= 0) {
                throw new IllegalArgumentException("the axis order '" + spec + "' names '" + c + "' twice");
            }
            out.append(Character.toUpperCase(c));
        }
        if (s.indexOf('x') < s.length() - 2 || s.indexOf('y') < s.length() - 2) {
            throw new IllegalArgumentException("the axis order '" + spec + "' must end in x and y");
        }
        return out.toString();
    }

    /**
     * Lengths of {@code axes} for a file whose own layout has plane axes {@code fileAxes} with
     * {@code fileLengths}.
     *
     * @throws IllegalArgumentException when the override cannot describe the stored planes
     */
    public static long[] lengths(String spec, String axes, String fileAxes, long[] fileLengths, long planes) {
        if (axes.length() == fileAxes.length()) {
            return fileLengths.clone();
        }
        if (axes.length() == 1) {
            return new long[] {planes};
        }
        if (axes.isEmpty()) {
            throw new IllegalArgumentException("the axis order '" + spec + "' describes a single plane, but the file holds "
                    + planes + " planes");
        }
        throw new IllegalArgumentException("the axis order '" + spec + "' has " + axes.length() + " plane axes but the file's "
                + planes + " planes are laid out as " + (fileAxes.isEmpty() ? "a single plane" : fileAxes + " " + java.util.Arrays
                        .toString(fileLengths)) + "; Fluorite cannot tell how long each of " + axes + " is");
    }
}
