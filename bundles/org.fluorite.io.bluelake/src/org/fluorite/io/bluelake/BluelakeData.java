package org.fluorite.io.bluelake;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fluorite.core.DataObject;
import org.fluorite.core.meta.Metadata;
import org.fluorite.core.meta.Provenance;

/**
 * What a Bluelake file holds, as the importer returns it (kind {@value #KIND}): the lists of
 * channels, kymographs, scans, markers, notes and FD curves, with the file attributes as
 * metadata. The values stay in the file: {@link #open()} gives a {@link BluelakeFile} to read them.
 */
public final class BluelakeData implements DataObject {

    public static final String KIND = "bluelake";

    private final String name;
    private final Path file;
    private final List<Channel> channels;
    private final List<ConfocalItem> kymographs;
    private final List<ConfocalItem> scans;
    private final List<TimedItem> markers;
    private final List<TimedItem> notes;
    private final List<TimedItem> fdCurves;
    private final Metadata metadata;
    private final Provenance provenance;

    BluelakeData(BluelakeFile f, Metadata metadata, Provenance provenance) {
        this.name = f.path().getFileName().toString();
        this.file = f.path();
        this.channels = f.channels();
        this.kymographs = f.kymographs();
        this.scans = f.scans();
        this.markers = f.markers();
        this.notes = f.notes();
        this.fdCurves = f.fdCurves();
        this.metadata = metadata;
        this.provenance = provenance;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Metadata metadata() {
        return metadata;
    }

    @Override
    public Provenance provenance() {
        return provenance;
    }

    public Path file() {
        return file;
    }

    /** Opens the file again for reading channel values; close it when done. */
    public BluelakeFile open() throws java.io.IOException {
        return BluelakeFile.open(file);
    }

    public List<Channel> channels() {
        return channels;
    }

    public List<ConfocalItem> kymographs() {
        return kymographs;
    }

    public List<ConfocalItem> scans() {
        return scans;
    }

    public List<TimedItem> markers() {
        return markers;
    }

    public List<TimedItem> notes() {
        return notes;
    }

    public List<TimedItem> fdCurves() {
        return fdCurves;
    }

    /**
     * {@code channels} (group, name, kind, samples, startNs, stopNs, sampleRateHz),
     * {@code kymographs} and {@code scans} (name, startNs, stopNs, scan axes with pixels and pixel
     * size in nm, centre point in um, scan count), {@code markers}, {@code notes} (with text) and
     * {@code fdCurves} (name, startNs, stopNs).
     */
    @Override
    public Map<String, Object> describe() {
        Map<String, Object> m = new LinkedHashMap<>();
        List<Object> ch = new ArrayList<>();
        for (Channel c : channels) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("group", c.group());
            e.put("name", c.name());
            e.put("kind", c.kind().name().toLowerCase(java.util.Locale.ROOT));
            e.put("samples", c.length());
            e.put("startNs", c.startNs());
            e.put("stopNs", c.stopNs());
            if (!Double.isNaN(c.sampleRateHz())) {
                e.put("sampleRateHz", c.sampleRateHz());
            }
            ch.add(e);
        }
        m.put("channels", ch);
        m.put("kymographs", confocal(kymographs));
        m.put("scans", confocal(scans));
        m.put("markers", timed(markers));
        m.put("notes", timed(notes));
        m.put("fdCurves", timed(fdCurves));
        return m;
    }

    private static List<Object> confocal(List<ConfocalItem> items) {
        List<Object> out = new ArrayList<>();
        for (ConfocalItem k : items) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("name", k.name());
            e.put("startNs", k.startNs());
            e.put("stopNs", k.stopNs());
            List<Object> axes = new ArrayList<>();
            for (ScanMetadata.ScanAxis a : k.scan().axes()) {
                Map<String, Object> ax = new LinkedHashMap<>();
                ax.put("axis", a.axisName());
                ax.put("pixels", a.pixels());
                ax.put("pixelSizeNm", a.pixelSizeNm());
                axes.add(ax);
            }
            e.put("scanAxes", axes);
            double[] c = k.scan().centerPointUm();
            e.put("centerPointUm", finite(c));
            e.put("scanCount", k.scan().scanCount());
            out.add(e);
        }
        return out;
    }

    private static List<Object> finite(double[] values) {
        List<Object> out = new ArrayList<>();
        for (double v : values) {
            out.add(Double.isFinite(v) ? (Object) v : null);
        }
        return out;
    }

    private static List<Object> timed(List<TimedItem> items) {
        List<Object> out = new ArrayList<>();
        for (TimedItem t : items) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("name", t.name());
            e.put("startNs", t.startNs());
            e.put("stopNs", t.stopNs());
            if (!t.text().isEmpty()) {
                e.put("text", t.text());
            }
            out.add(e);
        }
        return out;
    }

    @Override
    public String toString() {
        return "BluelakeData[" + name + ", " + channels.size() + " channels, " + kymographs.size() + " kymographs, " + scans.size()
                + " scans]";
    }
}
