package org.fluorite.io.hdf5;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One object of an HDF5 file as Fluorite describes it: a group with its children, a dataset with
 * its shape and type, or a link, each with its attributes as JSON-compatible values. Immutable;
 * read by {@link Hdf5Tree#read}.
 *
 * @param name       last part of the path ("/" for the root group)
 * @param path       absolute path in the file, e.g. "/phase/raw"
 * @param kind       what the object is
 * @param attributes the object's attributes (see {@link Hdf5Attributes}); long arrays truncated
 * @param children   members of a group in file order, empty for other kinds
 * @param dataset    shape, type and storage of a dataset, null for other kinds
 * @param linkTarget path a soft or external link points to (external: "file:/path"), else null
 * @param error      why the object (or part of it) could not be read, else null
 * @param truncated  true when a group's children were cut at the tree's node limit
 */
public record Hdf5Node(String name, String path, Kind kind, Map<String, Object> attributes, List<Hdf5Node> children,
        DatasetInfo dataset, String linkTarget, String error, boolean truncated) {

    /** What an HDF5 object is. */
    public enum Kind {
        GROUP("group"), DATASET("dataset"), SOFT_LINK("soft link"), EXTERNAL_LINK("external link"),
        DATATYPE("datatype"), UNREADABLE("unreadable");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        /** The word used in JSON and on screen. */
        public String label() {
            return label;
        }
    }

    /** How Fluorite opens a dataset by default. */
    public enum View {
        /** A lazy image: 2-D (YX) or 3-D (TYX) numeric datasets. */
        IMAGE,
        /** A table: compound datasets (one column per field) and 1-D numeric datasets (plotted). */
        TABLE,
        /** Not opened (scalars, strings, 4-D and larger, empty datasets, ...); shown in the tree only. */
        NONE
    }

    /**
     * A member of a compound type.
     *
     * @param dims array dimensions of the member, empty for a single value
     */
    public record Field(String name, String dtype, List<Integer> dims) {
    }

    /**
     * What a dataset is.
     *
     * @param shape     lengths from slowest to fastest axis, empty for a scalar
     * @param dtype     label from {@link Hdf5Types#label}
     * @param bigEndian true when numbers are stored big-endian
     * @param layout    "contiguous", "chunked" or "compact"
     * @param chunks    chunk shape of a chunked dataset, else empty
     * @param filters   filter names in pipeline order ("shuffle", "deflate", "lzf", ...)
     * @param fields    members of a compound type, else empty
     * @param value     the value of a small scalar dataset, else null
     * @param view      how Fluorite opens it
     */
    public record DatasetInfo(List<Long> shape, String dtype, boolean bigEndian, String layout, List<Integer> chunks,
            List<String> filters, List<Field> fields, Object value, View view) {

        public DatasetInfo {
            shape = List.copyOf(shape);
            chunks = List.copyOf(chunks);
            filters = List.copyOf(filters);
            fields = List.copyOf(fields);
        }

        /** "146 × 168 float32", "scalar int64", "4281 compound". */
        public String summary() {
            if (shape.isEmpty()) {
                return "scalar " + dtype;
            }
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < shape.size(); i++) {
                b.append(i == 0 ? "" : " \u00d7 ").append(shape.get(i));
            }
            return b.append(' ').append(dtype).toString();
        }
    }

    public Hdf5Node {
        attributes = attributes == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
        children = children == null ? List.of() : List.copyOf(children);
    }

    public boolean isGroup() {
        return kind == Kind.GROUP;
    }

    public boolean isDataset() {
        return kind == Kind.DATASET && dataset != null;
    }

    /** The default view of a dataset, {@link View#NONE} for other objects. */
    public View view() {
        return isDataset() ? dataset.view() : View.NONE;
    }

    /** Text for the second column of a tree: shape and type, link target or error. */
    public String summary() {
        return switch (kind) {
            case DATASET -> dataset == null ? "" : dataset.summary();
            case GROUP -> children.size() + (children.size() == 1 ? " member" : " members") + (truncated ? " (cut)" : "");
            case SOFT_LINK, EXTERNAL_LINK -> "\u2192 " + linkTarget;
            case DATATYPE -> "named datatype";
            case UNREADABLE -> "unreadable: " + error;
        };
    }

    /** Visits this node and all below it, depth first, parents before children. */
    public void walk(Consumer<Hdf5Node> visitor) {
        visitor.accept(this);
        for (Hdf5Node c : children) {
            c.walk(visitor);
        }
    }

    /** The node at an absolute path below (or at) this node. */
    public Optional<Hdf5Node> find(String absolutePath) {
        if (path.equals(absolutePath)) {
            return Optional.of(this);
        }
        for (Hdf5Node c : children) {
            if (absolutePath.equals(c.path) || absolutePath.startsWith(c.path.endsWith("/") ? c.path : c.path + "/")) {
                Optional<Hdf5Node> found = c.find(absolutePath);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    /** The node as JSON-compatible values: the form {@code ./fluorite info --json} prints. */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("path", path);
        m.put("type", kind.label());
        if (dataset != null) {
            m.put("shape", dataset.shape());
            m.put("dtype", dataset.dtype());
            if (dataset.bigEndian()) {
                m.put("byteOrder", "big-endian");
            }
            m.put("layout", dataset.layout());
            if (!dataset.chunks().isEmpty()) {
                m.put("chunks", dataset.chunks());
            }
            m.put("filters", dataset.filters());
            if (!dataset.fields().isEmpty()) {
                List<Object> fields = new ArrayList<>();
                for (Field f : dataset.fields()) {
                    Map<String, Object> fm = new LinkedHashMap<>();
                    fm.put("name", f.name());
                    fm.put("dtype", f.dtype());
                    if (!f.dims().isEmpty()) {
                        fm.put("dims", f.dims());
                    }
                    fields.add(fm);
                }
                m.put("fields", fields);
            }
            if (dataset.value() != null) {
                m.put("value", dataset.value());
            }
            m.put("opensAs", dataset.view().name().toLowerCase());
        }
        if (linkTarget != null) {
            m.put("target", linkTarget);
        }
        if (error != null) {
            m.put("error", error);
        }
        m.put("attributes", attributes);
        if (kind == Kind.GROUP) {
            List<Object> kids = new ArrayList<>();
            for (Hdf5Node c : children) {
                kids.add(c.toMap());
            }
            m.put("children", kids);
            if (truncated) {
                m.put("truncated", true);
            }
        }
        return m;
    }
}
