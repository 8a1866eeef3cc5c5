package org.fluorite.io.bluelake;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.fluorite.core.json.Json;
import org.fluorite.io.ImportException;
import org.fluorite.io.bluelake.internal.H5Values;
import org.fluorite.io.hdf5.Hdf5File;

import io.jhdf.api.Dataset;
import io.jhdf.api.Group;
import io.jhdf.api.Node;

/**
 * Typed access to a LUMICKS Bluelake HDF5 file (C-Trap exports, as pylake reads them): the file
 * attributes, the data channels (continuous, time series, time tags), photon counts per detector
 * and the info wave, kymograph and scan entries with their scan description, force and distance
 * channels, markers, notes, FD curves and force calibrations.
 *
 * <p>Opening reads only the structure and attributes; channel values are read when asked, in
 * slices for continuous channels, so a kymograph engine can reconstruct an image from the photon
 * counts and info wave between a kymograph's start and stop without loading whole channels.
 * Close the file when done. Every failure is an {@link ImportException} naming the file.
 */
public final class BluelakeFile implements AutoCloseable {

    public static final String KYMOGRAPH = "Kymograph";
    public static final String SCAN = "Scan";
    public static final String MARKER = "Marker";
    public static final String NOTE = "Note";
    public static final String FD_CURVE = "FD Curve";
    public static final String CALIBRATION = "Calibration";
    public static final String PHOTON_COUNT = "Photon count";
    public static final String INFO_WAVE = "Info wave";
    /** Groups of force and distance channels. */
    public static final List<String> FORCE_GROUPS = List.of("Force HF", "Force LF", "Distance");
    /** Info wave codes: a sample to ignore, a sample of a pixel, the last sample of a pixel. */
    public static final int INFO_DISCARD = 0;
    public static final int INFO_USE = 1;
    public static final int INFO_PIXEL_BOUNDARY = 2;
    /** Most samples one read returns (64 Mi). */
    public static final int MAX_SAMPLES_PER_READ = 64 << 20;

    private static final Set<String> ITEM_GROUPS = Set.of(KYMOGRAPH, SCAN, MARKER, NOTE, FD_CURVE, CALIBRATION, "Point Scan");

    private final Path path;
    private final long fileBytes;
    private final Hdf5File h5;
    private final Map<String, Object> attributes;
    private final List<Channel> channels = new ArrayList<>();
    private final List<ConfocalItem> kymographs = new ArrayList<>();
    private final List<ConfocalItem> scans = new ArrayList<>();
    private final List<TimedItem> markers = new ArrayList<>();
    private final List<TimedItem> notes = new ArrayList<>();
    private final List<TimedItem> fdCurves = new ArrayList<>();
    private final Map<String, Object> calibrations = new LinkedHashMap<>();
    private final List<String> problems = new ArrayList<>();

    /** Reads the structure; call inside {@link Hdf5File#call}. */
    private BluelakeFile(Path path, Hdf5File h5) throws IOException {
        this.path = path;
        this.fileBytes = h5.length();
        this.h5 = h5;
        this.attributes = Collections.unmodifiableMap(H5Values.attributes(h5.hdf()));
        if (!attributes.containsKey("Bluelake version")) {
            throw new ImportException(path, "is an HDF5 file without the root attribute 'Bluelake version': not a Bluelake file");
        }
        for (Node n : h5.hdf().getChildren().values()) {
            if (n instanceof Group g) {
                scanGroup(g);
            }
        }
    }

    /** Opens {@code file} and reads its structure. */
    public static BluelakeFile open(Path file) throws IOException {
        Hdf5File h5 = Hdf5File.open(file);
        try {
            return h5.call("reading the Bluelake structure", () -> new BluelakeFile(file, h5));
        } catch (IOException | RuntimeException e) {
            h5.release();
            throw e;
        }
    }

    /** True when {@code file} is an HDF5 file with the root attribute "Bluelake version". */
    public static boolean isBluelake(Path file) {
        try {
            return Hdf5File.using(file, "looking for the Bluelake version",
                    h5 -> h5.hdf().getAttributes().containsKey("Bluelake version"));
        } catch (IOException e) {
            // a damaged file is not ours to claim; reading it reports why it cannot be read
            return false;
        }
    }

    private void scanGroup(Group g) {
        String group = g.getName();
        if (CALIBRATION.equals(group)) {
            calibrations.putAll(calibrationTree(g, 0));
            return;
        }
        for (Node n : g.getChildren().values()) {
            if (!(n instanceof Dataset d)) {
                continue;
            }
            Map<String, Object> attrs = H5Values.attributes(d);
            switch (group) {
                case KYMOGRAPH, SCAN -> confocal(group, d, attrs);
                case MARKER -> markers.add(timed(group, d, attrs));
                case NOTE -> notes.add(timed(group, d, attrs));
                case FD_CURVE -> fdCurves.add(timed(group, d, attrs));
                default -> {
                    if (!ITEM_GROUPS.contains(group)) {
                        channel(group, d, attrs);
                    }
                }
            }
        }
    }

    private Map<String, Object> calibrationTree(Group g, int depth) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (depth > 4) {
            return out;
        }
        for (Node n : g.getChildren().values()) {
            if (n instanceof Group sub) {
                Map<String, Object> entry = new LinkedHashMap<>(H5Values.attributes(sub));
                entry.putAll(calibrationTree(sub, depth + 1));
                out.put(sub.getName(), entry);
            }
        }
        return out;
    }

    private void channel(String group, Dataset d, Map<String, Object> attrs) {
        String name = d.getName();
        String kindText = attrs.get("Kind") == null ? "" : attrs.get("Kind").toString();
        ChannelKind kind = switch (kindText) {
            case "Continuous" -> ChannelKind.CONTINUOUS;
            case "TimeSeries" -> ChannelKind.TIME_SERIES;
            case "TimeTags" -> ChannelKind.TIME_TAGS;
            default -> d.isCompound() ? ChannelKind.TIME_SERIES
                    : attrs.containsKey("Sample rate (Hz)") ? ChannelKind.CONTINUOUS
                    : isInteger(d) ? ChannelKind.TIME_TAGS : null;
        };
        long[] dims = d.getDimensionsAsLong();
        if (kind == null || dims.length != 1) {
            problems.add(group + "/" + name + " is not a channel Fluorite recognises (Kind '" + kindText + "', "
                    + dims.length + " dimensions)");
            return;
        }
        long start = H5Values.longAttribute(attrs, "Start time (ns)", -1);
        long stop = H5Values.longAttribute(attrs, "Stop time (ns)", -1);
        double rate = Double.NaN;
        if (kind == ChannelKind.CONTINUOUS) {
            rate = H5Values.doubleAttribute(attrs, "Sample rate (Hz)");
            if (!(rate > 0) || Double.isInfinite(rate) || start < 0) {
                problems.add(group + "/" + name + " is continuous but has no usable start time and sample rate");
                return;
            }
            if (stop < 0) {
                stop = start + Math.round(dims[0] * 1e9 / rate);
            }
        } else if (kind == ChannelKind.TIME_SERIES && !hasTimeSeriesFields(d)) {
            problems.add(group + "/" + name + " is a time series without Timestamp and Value fields");
            return;
        }
        channels.add(new Channel(group, name, kind, dims[0], start, stop, rate, attrs));
    }

    private static boolean isInteger(Dataset d) {
        Class<?> t = d.getJavaType();
        return t == long.class || t == int.class || t == short.class || t == byte.class || t == Long.class || t == Integer.class;
    }

    private static boolean hasTimeSeriesFields(Dataset d) {
        return d.isCompound() && d.getDataType() instanceof io.jhdf.object.datatype.CompoundDataType c
                && c.getMembers().stream().map(m -> m.getName()).toList().containsAll(List.of("Timestamp", "Value"));
    }

    private Map<String, Object> parseJson(Dataset d) {
        String text = H5Values.text(d);
        if (text == null) {
            problems.add(d.getPath() + " holds no JSON text");
            return Map.of();
        }
        try {
            if (Json.parse(text) instanceof Map<?, ?> m) {
                Map<String, Object> out = new LinkedHashMap<>();
                m.forEach((k, v) -> out.put(String.valueOf(k), v));
                return out;
            }
            problems.add(d.getPath() + " holds JSON that is not an object");
        } catch (IllegalArgumentException e) {
            problems.add(d.getPath() + " holds invalid JSON: " + e.getMessage());
        }
        return Map.of();
    }

    private void confocal(String group, Dataset d, Map<String, Object> attrs) {
        Map<String, Object> json = parseJson(d);
        long start = H5Values.longAttribute(attrs, "Start time (ns)", -1);
        long stop = H5Values.longAttribute(attrs, "Stop time (ns)", -1);
        ScanMetadata scan;
        try {
            scan = ScanMetadata.parse(json);
        } catch (IllegalArgumentException e) {
            problems.add(group + "/" + d.getName() + ": " + e.getMessage());
            return;
        }
        ConfocalItem item = new ConfocalItem(group, d.getName(), start, stop, scan, json);
        (KYMOGRAPH.equals(group) ? kymographs : scans).add(item);
    }

    private TimedItem timed(String group, Dataset d, Map<String, Object> attrs) {
        return new TimedItem(group, d.getName(), H5Values.longAttribute(attrs, "Start time (ns)", -1),
                H5Values.longAttribute(attrs, "Stop time (ns)", -1), parseJson(d));
    }

    public Path path() {
        return path;
    }

    /** The root attributes ("Bluelake version", "File format version", "Experiment", ...). */
    public Map<String, Object> attributes() {
        return attributes;
    }

    public String bluelakeVersion() {
        return String.valueOf(attributes.get("Bluelake version"));
    }

    /** "File format version", 0 when absent. */
    public int fileFormatVersion() {
        return (int) H5Values.longAttribute(attributes, "File format version", 0);
    }

    public String experiment() {
        return text("Experiment");
    }

    public String description() {
        return text("Description");
    }

    public String guid() {
        return text("GUID");
    }

    /** "Export time (ns)" since the epoch, -1 when absent. */
    public long exportTimeNs() {
        return H5Values.longAttribute(attributes, "Export time (ns)", -1);
    }

    private String text(String key) {
        Object v = attributes.get(key);
        return v == null ? "" : v.toString();
    }

    /** Every data channel, in file order. */
    public List<Channel> channels() {
        return List.copyOf(channels);
    }

    public Optional<Channel> channel(String group, String name) {
        return channels.stream().filter(c -> c.group().equals(group) && c.name().equals(name)).findFirst();
    }

    /** Photon count channels by detector: "Red", "Green", "Blue" first (those present), then any other. */
    public Map<String, Channel> photonCounts() {
        Map<String, Channel> out = new LinkedHashMap<>();
        List<Channel> pc = channels.stream().filter(c -> c.group().equals(PHOTON_COUNT)).toList();
        for (String colour : List.of("Red", "Green", "Blue")) {
            pc.stream().filter(c -> c.name().equals(colour)).forEach(c -> out.put(c.name(), c));
        }
        pc.forEach(c -> out.putIfAbsent(c.name(), c));
        return out;
    }

    /** The info wave (group and dataset "Info wave"), which marks the samples of each pixel. */
    public Optional<Channel> infoWave() {
        return channel(INFO_WAVE, INFO_WAVE);
    }

    /** Channels of the groups "Force HF", "Force LF" and "Distance". */
    public List<Channel> forceChannels() {
        return channels.stream().filter(c -> FORCE_GROUPS.contains(c.group())).toList();
    }

    public List<ConfocalItem> kymographs() {
        return List.copyOf(kymographs);
    }

    public Optional<ConfocalItem> kymograph(String name) {
        return kymographs.stream().filter(k -> k.name().equals(name)).findFirst();
    }

    public List<ConfocalItem> scans() {
        return List.copyOf(scans);
    }

    public List<TimedItem> markers() {
        return List.copyOf(markers);
    }

    public List<TimedItem> notes() {
        return List.copyOf(notes);
    }

    public List<TimedItem> fdCurves() {
        return List.copyOf(fdCurves);
    }

    /** Force calibrations: calibration number, then channel ("Force 1x"), then its attributes. */
    public Map<String, Object> calibrations() {
        return Collections.unmodifiableMap(calibrations);
    }

    /** Entries the file holds that could not be understood, in words for the user. */
    public List<String> problems() {
        return List.copyOf(problems);
    }

    /**
     * Reads {@code count} samples of a continuous channel from sample {@code from}.
     *
     * @throws ImportException when the range lies outside the channel or the data cannot be read
     */
    public double[] read(Channel c, long from, int count) throws IOException {
        return H5Values.doubles(slice(c, from, count));
    }

    /** Reads all samples of a continuous channel (at most {@link #MAX_SAMPLES_PER_READ}). */
    public double[] readAll(Channel c) throws IOException {
        return read(c, 0, checkedLength(c));
    }

    /**
     * Reads {@code count} samples of an integer continuous channel (photon counts, info wave) from
     * sample {@code from}, as whole numbers.
     */
    public long[] readCounts(Channel c, long from, int count) throws IOException {
        return H5Values.longs(slice(c, from, count));
    }

    /** The points of a time-series channel (at most {@link #MAX_SAMPLES_PER_READ}). */
    public TimeSeries readTimeSeries(Channel c) throws IOException {
        if (c.kind() != ChannelKind.TIME_SERIES) {
            throw new ImportException(path, c.path() + " is not a time series");
        }
        checkedLength(c);
        return h5.call("reading " + c.path(), () -> {
            Dataset d = dataset(c);
            if (!(d.getData() instanceof Map<?, ?> fields) || fields.get("Timestamp") == null || fields.get("Value") == null) {
                throw new ImportException(path, c.path() + " has no Timestamp and Value fields");
            }
            return new TimeSeries(H5Values.longs(fields.get("Timestamp")), H5Values.doubles(fields.get("Value")));
        });
    }

    /** The event times in ns of a time-tags channel (at most {@link #MAX_SAMPLES_PER_READ}). */
    public long[] readTimeTags(Channel c) throws IOException {
        if (c.kind() != ChannelKind.TIME_TAGS) {
            throw new ImportException(path, c.path() + " is not a time-tags channel");
        }
        checkedLength(c);
        return h5.call("reading " + c.path(), () -> H5Values.longs(dataset(c).getData()));
    }

    private int checkedLength(Channel c) throws ImportException {
        if (c.length() > MAX_SAMPLES_PER_READ) {
            throw new ImportException(path, c.path() + " has " + c.length() + " samples; read it in slices of at most "
                    + MAX_SAMPLES_PER_READ);
        }
        return (int) c.length();
    }

    private Object slice(Channel c, long from, int count) throws IOException {
        if (c.kind() != ChannelKind.CONTINUOUS) {
            throw new ImportException(path, c.path() + " is not a continuous channel");
        }
        if (from < 0 || count < 0 || count > MAX_SAMPLES_PER_READ || from + count > c.length()) {
            throw new ImportException(path, "samples " + from + ".." + (from + count) + " lie outside " + c.path() + " ("
                    + c.length() + " samples)");
        }
        return h5.call("reading samples " + from + ".." + (from + count) + " of " + c.path(), () -> {
            Dataset d = dataset(c);
            if (d.getFilters().isEmpty() && d.getSizeInBytes() > fileBytes) {
                throw new ImportException(path, c.path() + " claims " + d.getSizeInBytes() + " bytes, the file has " + fileBytes);
            }
            if (count == 0) {
                return new double[0];
            }
            return d.getData(new long[] {from}, new int[] {count});
        });
    }

    /**
     * The file layout of an integer continuous channel stored contiguous and unfiltered, empty
     * when it is chunked, compressed, not integer or empty (read it with {@link #readCounts} then).
     *
     * @throws ImportException when the layout points outside the file
     */
    public Optional<SampleLayout> contiguousLayout(Channel c) throws IOException {
        if (c.kind() != ChannelKind.CONTINUOUS) {
            throw new ImportException(path, c.path() + " is not a continuous channel");
        }
        return h5.call("locating the samples of " + c.path(), () -> {
            if (!(dataset(c) instanceof io.jhdf.api.dataset.ContiguousDataset d) || !d.getFilters().isEmpty()
                    || !(d.getDataType() instanceof io.jhdf.object.datatype.FixedPoint type)) {
                return Optional.<SampleLayout>empty();
            }
            int bytes = type.getSize();
            long address = d.getDataAddress();
            if (bytes != 1 && bytes != 2 && bytes != 4 && bytes != 8 || c.length() == 0 || address < 0) {
                return Optional.<SampleLayout>empty();
            }
            SampleLayout layout = new SampleLayout(address, bytes, type.isSigned(), type.getByteOrder(), c.length());
            if (c.length() > fileBytes / bytes || address > fileBytes - layout.sizeInBytes()) {
                throw new ImportException(path, c.path() + " claims " + c.length() + " samples of " + bytes + " bytes at offset "
                        + address + ", beyond the end of the file (" + fileBytes + " bytes)");
            }
            return Optional.of(layout);
        });
    }

    private Dataset dataset(Channel c) throws ImportException {
        if (h5.hdf().getByPath(c.path()) instanceof Dataset d) {
            return d;
        }
        throw new ImportException(path, "has no dataset " + c.path());
    }

    @Override
    public void close() {
        h5.release();
    }
}
