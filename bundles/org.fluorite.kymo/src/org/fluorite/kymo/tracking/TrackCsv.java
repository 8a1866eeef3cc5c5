package org.fluorite.kymo.tracking;

import java.io.BufferedWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.fluorite.io.ImportException;
import org.fluorite.kymo.KymoChannel;
import org.fluorite.kymo.Kymograph;

/**
 * Tracks in pylake's CSV format (';'-separated, header lines starting with "# "). Writes version 4
 * (a version line, then track index, time (pixels), coordinate (pixels), time (seconds),
 * position (unit), optionally counts (summed over N pixels), minimum observable duration
 * (seconds)); reads versions 0 to 4 with pylake's checks and warnings.
 */
public final class TrackCsv {

    /** The version line Fluorite writes: pylake's reader recognises it. */
    public static final String VERSION_LINE = "# Exported with pylake v1.2.0 | track coordinates v4 (written by Fluorite)";
    public static final String TIME_PIXELS = "time (pixels)";
    public static final String COORDINATE_PIXELS = "coordinate (pixels)";
    static final String MIN_DURATION = "minimum observable duration (seconds)";
    static final String MIN_LENGTH_V3 = "minimum_length (-)";
    static final String V3_WARNING = "This CSV file is from a version in which the minimum observable track duration was incorrectly "
            + "rounded to an integer. This may result in errors in certain analyses. To remedy this error, use filter_tracks on the "
            + "tracks with the desired minimum track length and save them again.";
    static final String COUNTS_WARNING = "Photon counts do not match the photon counts found in the file. It is possible that the "
            + "loaded kymo or channel doesn't match the one used to create this file. Note that if you processed (e.g. sliced, "
            + "cropped, flipped or downsampled) the kymograph prior to tracking, you will have to make sure that you crop the "
            + "kymograph you supply to this function in the same way.";
    static final String NON_INTEGER_TIME = "File contains non-integer time indices; round-off errors may have occurred when loading "
            + "the data";
    private static final Pattern VERSION = Pattern.compile("Exported with pylake v([\\d.]*) \\| track coordinates v(\\d)");
    private static final Pattern SUMMED = Pattern.compile("over (\\d*) pixels");

    /**
     * What a track file held.
     *
     * @param tracks        the tracks, in the calibration given to {@link #read}
     * @param pylakeVersion version in the version line, null for files without one (versions 0, 1)
     * @param csvVersion    track coordinates version (1 for files without a version line)
     * @param columns       the columns of the header, as written
     * @param warnings      pylake's warnings for this file
     */
    public record Result(TrackGroup tracks, String pylakeVersion, int csvVersion, List<String> columns, List<String> warnings) {
    }

    private TrackCsv() {
    }

    /**
     * Writes tracks. With a kymograph and {@code samplingWidth >= 0}, adds the photons summed over
     * {@code 2 samplingWidth + 1} pixels around each point of {@code colour}.
     */
    public static void write(TrackGroup group, Path file, Kymograph kymo, KymoChannel colour, int samplingWidth) throws IOException {
        TrackCalibration c = group.calibration();
        boolean counts = kymo != null && samplingWidth >= 0;
        boolean minimum = group.tracks().stream().noneMatch(t -> Double.isNaN(t.minimumObservableSeconds()));
        List<String> header = new ArrayList<>(List.of("track index", TIME_PIXELS, COORDINATE_PIXELS, "time (seconds)",
                "position (" + c.unit().label() + ")"));
        if (counts) {
            header.add("counts (summed over " + (2 * samplingWidth + 1) + " pixels)");
        }
        if (minimum) {
            header.add(MIN_DURATION);
        }
        double[] image = counts ? kymo.data(colour) : null;
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(VERSION_LINE + "\n# " + String.join(";", header) + "\n");
            for (int k = 0; k < group.size(); k++) {
                Track t = group.get(k);
                int[] time = t.timeIdx();
                double[] x = t.coordinateIdx();
                for (int i = 0; i < t.size(); i++) {
                    StringBuilder sb = new StringBuilder().append(k).append(';').append(e(time[i], 18)).append(';').append(e(x[i], 18))
                            .append(';').append(e(time[i] * c.lineTimeSeconds(), 18)).append(';').append(e(x[i] * c.pixelSize(), 18));
                    if (counts) {
                        sb.append(';').append((long) GreedyTracker.sample(image, kymo.pixelsPerLine(), kymo.lines(), time[i], x[i],
                                samplingWidth));
                    }
                    if (minimum) {
                        sb.append(';').append(e(t.minimumObservableSeconds(), 6));
                    }
                    w.write(sb.append('\n').toString());
                }
            }
        }
    }

    /** A number as numpy's "%.{digits}e" prints it (exact decimal expansion, correctly rounded). */
    static String e(double v, int digits) {
        if (Double.isNaN(v)) {
            return "nan";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "inf" : "-inf";
        }
        BigDecimal b = new BigDecimal(v).round(new MathContext(digits + 1, RoundingMode.HALF_EVEN));
        return String.format(Locale.ROOT, "%." + digits + "e", b);
    }

    /**
     * Reads a track file. Positions become positions in {@code calibration}; with a kymograph the
     * photon counts in the file are compared with the image, as pylake does.
     *
     * @throws ImportException naming the file, with pylake's "Invalid file format..." messages
     */
    public static Result read(Path file, TrackCalibration calibration, Kymograph kymo, KymoChannel colour) throws IOException {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new ImportException(file, "Invalid file format. Expected a ';'-separated UTF-8 text file (" + e + ")");
        }
        List<String> warnings = new ArrayList<>();
        String first = lines.isEmpty() ? "" : lines.get(0);
        Matcher version = VERSION.matcher(first);
        String pylakeVersion = null;
        int csvVersion = 1;
        int headerLine = 0;
        if (version.find()) {
            pylakeVersion = version.group(1);
            csvVersion = Integer.parseInt(version.group(2));
            headerLine = 1;
        }
        if (lines.size() <= headerLine) {
            throw new ImportException(file, "Invalid file format. The file holds no header line");
        }
        List<String> header = List.of(lines.get(headerLine).stripTrailing().split(";", -1));
        List<double[]> rows = rows(file, lines);
        Set<String> mandatory = Set.of(TIME_PIXELS, COORDINATE_PIXELS);
        if (!header.containsAll(mandatory)) {
            Set<String> rest = new LinkedHashSet<>(header);
            rest.removeAll(mandatory);
            throw new ImportException(file, "Invalid file format. Missing field(s): " + String.join(", ", rest));
        }
        Map<String, Integer> col = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            col.putIfAbsent(header.get(i), i);
        }
        if (!rows.isEmpty() && rows.get(0).length < header.size()) {
            throw new ImportException(file, "Invalid file format: the header names " + header.size() + " columns, the rows hold "
                    + rows.get(0).length);
        }
        TreeMap<Double, List<double[]>> byTrack = new TreeMap<>();
        for (double[] r : rows) {
            byTrack.computeIfAbsent(r[0], k -> new ArrayList<>()).add(r);
        }
        String minField = csvVersion == 3 ? MIN_LENGTH_V3 : MIN_DURATION;
        if (csvVersion == 3) {
            warnings.add(V3_WARNING);
        }
        String countField = header.stream().filter(h -> h.contains("counts")).findFirst().orElse(null);
        int samplingWidth = -1;
        if (countField != null) {
            Matcher m = SUMMED.matcher(countField);
            if (m.find() && !m.group(1).isEmpty()) {
                samplingWidth = Integer.parseInt(m.group(1));
            }
        }
        List<Track> tracks = new ArrayList<>();
        boolean nonInteger = false;
        String mismatch = null;
        for (List<double[]> points : byTrack.values()) {
            int n = points.size();
            int[] t = new int[n];
            double[] x = new double[n];
            double[] counts = countField == null ? null : new double[n];
            for (int i = 0; i < n; i++) {
                double time = points.get(i)[col.get(TIME_PIXELS)];
                nonInteger |= Math.floor(time) != time;
                t[i] = (int) time;
                x[i] = points.get(i)[col.get(COORDINATE_PIXELS)];
                if (counts != null) {
                    counts[i] = points.get(i)[col.get(countField)];
                }
            }
            double min = col.containsKey(minField) ? points.get(0)[col.get(minField)] : Double.NaN;
            Track track;
            try {
                track = new Track(t, x, counts, min);
            } catch (IllegalArgumentException e) {
                throw new ImportException(file, "Invalid file format: " + e.getMessage());
            }
            tracks.add(track);
            if (kymo != null && samplingWidth > 0 && counts != null && mismatch == null) {
                mismatch = checkCounts(file, track, kymo, colour, (samplingWidth - 1) / 2);
            }
        }
        if (nonInteger) {
            warnings.add(0, NON_INTEGER_TIME);
        }
        if (mismatch != null) {
            warnings.add(mismatch);
        }
        return new Result(new TrackGroup(tracks, calibration), pylakeVersion, csvVersion, header, warnings);
    }

    private static String checkCounts(Path file, Track track, Kymograph kymo, KymoChannel colour, int width) throws ImportException {
        double[] image = kymo.data(colour);
        int[] t = track.timeIdx();
        double[] x = track.coordinateIdx();
        double[] counts = track.photonCounts();
        for (int i = 0; i < t.length; i++) {
            if (t[i] < 0 || t[i] >= kymo.lines() || Math.round(x[i]) < 0 || Math.round(x[i]) >= kymo.pixelsPerLine()) {
                throw new ImportException(file, "The supplied kymograph is of a different duration or size than the one used to "
                        + "compute these tracks. The kymograph does not match the tracks found in the file.");
            }
            double sampled = GreedyTracker.sample(image, kymo.pixelsPerLine(), kymo.lines(), t[i], x[i], width);
            if (Math.abs(sampled - counts[i]) > 1e-8 + 1e-5 * Math.abs(counts[i])) {
                return COUNTS_WARNING;
            }
        }
        return null;
    }

    private static List<double[]> rows(Path file, List<String> lines) throws ImportException {
        List<double[]> rows = new ArrayList<>();
        int width = -1;
        for (String line : lines) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            String[] cells = line.split(";", -1);
            if (width >= 0 && cells.length != width) {
                throw new ImportException(file, "Invalid file format: the number of columns changed from " + width + " to "
                        + cells.length + " at row " + rows.size());
            }
            width = cells.length;
            double[] r = new double[cells.length];
            for (int c = 0; c < cells.length; c++) {
                try {
                    r[c] = Double.parseDouble(cells[c].trim());
                    if (Double.isNaN(r[c]) && c < 3) {
                        throw new NumberFormatException();
                    }
                } catch (NumberFormatException e) {
                    throw new ImportException(file, "Invalid file format: could not convert string '" + cells[c]
                            + "' to float64 at row " + rows.size() + ", column " + (c + 1) + ".");
                }
            }
            rows.add(r);
        }
        return rows;
    }
}
