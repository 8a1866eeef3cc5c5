package org.fluorite.flow.hdf5;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.fluorite.core.json.Json;
import org.fluorite.flow.FlowColumn;
import org.fluorite.flow.Frame;
import org.fluorite.flow.Transmission;

import io.jhdf.HdfFile;
import io.jhdf.WritableHdfFile;
import io.jhdf.api.WritableGroup;
import io.jhdf.api.WritableNode;

/**
 * The jHDF calls behind {@link TransmissionHdf5#save}. jHDF 0.13 cannot write empty datasets, so
 * a column with no values writes no dataset (the schema still lists it), and it writes text as
 * fixed-length UTF-8 byte strings (h5py gives {@code bytes}).
 */
final class TransmissionWriter {

    private static final String JHDF_MARK = "_jHDF";

    private TransmissionWriter() {
    }

    static void write(Transmission t, Path tmp, Path target) throws IOException {
        try (WritableHdfFile out = HdfFile.write(tmp)) {
            out.putAttribute("format", TransmissionHdf5.FORMAT);
            out.putAttribute("version", (long) TransmissionHdf5.VERSION);
            out.putAttribute("rows", (long) t.rowCount());
            out.putDataset("schema", new String[] {Json.write(schema(t.frame()))});
            out.putDataset("history", new String[] {t.history().toJson()});
            out.putDataset("metadata", new String[] {t.metadata().toJson()});
            out.putDataset("provenance", new String[] {t.provenance().toJson()});
            if (t.rowCount() > 0) {
                WritableGroup cols = out.putGroup("columns");
                putFrame(cols, t.frame());
            }
            out.removeAttribute(JHDF_MARK);
        } catch (RuntimeException e) {
            throw new IOException(target + ": cannot be written as a transmission file: " + e.getMessage(), e);
        }
    }

    /** [{"name","type","unit","dataset", "columns" (nested tables only)}] in column order. */
    static List<Object> schema(Frame f) {
        List<Object> out = new ArrayList<>();
        for (FlowColumn c : f.columns()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", c.name());
            m.put("type", c.type().word());
            m.put("unit", c.unit());
            m.put("dataset", datasetName(c.name()));
            if (c.type() == org.fluorite.flow.ColumnType.TABLE) {
                m.put("columns", schema(nestedSchemaFrame(c.tables())));
            }
            out.add(m);
        }
        return out;
    }

    /** HDF5 link names cannot hold '/' and must not be "." : those characters are %-escaped. */
    static String datasetName(String column) {
        String s = column.replace("%", "%25").replace("/", "%2F");
        return s.equals(".") ? "%2E" : s.isEmpty() ? "%" : s;
    }

    private static void putFrame(WritableGroup group, Frame f) {
        for (FlowColumn c : f.columns()) {
            putColumn(group, c);
        }
    }

    private static void putColumn(WritableGroup group, FlowColumn c) {
        String name = datasetName(c.name());
        if (c.size() == 0) {
            return;
        }
        switch (c.type()) {
            case LONG -> group.putDataset(name, c.longs());
            case DOUBLE -> group.putDataset(name, c.doubles());
            case TEXT -> putText(group, name, c.texts());
            case UUID -> {
                UUID[] u = c.uuids();
                String[] s = new String[u.length];
                for (int i = 0; i < u.length; i++) {
                    s[i] = u[i] == null ? null : u[i].toString();
                }
                putText(group, name, s);
            }
            case ARRAY -> putArrays(group, name, c.arrays());
            case TABLE -> putTables(group, name, c.tables());
        }
    }

    private static void putText(WritableGroup group, String name, String[] values) {
        String[] s = new String[values.length];
        List<Long> missing = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            s[i] = values[i] == null ? "" : values[i];
            if (values[i] == null) {
                missing.add((long) i);
            }
        }
        WritableNode d = group.putDataset(name, s);
        if (!missing.isEmpty()) {
            d.putAttribute("missing_rows", missing.stream().mapToLong(Long::longValue).toArray());
        }
    }

    private static void putArrays(WritableGroup group, String name, double[][] rows) {
        int n = -1;
        boolean rectangular = true;
        long total = 0;
        for (double[] r : rows) {
            if (r == null) {
                rectangular = false;
                continue;
            }
            total += r.length;
            if (n >= 0 && r.length != n) {
                rectangular = false;
            }
            n = r.length;
        }
        if (rectangular && n > 0) {
            WritableNode d = group.putDataset(name, rows);
            d.putAttribute("layout", "matrix");
            return;
        }
        WritableGroup g = group.putGroup(name);
        g.putAttribute("layout", "ragged");
        long[] lengths = new long[rows.length];
        double[] values = new double[Math.toIntExact(total)];
        int at = 0;
        for (int i = 0; i < rows.length; i++) {
            double[] r = rows[i];
            lengths[i] = r == null ? -1 : r.length;
            if (r != null) {
                System.arraycopy(r, 0, values, at, r.length);
                at += r.length;
            }
        }
        g.putDataset("lengths", lengths);
        if (values.length > 0) {
            g.putDataset("values", values);
        }
    }

    /** Nested tables are stored long-form: all rows' tables concatenated, plus each row's length. */
    private static void putTables(WritableGroup group, String name, Frame[] tables) {
        WritableGroup g = group.putGroup(name);
        g.putAttribute("layout", "nested");
        long[] lengths = new long[tables.length];
        List<Frame> present = new ArrayList<>();
        for (int i = 0; i < tables.length; i++) {
            lengths[i] = tables[i] == null ? -1 : tables[i].rowCount();
            if (tables[i] != null) {
                present.add(tables[i]);
            }
        }
        g.putDataset("lengths", lengths);
        Frame all = Frame.concatAll(present);
        if (all.rowCount() > 0) {
            WritableGroup rows = g.putGroup("rows");
            putFrame(rows, all);
        }
    }

    /** An empty frame with the union of the nested tables' columns (for the schema). */
    static Frame nestedSchemaFrame(Frame[] tables) {
        List<Frame> empty = new ArrayList<>();
        for (Frame f : tables) {
            if (f != null) {
                empty.add(f.selectRows(new int[0]));
            }
        }
        return Frame.concatAll(empty);
    }
}
