package org.fluorite.kymo.internal;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.fluorite.io.ImportException;
import org.fluorite.io.bluelake.BluelakeFile;
import org.fluorite.io.bluelake.Channel;

/**
 * Rebuilds a kymograph from a Bluelake file's photon counts and info wave in one pass over the
 * samples between a start and a stop time, read in blocks of {@link #BLOCK} samples: a pixel is the
 * sum of the used samples (info wave 1) up to and including the one marked as the pixel's end
 * (info wave 2); discarded samples (0) are dropped. Pixels fill lines of {@code pixelsPerLine}; an
 * unfinished last line is padded with zeros, as pylake does.
 */
public final class Reconstruction {

    /** Samples per block read. */
    static final int BLOCK = 1 << 20;
    /** Most pixels a kymograph may hold (keeps a damaged file from exhausting memory). */
    public static final int MAX_PIXELS = 1 << 26;
    private static final String[] COLOURS = {"Red", "Green", "Blue"};

    private Reconstruction() {
    }

    /**
     * Reconstructs the samples from {@code startNs} (inclusive) to {@code stopNs} (exclusive).
     *
     * @param what name of the kymograph, for messages
     * @throws ImportException naming the file when the channels are missing, inconsistent or unreadable
     */
    public static Reconstructed read(BluelakeFile file, String what, long startNs, long stopNs, int pixelsPerLine)
            throws IOException {
        if (pixelsPerLine < 1) {
            throw new ImportException(file.path(), "kymograph '" + what + "' has " + pixelsPerLine + " pixels per line");
        }
        Channel info = file.infoWave().orElseThrow(
                () -> new ImportException(file.path(), "has no 'Info wave' channel to reconstruct kymograph '" + what + "'"));
        List<String> warnings = new ArrayList<>();
        long from = info.indexAt(startNs);
        long to = Math.max(from, info.indexAt(stopNs));
        Map<String, Channel> counts = file.photonCounts();
        Channel[] colour = new Channel[3];
        long[] offset = new long[3];
        for (int c = 0; c < 3; c++) {
            colour[c] = counts.get(COLOURS[c]);
            if (colour[c] == null) {
                continue;
            }
            if (colour[c].sampleRateHz() != info.sampleRateHz()) {
                throw new ImportException(file.path(), colour[c].path() + " is sampled at " + colour[c].sampleRateHz()
                        + " Hz, the info wave at " + info.sampleRateHz() + " Hz");
            }
            offset[c] = colour[c].indexAt(info.timeNs(from)) - from;
            long available = colour[c].length() - (from + offset[c]);
            if (available < to - from) {
                warnings.add("kymograph '" + what + "' is truncated: " + colour[c].path() + " ends "
                        + String.format(java.util.Locale.ROOT, "%.2g", (to - from - available) / info.sampleRateHz())
                        + " s before the end of the info wave");
                to = from + Math.max(0, available);
            }
        }
        long dtNs = (long) (1e9 / info.sampleRateHz());
        try (FileChannel fc = FileChannel.open(file.path(), StandardOpenOption.READ)) {
            SampleStream infoStream = new SampleStream(file, info, fc);
            SampleStream[] streams = new SampleStream[3];
            for (int c = 0; c < 3; c++) {
                streams[c] = colour[c] == null ? null : new SampleStream(file, colour[c], fc);
            }
            return pass(file, what, info, infoStream, streams, offset, from, to, dtNs, pixelsPerLine, warnings);
        }
    }

    private static Reconstructed pass(BluelakeFile file, String what, Channel info, SampleStream infoStream, SampleStream[] streams,
            long[] offset, long from, long to, long dtNs, int ppl, List<String> warnings) throws IOException {
        Pixels px = new Pixels((int) Math.max(16, Math.min(1 << 16, (to - from) / 8)));
        byte[] codes = new byte[(int) Math.min(BLOCK, Math.max(1, to - from))];
        int[][] values = new int[3][codes.length];
        long r = 0;
        long g = 0;
        long b = 0;
        long first = -1;
        long indexSum = 0;
        int n = 0;
        long firstUse = -1;
        long firstBoundary = -1;
        long nextLineStart = -1;
        long t0 = info.timeNs(from);
        for (long block = from; block < to; block += BLOCK) {
            int count = (int) Math.min(BLOCK, to - block);
            infoStream.readCodes(block, count, codes);
            for (int c = 0; c < 3; c++) {
                if (streams[c] == null) {
                    Arrays.fill(values[c], 0, count, 0);
                } else {
                    streams[c].readCounts(block + offset[c], count, values[c]);
                }
            }
            int[] red = values[0];
            int[] green = values[1];
            int[] blue = values[2];
            for (int i = 0; i < count; i++) {
                byte code = codes[i];
                if (code == 0) {
                    continue;
                }
                long index = block + i;
                if (n == 0) {
                    first = index;
                    if (firstUse < 0) {
                        firstUse = index;
                    }
                }
                if (firstBoundary >= 0 && nextLineStart < 0 && index >= firstUse + (firstBoundary - firstUse + 1) * ppl) {
                    nextLineStart = index;
                }
                r += red[i] & 0xFFFF_FFFFL;
                g += green[i] & 0xFFFF_FFFFL;
                b += blue[i] & 0xFFFF_FFFFL;
                indexSum += index;
                n++;
                if (code == 2) {
                    if (firstBoundary < 0) {
                        firstBoundary = index;
                    }
                    long mean = t0 + (first - from) * dtNs + Math.floorDiv((indexSum - n * first) * dtNs, n);
                    px.add(r, g, b, mean, t0 + (first - from) * dtNs, t0 + (index - from) * dtNs + dtNs, file, what);
                    r = 0;
                    g = 0;
                    b = 0;
                    n = 0;
                    indexSum = 0;
                }
            }
        }
        if (firstBoundary < 0) {
            throw new ImportException(file.path(), "kymograph '" + what + "' has no completed pixel between its start and stop");
        }
        long pixelSamples = firstBoundary - firstUse + 1;
        long scanSamples = pixelSamples * ppl;
        double lineTime = (nextLineStart < 0 ? scanSamples : nextLineStart - firstUse) * dtNs * 1e-9;
        return px.toKymograph(ppl, lineTime, pixelSamples * dtNs * 1e-9, warnings);
    }

    /** Pixels in acquisition order, growing as they come. */
    private static final class Pixels {
        double[][] v = new double[3][];
        long[] mean;
        long[] begin;
        long[] end;
        int size;

        Pixels(int capacity) {
            for (int c = 0; c < 3; c++) {
                v[c] = new double[capacity];
            }
            mean = new long[capacity];
            begin = new long[capacity];
            end = new long[capacity];
        }

        void add(double r, double g, double b, long meanNs, long beginNs, long endNs, BluelakeFile file, String what)
                throws ImportException {
            if (size == mean.length) {
                if (size >= MAX_PIXELS) {
                    throw new ImportException(file.path(), "kymograph '" + what + "' has more than " + MAX_PIXELS + " pixels");
                }
                int grown = (int) Math.min(MAX_PIXELS, 2L * size);
                for (int c = 0; c < 3; c++) {
                    v[c] = Arrays.copyOf(v[c], grown);
                }
                mean = Arrays.copyOf(mean, grown);
                begin = Arrays.copyOf(begin, grown);
                end = Arrays.copyOf(end, grown);
            }
            v[0][size] = r;
            v[1][size] = g;
            v[2][size] = b;
            mean[size] = meanNs;
            begin[size] = beginNs;
            end[size] = endNs;
            size++;
        }

        Reconstructed toKymograph(int ppl, double lineTime, double pixelTime, List<String> warnings) {
            int lines = (size + ppl - 1) / ppl;
            double[][] images = new double[3][ppl * lines];
            long[] ts = new long[ppl * lines];
            long[] lineStart = new long[lines];
            long[] lineStop = new long[lines];
            for (int k = 0; k < size; k++) {
                int line = k / ppl;
                int p = k - line * ppl;
                int at = p * lines + line;
                images[0][at] = v[0][k];
                images[1][at] = v[1][k];
                images[2][at] = v[2][k];
                ts[at] = mean[k];
                if (p == 0) {
                    lineStart[line] = begin[k];
                }
                lineStop[line] = Math.max(lineStop[line], end[k]);
            }
            return new Reconstructed(ppl, lines, images, ts, lineStart, lineStop, lineTime, pixelTime, List.copyOf(warnings));
        }
    }
}
