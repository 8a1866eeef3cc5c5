package org.fluorite.hdf5.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.fluorite.core.json.Json;
import org.fluorite.io.hdf5.Hdf5Node;

/** Words the browser shows for HDF5 objects and attribute values. Free of SWT. */
public final class NodeText {

    private NodeText() {
    }

    /** An attribute value: text as it is, anything else as compact JSON. */
    public static String value(Object value) {
        if (value == null) {
            return "(empty)";
        }
        if (value instanceof String s) {
            return s;
        }
        return Json.write(value);
    }

    /** Lines describing a node beside its attributes: type, storage, fields, link target, errors. */
    public static List<String> details(Hdf5Node node) {
        List<String> lines = new ArrayList<>();
        lines.add(node.kind().label() + "  " + node.path());
        if (node.isDataset()) {
            Hdf5Node.DatasetInfo d = node.dataset();
            lines.add(d.summary() + (d.bigEndian() ? " (big-endian)" : ""));
            StringBuilder storage = new StringBuilder(d.layout());
            if (!d.chunks().isEmpty()) {
                storage.append(", chunks ").append(join(d.chunks()));
            }
            if (!d.filters().isEmpty()) {
                storage.append(", filters ").append(String.join(" + ", d.filters()));
            }
            lines.add(storage.toString());
            if (!d.fields().isEmpty()) {
                List<String> fields = new ArrayList<>();
                for (Hdf5Node.Field f : d.fields()) {
                    fields.add(f.name() + " " + f.dtype() + (f.dims().isEmpty() ? "" : join(f.dims())));
                }
                lines.add("fields: " + String.join(", ", fields));
            }
            if (d.value() != null) {
                lines.add("value: " + value(d.value()));
            }
            lines.add(switch (d.view()) {
                case IMAGE -> "opens as an image (" + (d.shape().size() == 3 ? "TYX" : "YX") + ")";
                case TABLE -> d.fields().isEmpty() ? "opens as a table with a plot" : "opens as a table";
                case NONE -> "not opened (shown here only)";
            });
        } else if (node.linkTarget() != null) {
            lines.add("points to " + node.linkTarget());
        } else if (node.isGroup()) {
            lines.add(node.summary());
        }
        if (node.error() != null) {
            lines.add("problem: " + node.error());
        }
        return lines;
    }

    /** Attribute rows {name, value text} in file order. */
    public static List<String[]> attributeRows(Hdf5Node node) {
        List<String[]> rows = new ArrayList<>();
        for (Map.Entry<String, Object> e : node.attributes().entrySet()) {
            rows.add(new String[] {e.getKey(), value(e.getValue())});
        }
        return rows;
    }

    private static String join(List<Integer> dims) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < dims.size(); i++) {
            b.append(i == 0 ? "" : " \u00d7 ").append(dims.get(i));
        }
        return b.toString();
    }
}
