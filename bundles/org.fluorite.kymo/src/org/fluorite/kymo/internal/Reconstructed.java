package org.fluorite.kymo.internal;

import java.util.List;

/**
 * A kymograph reconstructed from photon counts: per colour an image of {@code pixelsPerLine} rows
 * by {@code lines} columns, stored row by row ({@code [pixel * lines + line]}), and the mean
 * timestamp of the samples of each pixel in the same layout.
 *
 * @param images           red, green and blue photon counts per pixel
 * @param timestampsNs     mean sample time of each pixel, ns since the epoch (0 in padding)
 * @param lineStartNs      time of the first sample of each line's first pixel
 * @param lineStopNs       one sample interval after the last sample of each line
 * @param lineTimeSeconds  time between the starts of successive lines, dead time included
 * @param pixelTimeSeconds dwell time of one pixel
 * @param warnings         problems met that did not stop the reconstruction
 */
public record Reconstructed(int pixelsPerLine, int lines, double[][] images, long[] timestampsNs, long[] lineStartNs,
        long[] lineStopNs, double lineTimeSeconds, double pixelTimeSeconds, List<String> warnings) {
}
