package org.fluorite.smlm.detect;

/**
 * A detected spot before fitting: the pixel of a local maximum of the filtered frame (column
 * {@code x}, row {@code y}, counted from 0 at the top-left), the filtered value there and its
 * signal-to-noise ratio (the filtered value over the filtered noise).
 */
public record Candidate(int x, int y, double value, double snr) {

    /** Centre of the candidate pixel in image pixel coordinates (first pixel's centre at 0.5). */
    public double centreX() {
        return x + 0.5;
    }

    public double centreY() {
        return y + 0.5;
    }
}
