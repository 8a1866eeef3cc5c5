package org.fluorite.io.hdf5.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.fluorite.core.progress.ProgressMonitor;
import org.fluorite.io.hdf5.Hdf5Attributes;
import org.fluorite.io.hdf5.Hdf5Node;
import org.fluorite.io.hdf5.Hdf5Node.DatasetInfo;
import org.fluorite.io.hdf5.Hdf5Node.Field;
import org.fluorite.io.hdf5.Hdf5Node.Kind;
import org.fluorite.io.hdf5.Hdf5Node.View;
import org.fluorite.io.hdf5.Hdf5Types;

import io.jhdf.api.Dataset;
import io.jhdf.api.Group;
import io.jhdf.api.Link;
import io.jhdf.api.Node;
import io.jhdf.api.NodeType;
import io.jhdf.api.dataset.ChunkedDataset;
import io.jhdf.filter.PipelineFilterWithData;
import io.jhdf.links.ExternalLink;
import io.jhdf.object.datatype.CompoundDataType;
import io.jhdf.object.datatype.DataType;

/**
 * Walks an HDF5 file's groups into {@link Hdf5Node}s. A child that cannot be read becomes an
 * "unreadable" node with the reason, so one damaged object does not hide the rest. Stops at
 * {@link #MAX_NODES} objects and {@link #MAX_DEPTH} levels, and never enters a group twice
 * (hard links can make cycles). Runs inside {@link org.fluorite.io.hdf5.Hdf5File#call}.
 */
public final class TreeReader {

    /** Objects described at most; the rest of a group is cut and marked truncated. */
    public static final int MAX_NODES = 20_000;
    /** Group nesting followed at most. */
    public static final int MAX_DEPTH = 64;
    /** Values of an array attribute kept in the tree. */
    public static final int MAX_ATTRIBUTE_VALUES = 64;
    /** Scalar datasets up to this size show their value (bytes). */
    private static final int MAX_VALUE_BYTES = 4096;

    private final long fileLength;
    private final ProgressMonitor monitor;
    private final Set<Long> visitedGroups = new HashSet<>();
    private int nodes;
    private boolean truncated;

    public TreeReader(long fileLength, ProgressMonitor monitor) {
        this.fileLength = fileLength;
        this.monitor = monitor;
    }

    /** True when the node limit cut the tree. */
    public boolean truncated() {
        return truncated;
    }

    public Hdf5Node read(Group root) {
        return group(root, "/", "/", 0);
    }

    private Hdf5Node group(Group group, String name, String path, int depth) {
        nodes++;
        monitor.checkCancelled();
        Map<String, Object> attributes = attributes(group);
        List<Hdf5Node> children = new ArrayList<>();
        String error = null;
        boolean cut = false;
        if (!visitedGroups.add(group.getAddress())) {
            error = "group already listed (hard link cycle)";
        } else if (depth >= MAX_DEPTH) {
            error = "nested deeper than " + MAX_DEPTH + " levels, not listed";
        } else {
            Map<String, Node> members;
            try {
                members = group.getChildren();
            } catch (RuntimeException e) {
                members = Map.of();
                error = "members cannot be read: " + message(e);
            }
            for (Map.Entry<String, Node> e : members.entrySet()) {
                if (nodes >= MAX_NODES) {
                    cut = true;
                    truncated = true;
                    break;
                }
                String childPath = path.endsWith("/") ? path + e.getKey() : path + "/" + e.getKey();
                children.add(child(e.getKey(), childPath, e.getValue(), depth + 1));
            }
        }
        return new Hdf5Node(name, path, Kind.GROUP, attributes, children, null, null, error, cut);
    }

    private Hdf5Node child(String name, String path, Node node, int depth) {
        try {
            if (node instanceof Link link) {
                nodes++;
                boolean external = link instanceof ExternalLink;
                String target = link.getTargetPath();
                if (external) {
                    target = String.valueOf(link);
                }
                return new Hdf5Node(name, path, external ? Kind.EXTERNAL_LINK : Kind.SOFT_LINK, Map.of(), List.of(), null,
                        target, null, false);
            }
            if (node instanceof Group g) {
                return group(g, name, path, depth);
            }
            nodes++;
            if (node instanceof Dataset d) {
                return new Hdf5Node(name, path, Kind.DATASET, attributes(node), List.of(), datasetInfo(d), null, null, false);
            }
            if (node.getType() == NodeType.COMMITTED_DATATYPE) {
                return new Hdf5Node(name, path, Kind.DATATYPE, attributes(node), List.of(), null, null, null, false);
            }
            return new Hdf5Node(name, path, Kind.UNREADABLE, Map.of(), List.of(), null, null,
                    "unknown object type " + node.getType(), false);
        } catch (RuntimeException e) {
            nodes++;
            return new Hdf5Node(name, path, Kind.UNREADABLE, Map.of(), List.of(), null, null, message(e), false);
        }
    }

    private Map<String, Object> attributes(Node node) {
        try {
            return Hdf5Attributes.of(node, MAX_ATTRIBUTE_VALUES, fileLength);
        } catch (RuntimeException e) {
            return Map.of("error", "attributes cannot be read: " + message(e));
        }
    }

    /** Shape, type, storage and default view of a dataset, without reading its data. */
    public static DatasetInfo datasetInfo(Dataset d) {
        long[] dims = d.getDimensionsAsLong();
        List<Long> shape = new ArrayList<>();
        for (long x : dims) {
            shape.add(x);
        }
        DataType type = d.getDataType();
        String dtype = Hdf5Types.label(type);
        boolean big = Hdf5Types.isNumeric(type) && Hdf5Types.byteOrder(type) == java.nio.ByteOrder.BIG_ENDIAN;
        String layout = d.getDataLayout() == null ? "unknown" : d.getDataLayout().name().toLowerCase();
        List<Integer> chunks = new ArrayList<>();
        List<String> filters = new ArrayList<>();
        if (d instanceof ChunkedDataset c) {
            for (int x : c.getChunkDimensions()) {
                chunks.add(x);
            }
            for (PipelineFilterWithData f : c.getFilters()) {
                filters.add(f.getName());
            }
        }
        List<Field> fields = new ArrayList<>();
        if (type instanceof CompoundDataType compound) {
            for (CompoundDataType.CompoundDataMember m : compound.getMembers()) {
                List<Integer> mdims = new ArrayList<>();
                if (m.getDimensionSize() != null) {
                    for (int x : m.getDimensionSize()) {
                        mdims.add(x);
                    }
                }
                fields.add(new Field(m.getName(), Hdf5Types.label(m.getDataType()), mdims));
            }
        }
        Object value = null;
        if (dims.length == 0 && type.getSize() <= MAX_VALUE_BYTES && !d.isEmpty()) {
            value = Hdf5Attributes.toJson(d.getData(), null);
        }
        return new DatasetInfo(shape, dtype, big, layout, chunks, filters, fields, value, view(d, dims, type));
    }

    /** How a dataset opens: see {@link View}. */
    public static View view(Dataset d, long[] dims, DataType type) {
        for (long x : dims) {
            if (x < 1) {
                return View.NONE;
            }
        }
        if (type instanceof CompoundDataType) {
            return dims.length == 1 ? View.TABLE : View.NONE;
        }
        if (!Hdf5Types.pixelType(type).isPresent()) {
            return View.NONE;
        }
        return switch (dims.length) {
            case 1 -> View.TABLE;
            case 2, 3 -> dims[dims.length - 1] <= Integer.MAX_VALUE && dims[dims.length - 2] <= Integer.MAX_VALUE ? View.IMAGE
                    : View.NONE;
            default -> View.NONE;
        };
    }

    static String message(Throwable e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
