package org.fluorite.kymo;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fluorite.core.DataObject;
import org.fluorite.core.image.ArrayPlaneSource;
import org.fluorite.core.image.Axis;
import org.fluorite.core.image.Calibration;
import org.fluorite.core.image.Image;
import org.fluorite.core.image.PixelType;
import org.fluorite.core.image.Plane;
import org.fluorite.core.meta.Metadata;
import org.fluorite.core.meta.Operation;
import org.fluorite.core.meta.Provenance;
import org.fluorite.io.bluelake.ScanMetadata;

/**
 * A kymograph of a Bluelake file: per colour an image with one row per pixel along the scanned
 * (fast) axis and one column per scan line, with its timing and position calibration. Immutable:
 * {@link #cropByDistance}, {@link #slice}, {@link #calibrateToKbp} and {@link #downsampledBy} return
 * new kymographs and record what they did in the provenance.
 *
 * <p>Images are small enough to hold in memory (a 2,000-line x 200-pixel kymograph is 3.2 MB per
 * colour); they are built once from the photon counts by {@link KymographFile#open}.
 */
public final class Kymograph implements DataObject {

    /** Refusal of per-pixel timestamps after downsampling in time, in pylake's words. */
    public static final String PIXEL_TIMESTAMPS_REFUSED = "Per pixel timestamps are no longer available after downsampling a "
            + "kymograph in time since they are not well defined (the downsampling occurs over a non contiguous time window). "
            + "Line timestamps are still available however. See: `Kymo.line_time_seconds`.";
    /** Refusal of time slicing after processing, in pylake's words. */
    public static final String SLICING_REFUSED = "Slicing is not implemented for processed kymographs. Please slice prior to "
            + "processing the data.";
    /** Refusal of line time, pixel time, pixel timestamps and images of an empty kymograph, in pylake's words. */
    public static final String NO_PIXELS = "Can't get pixel timestamps if there are no pixels";

    /** Everything a kymograph is made of; copied and changed by the operations. */
    static final class State implements Cloneable {
        String name;
        Path file;
        long startNs;
        long stopNs;
        long timeOriginNs;
        ScanMetadata scan;
        int pixels;
        int lines;
        double[][] images;
        long[] timestampsNs;
        long[] lineStartNs;
        long[] lineStopNs;
        double lineTimeSeconds;
        double pixelTimeSeconds;
        double pixelSizeUm;
        double positionOffsetUm;
        PositionUnit unit = PositionUnit.UM;
        double unitsPerPixel;
        boolean processed;
        boolean timeDownsampled;
        List<String> warnings = List.of();
        Metadata metadata = Metadata.EMPTY;
        Provenance provenance = Provenance.EMPTY;

        @Override
        protected State clone() {
            try {
                return (State) super.clone();
            } catch (CloneNotSupportedException e) {
                throw new AssertionError(e);
            }
        }
    }

    private final State s;

    Kymograph(State state) {
        this.s = state;
    }

    State state() {
        return s.clone();
    }

    @Override
    public String name() {
        return s.name;
    }

    @Override
    public String kind() {
        return "kymograph";
    }

    @Override
    public Metadata metadata() {
        return s.metadata;
    }

    @Override
    public Provenance provenance() {
        return s.provenance;
    }

    /** The Bluelake file the kymograph was reconstructed from. */
    public Path file() {
        return s.file;
    }

    /** Start in ns since the epoch (of the first line after slicing). */
    public long startNs() {
        return s.startNs;
    }

    /** Stop in ns since the epoch. */
    public long stopNs() {
        return s.stopNs;
    }

    /**
     * The time origin in ns since the epoch: the start of the kymograph in the file, which pylake's
     * time strings count from when slicing it. Slicing, cropping, calibrating and downsampling keep
     * it, so times on the time axis stay those of the whole kymograph: a crop by distance keeps
     * every line's time, and a slice starts at the time of its first line (e.g. about 114.2 s
     * for {@code slice("114.2s", ...)}), not at 0.
     */
    public long timeOriginNs() {
        return s.timeOriginNs;
    }

    /** Start of each line in seconds since {@link #timeOriginNs()}. */
    public double[] lineTimesSeconds() {
        double[] t = new double[s.lines];
        for (int i = 0; i < s.lines; i++) {
            t[i] = (s.lineStartNs[i] - s.timeOriginNs) / 1e9;
        }
        return t;
    }

    /**
     * Seconds since {@link #timeOriginNs()} at which the time axis starts: the start of the first
     * line (of an empty kymograph: its start).
     */
    public double firstLineSeconds() {
        return ((s.lines > 0 ? s.lineStartNs[0] : s.startNs) - s.timeOriginNs) / 1e9;
    }

    /** The scan description of the file. */
    public ScanMetadata scan() {
        return s.scan;
    }

    /** Pixels along the scanned axis: the image height. */
    public int pixelsPerLine() {
        return s.pixels;
    }

    /** Scan lines: the image width. */
    public int lines() {
        return s.lines;
    }

    /** The scanned axis: "X", "Y" or "Z". */
    public String fastAxis() {
        return s.scan.fastAxis().axisName().toUpperCase(java.util.Locale.ROOT);
    }

    /** Centre of the scan in micrometres: x, y, z (relative to the bright-field field of view). */
    public Map<String, Double> centerPointUm() {
        double[] c = s.scan.centerPointUm();
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("x", c[0]);
        m.put("y", c[1]);
        m.put("z", c[2]);
        return m;
    }

    /** Pixel size along the scanned axis in micrometres (grows with position downsampling). */
    public double pixelSizeUm() {
        return s.pixelSizeUm;
    }

    /** Scan size along the scanned axis in micrometres: pixel size times pixels. */
    public double sizeUm() {
        return s.pixelSizeUm * s.pixels;
    }

    /** Pixel size in {@link #positionUnit()}: micrometres, or kbp after calibration. */
    public double pixelSize() {
        return s.unitsPerPixel;
    }

    public PositionUnit positionUnit() {
        return s.unit;
    }

    /** Where pixel 0 lies in the original scan, micrometres (moves with cropping). */
    public double positionOffsetUm() {
        return s.positionOffsetUm;
    }

    /**
     * Time between the starts of successive lines in seconds, dead time included.
     *
     * @throws UnsupportedOperationException ({@link #NO_PIXELS}) for an empty kymograph, as pylake
     */
    public double lineTimeSeconds() {
        requirePixels();
        return s.lineTimeSeconds;
    }

    /**
     * Dwell time of one pixel in seconds (of the original scan).
     *
     * @throws UnsupportedOperationException ({@link #NO_PIXELS}) for an empty kymograph, as pylake
     */
    public double pixelTimeSeconds() {
        requirePixels();
        return s.pixelTimeSeconds;
    }

    /** Lines times line time, in seconds; 0 for an empty kymograph. */
    public double durationSeconds() {
        return s.lines == 0 ? 0 : s.lineTimeSeconds * s.lines;
    }

    /**
     * Whether the kymograph holds no scan line: what slicing gives for a time range that selects
     * none (pylake's EmptyKymo). It keeps the pixels per line, pixel size, centre and fast axis of
     * the kymograph it was sliced from; its image shape is (pixels, 0), its sums 0, its start and
     * stop the start of the first line after the range (of the last line when the range lies
     * after it); line time, pixel time, pixel timestamps and images are refused.
     */
    public boolean isEmpty() {
        return s.lines == 0;
    }

    private void requirePixels() {
        if (s.lines == 0) {
            throw new UnsupportedOperationException(NO_PIXELS);
        }
    }

    /** Whether an operation other than slicing or calibration has been applied (slicing is then refused). */
    public boolean isProcessed() {
        return s.processed;
    }

    /** Whether pixels still integrate one contiguous time window (false after downsampling in time). */
    public boolean isContiguous() {
        return !s.timeDownsampled;
    }

    /** Problems met while reconstructing (e.g. photon counts ending before the info wave). */
    public List<String> warnings() {
        return s.warnings;
    }

    /** Start of each line in ns since the epoch: the first sample of its first pixel. */
    public long[] lineTimestampsNs() {
        return s.lineStartNs.clone();
    }

    /** End of each line (one sample after its last sample, dead time excluded), ns since the epoch. */
    public long[] lineStopTimestampsNs() {
        return s.lineStopNs.clone();
    }

    /**
     * Mean sample time of every pixel in ns since the epoch, {@code [pixel][line]}.
     *
     * @throws UnsupportedOperationException with pylake's explanation after downsampling in time
     */
    public long[][] timestampsNs() {
        requirePixels();
        if (s.timestampsNs == null) {
            throw new UnsupportedOperationException(PIXEL_TIMESTAMPS_REFUSED);
        }
        long[][] out = new long[s.pixels][];
        for (int p = 0; p < s.pixels; p++) {
            out[p] = java.util.Arrays.copyOfRange(s.timestampsNs, p * s.lines, (p + 1) * s.lines);
        }
        return out;
    }

    /** Photon counts of one colour (RED, GREEN or BLUE), {@code [pixel][line]}. */
    public double[][] pixels(KymoChannel colour) {
        double[] v = colourData(colour);
        double[][] out = new double[s.pixels][];
        for (int p = 0; p < s.pixels; p++) {
            out[p] = java.util.Arrays.copyOfRange(v, p * s.lines, (p + 1) * s.lines);
        }
        return out;
    }

    /** Photon counts of one colour, row by row ({@code [pixel * lines + line]}); a copy. */
    public double[] data(KymoChannel colour) {
        return colourData(colour).clone();
    }

    double[] colourData(KymoChannel colour) {
        if (colour == KymoChannel.RGB) {
            throw new IllegalArgumentException("Choose red, green or blue for single-colour pixels");
        }
        return s.images[colour.index()];
    }

    /** Sum of the photon counts of a channel (all three for RGB). */
    public double sum(KymoChannel channel) {
        double total = 0;
        for (int c = 0; c < 3; c++) {
            if (channel == KymoChannel.RGB || channel.index() == c) {
                for (double v : s.images[c]) {
                    total += v;
                }
            }
        }
        return total;
    }

    /**
     * The image of a channel for the viewer and TIFF export: "YX" (float64, Y = position, X = time)
     * for one colour, "CYX" with red, green, blue for RGB; calibrated in seconds along X (origin:
     * {@link #firstLineSeconds()}) and in
     * metres (or kbp after calibration) along Y. The metadata also records both calibrations with
     * their units ({@link KymoCalibration}), so they survive a TIFF export.
     *
     * @throws UnsupportedOperationException ({@link #NO_PIXELS}) for an empty kymograph
     */
    public Image image(KymoChannel channel) {
        return image(channel, PixelType.FLOAT64);
    }

    /** As {@link #image(KymoChannel)} with pixels stored as FLOAT64 or FLOAT32 (pylake's TIFF export type). */
    public Image image(KymoChannel channel, PixelType type) {
        if (type != PixelType.FLOAT64 && type != PixelType.FLOAT32) {
            throw new IllegalArgumentException("Kymograph images are float32 or float64, not " + type.label());
        }
        requirePixels();
        List<Plane> planes = new ArrayList<>();
        for (int c = 0; c < 3; c++) {
            if (channel == KymoChannel.RGB || channel.index() == c) {
                Plane plane = Plane.allocate(type, s.lines, s.pixels);
                for (int i = 0; i < s.images[c].length; i++) {
                    plane.set(i, s.images[c][i]);
                }
                planes.add(plane);
            }
        }
        String title = s.name + " (" + channel.label() + ")";
        Image image = channel == KymoChannel.RGB
                ? Image.create(title, new ArrayPlaneSource(planes), "CYX", 3, s.pixels, s.lines)
                : Image.create(title, new ArrayPlaneSource(planes), "YX", s.pixels, s.lines);
        Calibration position = s.unit == PositionUnit.KBP ? new Calibration(s.unitsPerPixel, "kbp")
                : Calibration.metres(s.pixelSizeUm * 1e-6);
        Calibration time = new Calibration(s.lineTimeSeconds, "s", firstLineSeconds());
        return image.withCalibration(Axis.X, time).withCalibration(Axis.Y, position)
                .withMetadata(s.metadata.withAll(properties()).withAll(KymoCalibration.entries(this, firstLineSeconds())))
                .withProvenance(s.provenance);
    }

    /**
     * A copy cropped to positions {@code lower <= x < upper} in the current position unit.
     *
     * @throws IllegalArgumentException for negative positions or an empty result
     */
    public Kymograph cropByDistance(double lower, double upper) {
        if (lower < 0 || upper < 0) {
            throw new IllegalArgumentException("Cropping by negative positions not allowed");
        }
        int lo = (int) (lower / s.unitsPerPixel);
        int hi = (int) Math.min(s.pixels, Math.ceil(upper / s.unitsPerPixel));
        if (hi <= lo || lo >= s.pixels) {
            throw new IllegalArgumentException("Cropped image would be empty");
        }
        State t = s.clone();
        t.pixels = hi - lo;
        t.images = new double[3][];
        for (int c = 0; c < 3; c++) {
            t.images[c] = java.util.Arrays.copyOfRange(s.images[c], lo * s.lines, hi * s.lines);
        }
        t.timestampsNs = s.timestampsNs == null ? null : java.util.Arrays.copyOfRange(s.timestampsNs, lo * s.lines, hi * s.lines);
        t.positionOffsetUm = s.positionOffsetUm + lo * s.pixelSizeUm;
        t.processed = true;
        t.provenance = s.provenance.then(Operation.of("kymo.crop", Map.of("lower", lower, "upper", upper, "unit", s.unit.label(),
                "firstPixel", lo, "pixels", hi - lo)));
        return new Kymograph(t);
    }

    /**
     * The lines starting in a time range given as pylake time strings relative to the start
     * ("114.2s", "1m 30s"; negative from the end; null or "" for the start or end).
     *
     * A range holding no line gives an empty kymograph ({@link #isEmpty()}), as pylake does.
     *
     * @throws UnsupportedOperationException after processing ({@link #SLICING_REFUSED})
     * @throws IllegalArgumentException for an invalid time string
     */
    public Kymograph slice(String from, String to) {
        if (s.processed) {
            throw new UnsupportedOperationException(SLICING_REFUSED);
        }
        long start = from == null || from.isBlank() ? s.startNs : TimeIndex.toTimestamp(from, s.startNs, s.stopNs);
        long stop = to == null || to.isBlank() ? s.stopNs : TimeIndex.toTimestamp(to, s.startNs, s.stopNs);
        return sliceNs(start, stop, from + ":" + to);
    }

    /** As {@link #slice(String, String)} with timestamps in ns since the epoch. */
    public Kymograph sliceNs(long startNs, long stopNs, String description) {
        if (s.processed) {
            throw new UnsupportedOperationException(SLICING_REFUSED);
        }
        int iMin = searchLeft(s.lineStartNs, startNs);
        int iMax = searchLeft(s.lineStartNs, stopNs);
        if (iMin >= s.lines || iMin >= iMax) {
            return empty(s.lineStartNs[Math.min(iMin, s.lines - 1)], description);
        }
        State t = s.clone();
        t.startNs = s.lineStartNs[iMin];
        t.stopNs = iMax < s.lines ? s.lineStartNs[iMax] : Math.max(stopNs, s.lineStopNs[s.lines - 1]);
        t.lines = iMax - iMin;
        t.images = new double[3][];
        for (int c = 0; c < 3; c++) {
            t.images[c] = columns(s.images[c], iMin, iMax);
        }
        t.timestampsNs = columns(s.timestampsNs, iMin, iMax);
        t.lineStartNs = java.util.Arrays.copyOfRange(s.lineStartNs, iMin, iMax);
        t.lineStopNs = java.util.Arrays.copyOfRange(s.lineStopNs, iMin, iMax);
        t.provenance = s.provenance.then(Operation.of("kymo.slice", Map.of("range", description, "startNs", t.startNs,
                "stopNs", t.stopNs, "lines", t.lines)));
        return new Kymograph(t);
    }

    /** The empty kymograph of a time range selecting no line: start = stop = {@code atNs}. */
    private Kymograph empty(long atNs, String description) {
        State t = s.clone();
        t.startNs = atNs;
        t.stopNs = atNs;
        t.lines = 0;
        t.images = new double[][] {new double[0], new double[0], new double[0]};
        t.timestampsNs = new long[0];
        t.lineStartNs = new long[0];
        t.lineStopNs = new long[0];
        // as pylake: an empty kymograph is not sliced further
        t.processed = true;
        t.provenance = s.provenance.then(Operation.of("kymo.slice", Map.of("range", description, "startNs", atNs, "stopNs", atNs,
                "lines", 0)));
        return new Kymograph(t);
    }

    private static int searchLeft(long[] sorted, long value) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < value) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private double[] columns(double[] v, int from, int to) {
        double[] out = new double[s.pixels * (to - from)];
        for (int p = 0; p < s.pixels; p++) {
            System.arraycopy(v, p * s.lines + from, out, p * (to - from), to - from);
        }
        return out;
    }

    private long[] columns(long[] v, int from, int to) {
        long[] out = new long[s.pixels * (to - from)];
        for (int p = 0; p < s.pixels; p++) {
            System.arraycopy(v, p * s.lines + from, out, p * (to - from), to - from);
        }
        return out;
    }

    /**
     * A copy whose position axis is in kilobase pairs: the whole (cropped) kymograph spans
     * {@code lengthKbp}. The unit carries to tracks, their CSV and MSD.
     *
     * @throws IllegalStateException when already calibrated in base pairs
     */
    public Kymograph calibrateToKbp(double lengthKbp) {
        if (s.unit == PositionUnit.KBP) {
            throw new IllegalStateException("kymo is already calibrated in base pairs.");
        }
        if (!(lengthKbp > 0) || Double.isInfinite(lengthKbp)) {
            throw new IllegalArgumentException("The tether length must be a positive number of kbp, was " + lengthKbp);
        }
        State t = s.clone();
        t.unit = PositionUnit.KBP;
        t.unitsPerPixel = lengthKbp / s.pixels;
        t.provenance = s.provenance.then(Operation.of("kymo.calibrate", Map.of("lengthKbp", lengthKbp, "kbpPerPixel",
                t.unitsPerPixel)));
        return new Kymograph(t);
    }

    /**
     * A copy with blocks of {@code timeFactor} lines and {@code positionFactor} pixels summed
     * (incomplete blocks at the end dropped). After downsampling in time per-pixel timestamps are
     * refused; line timestamps remain (the start of each block's first line).
     */
    public Kymograph downsampledBy(int timeFactor, int positionFactor) {
        if (timeFactor < 1 || positionFactor < 1) {
            throw new IllegalArgumentException("Downsampling factors must be at least 1, were " + timeFactor + " and "
                    + positionFactor);
        }
        int lines = s.lines / timeFactor;
        int pixels = s.pixels / positionFactor;
        if (lines == 0 || pixels == 0) {
            throw new IllegalArgumentException("Downsampling " + s.pixels + " pixels x " + s.lines + " lines by " + positionFactor
                    + " x " + timeFactor + " leaves an empty image");
        }
        State t = s.clone();
        t.lines = lines;
        t.pixels = pixels;
        t.images = new double[3][];
        for (int c = 0; c < 3; c++) {
            t.images[c] = blockSum(s.images[c], timeFactor, positionFactor, lines, pixels);
        }
        t.timestampsNs = timeFactor == 1 && s.timestampsNs != null ? blockMean(s.timestampsNs, positionFactor, pixels) : null;
        t.lineStartNs = new long[lines];
        t.lineStopNs = new long[lines];
        for (int l = 0; l < lines; l++) {
            t.lineStartNs[l] = s.lineStartNs[l * timeFactor];
            t.lineStopNs[l] = s.lineStopNs[l * timeFactor + timeFactor - 1];
        }
        t.lineTimeSeconds = s.lineTimeSeconds * timeFactor;
        t.pixelSizeUm = s.pixelSizeUm * positionFactor;
        t.unitsPerPixel = s.unitsPerPixel * positionFactor;
        t.processed = true;
        t.timeDownsampled = s.timeDownsampled || timeFactor > 1;
        t.provenance = s.provenance.then(Operation.of("kymo.downsample", Map.of("timeFactor", timeFactor, "positionFactor",
                positionFactor, "reduce", "sum")));
        return new Kymograph(t);
    }

    private double[] blockSum(double[] v, int tf, int pf, int lines, int pixels) {
        double[] out = new double[lines * pixels];
        for (int p = 0; p < pixels * pf; p++) {
            int row = p / pf;
            for (int l = 0; l < lines * tf; l++) {
                out[row * lines + l / tf] += v[p * s.lines + l];
            }
        }
        return out;
    }

    /** Integer mean over position blocks, as pylake's overflow-safe timestamp mean. */
    private long[] blockMean(long[] v, int pf, int pixels) {
        long[] out = new long[pixels * s.lines];
        for (int row = 0; row < pixels; row++) {
            for (int l = 0; l < s.lines; l++) {
                long min = Long.MAX_VALUE;
                for (int k = 0; k < pf; k++) {
                    min = Math.min(min, v[(row * pf + k) * s.lines + l]);
                }
                long sum = 0;
                for (int k = 0; k < pf; k++) {
                    sum += v[(row * pf + k) * s.lines + l] - min;
                }
                out[row * s.lines + l] = min + Math.floorDiv(sum, pf);
            }
        }
        return out;
    }

    /** The properties pylake gives a kymograph, as JSON-compatible values. */
    public Map<String, Object> properties() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", s.name);
        m.put("start", s.startNs);
        m.put("stop", s.stopNs);
        m.put("center_point_um", centerPointUm());
        m.put("size_um", List.of(sizeUm()));
        m.put("pixelsize_um", List.of(s.pixelSizeUm));
        m.put("pixelsize", List.of(s.unitsPerPixel));
        m.put("position_unit", s.unit.label());
        m.put("pixels_per_line", s.pixels);
        m.put("lines", s.lines);
        m.put("fast_axis", fastAxis());
        // pylake refuses both for an empty kymograph: null here
        m.put("line_time_seconds", s.lines == 0 ? null : s.lineTimeSeconds);
        m.put("pixel_time_seconds", s.lines == 0 ? null : s.pixelTimeSeconds);
        m.put("duration_seconds", durationSeconds());
        m.put("position_offset_um", s.positionOffsetUm);
        m.put("contiguous", isContiguous());
        m.put("processed", s.processed);
        m.put("pixel_timestamps_available", s.timestampsNs != null && s.lines > 0);
        return m;
    }

    @Override
    public Map<String, Object> describe() {
        Map<String, Object> m = properties();
        Map<String, Object> shapes = new LinkedHashMap<>();
        for (KymoChannel c : KymoChannel.values()) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("shape", c == KymoChannel.RGB ? List.of(s.pixels, s.lines, 3) : List.of(s.pixels, s.lines));
            one.put("sum", sum(c));
            shapes.put(c.label(), one);
        }
        m.put("channels", shapes);
        m.put("empty", s.lines == 0);
        m.put("line_timestamps", s.lines <= 4096 ? java.util.Arrays.stream(s.lineStartNs).boxed().toList() : List.of());
        m.put("time_origin", s.timeOriginNs);
        m.put("first_line_seconds", firstLineSeconds());
        if (!s.warnings.isEmpty()) {
            m.put("warnings", s.warnings);
        }
        return m;
    }

    @Override
    public String toString() {
        return "Kymograph " + s.name + " (" + s.pixels + " pixels x " + s.lines + " lines)";
    }
}
