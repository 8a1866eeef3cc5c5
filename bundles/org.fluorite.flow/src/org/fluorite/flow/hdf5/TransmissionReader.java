package org.fluorite.flow.hdf5;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.fluorite.core.json.Json;
import org.fluorite.core.meta.Metadata;
import org.fluorite.core.meta.Provenance;
import org.fluorite.flow.ColumnType;
import org.fluorite.flow.FlowColumn;
import org.fluorite.flow.Frame;
import org.fluorite.flow.HistoryTrace;
import org.fluorite.flow.Transmission;

import io.jhdf.HdfFile;
import io.jhdf.api.Attribute;
import io.jhdf.api.Dataset;
import io.jhdf.api.Group;
import io.jhdf.api.Node;

/**
 * The jHDF calls behind {@link TransmissionHdf5#load}. Every size read from the file is checked
 * against the file's length before anything is allocated, and every problem becomes an
 * IOException naming the file.
 */
final class TransmissionReader {

    private static final byte[] HDF5_MAGIC = {(byte) 0x89, 'H', 'D', 'F', '\r', '\n', 0x1a, '\n'};

    private final Path file;
    private final long fileLength;

    private TransmissionReader(Path file, long fileLength) {
        this.file = file;
        this.fileLength = fileLength;
    }

    static boolean looksLikeTransmission(Path file) {
        try {
            if (!Files.isRegularFile(file) || Files.size(file) < 8) {
                return false;
            }
            byte[] head = new byte[8];
            try (var in = Files.newInputStream(file)) {
                if (in.readNBytes(head, 0, 8) != 8 || !java.util.Arrays.equals(head, HDF5_MAGIC)) {
                    return false;
                }
            }
            try (HdfFile hdf = new HdfFile(file)) {
                Attribute a = hdf.getAttribute("format");
                return a != null && TransmissionHdf5.FORMAT.equals(text(a.getData()));
            }
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    static Transmission read(Path file) throws IOException {
        long length = Files.size(file);
        try (HdfFile hdf = new HdfFile(file)) {
            return new TransmissionReader(file, length).read(hdf);
        } catch (IOException e) {
            throw e.getMessage() != null && e.getMessage().startsWith(file.toString()) ? e : new IOException(file + ": " + e.getMessage(), e);
        } catch (RuntimeException | StackOverflowError e) {
            throw new IOException(file + ": not a readable transmission file (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")",
                    e);
        } catch (OutOfMemoryError e) {
            // the HDF5 library sizes some buffers from header fields before anything can check them:
            // a damaged size asks for more memory than there is; the request dies with it, not the program
            throw new IOException(file + ": damaged transmission file (a header asks for more memory than is available)", e);
        }
    }

    private Transmission read(HdfFile hdf) throws IOException {
        Attribute format = hdf.getAttribute("format");
        if (format == null || !TransmissionHdf5.FORMAT.equals(text(format.getData()))) {
            throw problem("not a Fluorite transmission file (root attribute format=\"" + TransmissionHdf5.FORMAT + "\" is missing)");
        }
        long version = number(hdf.getAttribute("version"), "version");
        if (version > TransmissionHdf5.VERSION) {
            throw problem("transmission layout version " + version + " is newer than this Fluorite reads (" + TransmissionHdf5.VERSION + ")");
        }
        long rows = number(hdf.getAttribute("rows"), "rows");
        if (rows < 0 || rows > fileLength || rows > Integer.MAX_VALUE) {
            throw problem("row count " + rows + " does not fit a file of " + fileLength + " bytes");
        }
        List<?> schema = jsonList(jsonText(hdf, "schema"), "schema");
        HistoryTrace history;
        Metadata metadata;
        Provenance provenance = Provenance.EMPTY;
        try {
            history = HistoryTrace.fromJson(jsonText(hdf, "history"));
            metadata = Metadata.fromJson(jsonText(hdf, "metadata"));
            if (hdf.getChild("provenance") != null) {
                provenance = Provenance.fromJson(jsonText(hdf, "provenance"));
            }
        } catch (IllegalArgumentException | ClassCastException e) {
            throw problem("damaged history, metadata or provenance: " + e.getMessage());
        }
        Group cols = rows == 0 ? null : group(hdf, "columns");
        Frame frame = readFrame(cols, schema, (int) rows, "/columns");
        try {
            return Transmission.of(frame, history, metadata).withProvenance(provenance);
        } catch (IllegalArgumentException e) {
            throw problem(e.getMessage());
        }
    }

    private Frame readFrame(Group group, List<?> schema, int rows, String where) throws IOException {
        List<FlowColumn> out = new ArrayList<>();
        for (Object o : schema) {
            if (!(o instanceof Map<?, ?> m) || !(m.get("name") instanceof String name) || !(m.get("type") instanceof String type)) {
                throw problem("damaged schema entry " + o);
            }
            ColumnType t;
            try {
                t = ColumnType.fromWord(type);
            } catch (IllegalArgumentException e) {
                throw problem("column '" + name + "': " + e.getMessage());
            }
            String unit = m.get("unit") instanceof String u ? u : "";
            String ds = m.get("dataset") instanceof String d ? d : TransmissionWriter.datasetName(name);
            if (rows == 0) {
                out.add(FlowColumn.missing(name, t, unit, 0));
                continue;
            }
            Node node = group.getChild(ds);
            if (node == null) {
                throw problem("column '" + name + "' has no data at " + where + "/" + ds);
            }
            String at = where + "/" + ds;
            out.add(switch (t) {
                case LONG -> FlowColumn.ofLongs(name, unit, Values.longs(data(node, rows, 1, at), at, this));
                case DOUBLE -> FlowColumn.ofDoubles(name, unit, Values.doubles(data(node, rows, 1, at), at, this));
                case TEXT -> FlowColumn.ofText(name, texts(node, rows, at));
                case UUID -> FlowColumn.ofUuids(name, uuids(texts(node, rows, at), at));
                case ARRAY -> FlowColumn.ofArrays(name, unit, arrays(node, rows, at));
                case TABLE -> FlowColumn.ofTables(name, tables(node, rows, m.get("columns"), at));
            });
        }
        if (out.isEmpty()) {
            return Frame.EMPTY;
        }
        return Frame.of(out);
    }

    private String[] texts(Node node, int rows, String at) throws IOException {
        Object d = data(node, rows, 1, at);
        if (!(d instanceof String[] s)) {
            throw problem(at + " is not text");
        }
        Attribute missing = node.getAttribute("missing_rows");
        if (missing != null) {
            for (long r : Values.longs(missing.getData(), at + " missing_rows", this)) {
                if (r < 0 || r >= rows) {
                    throw problem(at + ": missing row " + r + " is outside 0.." + (rows - 1));
                }
                s[(int) r] = null;
            }
        }
        return s;
    }

    private UUID[] uuids(String[] s, String at) throws IOException {
        UUID[] out = new UUID[s.length];
        for (int i = 0; i < s.length; i++) {
            try {
                out[i] = s[i] == null || s[i].isEmpty() ? null : UUID.fromString(s[i].trim());
            } catch (IllegalArgumentException e) {
                throw problem(at + " row " + i + ": '" + s[i] + "' is not a UUID");
            }
        }
        return out;
    }

    private double[][] arrays(Node node, int rows, String at) throws IOException {
        if (node instanceof Dataset d) {
            int[] dims = d.getDimensions();
            if (dims.length != 2 || dims[0] != rows) {
                throw problem(at + " should be a " + rows + " x n matrix, it is " + java.util.Arrays.toString(dims));
            }
            checkSize(d, at);
            return Values.matrix(d.getData(), at, this);
        }
        Group g = (Group) node;
        long[] lengths = Values.longs(data(need(g, "lengths", at), rows, 1, at + "/lengths"), at, this);
        long total = 0;
        for (long l : lengths) {
            if (l < -1 || l > fileLength) {
                throw problem(at + ": array length " + l + " is impossible in a file of " + fileLength + " bytes");
            }
            total += Math.max(0, l);
        }
        if (total * 8 > fileLength) {
            throw problem(at + ": " + total + " values do not fit a file of " + fileLength + " bytes");
        }
        double[] values = total == 0 ? new double[0]
                : Values.doubles(data(need(g, "values", at), (int) total, 1, at + "/values"), at, this);
        double[][] out = new double[rows][];
        int pos = 0;
        for (int i = 0; i < rows; i++) {
            if (lengths[i] >= 0) {
                out[i] = java.util.Arrays.copyOfRange(values, pos, pos + (int) lengths[i]);
                pos += (int) lengths[i];
            }
        }
        return out;
    }

    private Frame[] tables(Node node, int rows, Object nestedSchema, String at) throws IOException {
        if (!(node instanceof Group g) || !(nestedSchema instanceof List<?> schema)) {
            throw problem(at + " is not a nested table group");
        }
        long[] lengths = Values.longs(data(need(g, "lengths", at), rows, 1, at + "/lengths"), at, this);
        long total = 0;
        for (long l : lengths) {
            if (l < -1 || l > fileLength) {
                throw problem(at + ": nested table length " + l + " is impossible");
            }
            total += Math.max(0, l);
        }
        if (total > fileLength) {
            throw problem(at + ": " + total + " nested rows do not fit the file");
        }
        Frame all = readFrame(total == 0 ? null : group(g, "rows"), schema, (int) total, at + "/rows");
        Frame[] out = new Frame[rows];
        int pos = 0;
        for (int i = 0; i < rows; i++) {
            if (lengths[i] >= 0) {
                int[] idx = new int[(int) lengths[i]];
                for (int k = 0; k < idx.length; k++) {
                    idx[k] = pos++;
                }
                out[i] = all.selectRows(idx);
            }
        }
        return out;
    }

    /** The data of a dataset of {@code rows} x {@code perRow} elements, sizes checked first. */
    private Object data(Node node, int rows, int perRow, String at) throws IOException {
        if (!(node instanceof Dataset d)) {
            throw problem(at + " is not a dataset");
        }
        int[] dims = d.getDimensions();
        if (dims.length != 1 || dims[0] != rows) {
            throw problem(at + " has shape " + java.util.Arrays.toString(dims) + ", expected [" + rows + "]");
        }
        checkSize(d, at);
        return d.getData();
    }

    private void checkSize(Dataset d, String at) throws IOException {
        long elements = 1;
        for (int dim : d.getDimensions()) {
            if (dim < 0) {
                throw problem(at + " has a negative dimension");
            }
            elements = Math.multiplyExact(elements, (long) dim);
        }
        long bytes = Math.multiplyExact(elements, Math.max(1, d.getDataType().getSize()));
        if (bytes > fileLength || elements > Integer.MAX_VALUE - 8) {
            throw problem(at + " claims " + bytes + " bytes, more than the file's " + fileLength);
        }
    }

    private String jsonText(HdfFile hdf, String name) throws IOException {
        Node n = hdf.getChild(name);
        if (n == null) {
            throw problem("the /" + name + " dataset is missing");
        }
        Object d = data(n, 1, 1, "/" + name);
        if (!(d instanceof String[] s)) {
            throw problem("/" + name + " is not text");
        }
        return s[0];
    }

    private List<?> jsonList(String text, String what) throws IOException {
        try {
            if (Json.parse(text) instanceof List<?> l) {
                return l;
            }
        } catch (RuntimeException e) {
            throw problem("damaged " + what + ": " + e.getMessage());
        }
        throw problem("damaged " + what + ": not a JSON list");
    }

    private Group group(Group parent, String name) throws IOException {
        Node n = parent.getChild(name);
        if (!(n instanceof Group g)) {
            throw problem("group " + name + " is missing");
        }
        return g;
    }

    private Node need(Group g, String name, String at) throws IOException {
        Node n = g.getChild(name);
        if (n == null) {
            throw problem(at + "/" + name + " is missing");
        }
        return n;
    }

    private long number(Attribute a, String name) throws IOException {
        if (a == null || !(a.getData() instanceof Number n)) {
            throw problem("root attribute '" + name + "' is missing or not a number");
        }
        return n.longValue();
    }

    private static String text(Object data) {
        if (data instanceof String s) {
            return s;
        }
        if (data instanceof String[] s && s.length == 1) {
            return s[0];
        }
        return null;
    }

    IOException problem(String message) {
        return new IOException(file + ": " + message);
    }
}
