package org.fluorite.io.bluelake;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fluorite.core.DataObject;
import org.fluorite.core.meta.Metadata;
import org.fluorite.core.meta.Operation;
import org.fluorite.core.meta.Provenance;
import org.fluorite.core.progress.ProgressMonitor;
import org.fluorite.core.table.Column;
import org.fluorite.core.table.Table;
import org.fluorite.io.ImportOptions;
import org.fluorite.io.ImportResult;
import org.fluorite.io.Importer;
import org.fluorite.io.Message;
import org.fluorite.io.hdf5.Hdf5File;
import org.osgi.service.component.annotations.Component;

/**
 * Reads LUMICKS Bluelake HDF5 files (sniffed by the root attribute "Bluelake version"). Returns a
 * {@link BluelakeData} listing the channels, kymographs, scans, markers, notes and FD curves,
 * then one table per continuous or time-series channel of at most {@value #MAX_TABLE_ROWS}
 * samples: columns {@code time} (seconds since the channel's first sample) and {@code value} (in
 * pN for force, um for distance, photons for photon counts). Longer channels are listed but not
 * tabled (a message says so): read them in slices through {@link BluelakeFile}.
 */
@Component(service = Importer.class)
public class BluelakeImporter implements Importer {

    public static final String FORMAT_ID = "fluorite.bluelake";
    /** Channels longer than this are not turned into tables. */
    public static final int MAX_TABLE_ROWS = 1_000_000;

    @Override
    public String id() {
        return FORMAT_ID;
    }

    @Override
    public String name() {
        return "LUMICKS Bluelake (HDF5)";
    }

    @Override
    public List<String> extensions() {
        return List.of("h5", "hdf5");
    }

    @Override
    public boolean matchesMagic(byte[] head, String fileName) {
        return Hdf5File.hasSignature(head);
    }

    @Override
    public int priority() {
        return SPECIFIC;
    }

    @Override
    public boolean sniff(Path file) {
        return BluelakeFile.isBluelake(file);
    }

    @Override
    public ImportResult read(Path file, ImportOptions options, ProgressMonitor monitor) throws IOException {
        ProgressMonitor pm = monitor == null ? ProgressMonitor.NONE : monitor;
        try (BluelakeFile f = BluelakeFile.open(file)) {
            pm.begin("Reading Bluelake file " + file.getFileName(), f.channels().size() + 1);
            Provenance prov = Provenance.EMPTY.then(Operation.of("import.bluelake", Map.of("file", file.toString())));
            Map<String, Object> meta = new LinkedHashMap<>(f.attributes());
            meta.put(Metadata.ORIGIN, "Bluelake " + f.bluelakeVersion());
            if (!f.calibrations().isEmpty()) {
                meta.put("calibrations", f.calibrations());
            }
            List<DataObject> data = new ArrayList<>();
            data.add(new BluelakeData(f, Metadata.of(meta), prov));
            List<Message> messages = new ArrayList<>();
            f.problems().forEach(p -> messages.add(Message.warning(p)));
            pm.worked(1);
            for (Channel c : f.channels()) {
                pm.checkCancelled();
                Table t = table(f, c, prov, messages);
                if (t != null) {
                    data.add(t);
                }
                pm.worked(1);
            }
            return new ImportResult(FORMAT_ID, data, messages);
        } finally {
            pm.done();
        }
    }

    private static Table table(BluelakeFile f, Channel c, Provenance prov, List<Message> messages) throws IOException {
        if (c.kind() == ChannelKind.TIME_TAGS) {
            return null;
        }
        if (c.length() > MAX_TABLE_ROWS) {
            messages.add(Message.info(c.path() + " has " + c.length() + " samples, more than the " + MAX_TABLE_ROWS
                    + " shown as a table; it is listed and can be read in slices"));
            return null;
        }
        double[] time;
        double[] values;
        long firstNs = c.startNs();
        if (c.kind() == ChannelKind.CONTINUOUS) {
            values = f.readAll(c);
            time = new double[values.length];
            for (int i = 0; i < time.length; i++) {
                time[i] = i / c.sampleRateHz();
            }
        } else {
            TimeSeries ts = f.readTimeSeries(c);
            values = ts.values();
            firstNs = ts.size() > 0 ? ts.timestampsNs()[0] : -1;
            time = new double[values.length];
            for (int i = 0; i < time.length; i++) {
                time[i] = (ts.timestampsNs()[i] - ts.timestampsNs()[0]) * 1e-9;
            }
        }
        Map<String, Object> meta = new LinkedHashMap<>(c.attributes());
        meta.put("group", c.group());
        meta.put("channel", c.name());
        meta.put("kind", c.kind().name().toLowerCase(java.util.Locale.ROOT));
        meta.put("timeOriginNs", firstNs);
        return Table.of(c.path(), "channel", List.of(Column.ofDoubles("time", "s", time), Column.ofDoubles("value", unit(c), values)))
                .withMetadata(Metadata.of(meta)).withProvenance(prov);
    }

    /** Unit of a channel's values from its group. */
    static String unit(Channel c) {
        return switch (c.group()) {
            case "Force HF", "Force LF" -> "pN";
            case "Distance" -> "um";
            case BluelakeFile.PHOTON_COUNT -> "photon";
            default -> "";
        };
    }
}
