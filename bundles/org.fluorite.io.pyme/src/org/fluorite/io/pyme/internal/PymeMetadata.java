package org.fluorite.io.pyme.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.fluorite.io.ImportException;
import org.fluorite.io.hdf5.Hdf5Attributes;
import org.fluorite.io.hdf5.Hdf5Compound;
import org.fluorite.io.hdf5.Hdf5File;

import io.jhdf.api.Dataset;
import io.jhdf.api.Group;
import io.jhdf.api.Node;

/**
 * PYME's metadata and events in HDF5: {@code /MetaData} holds one group per namespace with the
 * entries as attributes ({@code /MetaData/voxelsize} with {@code x, y, z} in µm,
 * {@code /MetaData/Camera} with {@code CycleTime} in s, ...), read here as dotted keys
 * ({@code voxelsize.x}); {@code /Events} is a table of (EventName, Time [s], EventDescr).
 */
public final class PymeMetadata {

    /** PyTables' own bookkeeping attributes, not PYME metadata. */
    private static final Set<String> PYTABLES = Set.of("CLASS", "TITLE", "VERSION", "PYTABLES_FORMAT_VERSION");
    private static final int MAX_EVENTS = 100_000;
    /** Arrays with more values are kept in metadata as a summary with their first values. */
    private static final int MAX_ATTRIBUTE_VALUES = 4096;

    private PymeMetadata() {
    }

    /** The entries of {@code /MetaData} as dotted keys in file order; empty when the group is absent. */
    public static Map<String, Object> read(Hdf5File hdf) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (hdf.hdf().getChildren().get("MetaData") instanceof Group g) {
            collect(g, hdf.length(), "", out, 0);
        }
        return out;
    }

    private static void collect(Group group, long fileLength, String prefix, Map<String, Object> out, int depth) {
        Hdf5Attributes.of(group, MAX_ATTRIBUTE_VALUES, fileLength).forEach((k, v) -> {
            if (!PYTABLES.contains(k)) {
                out.put(prefix + k, v);
            }
        });
        if (depth > 16) {
            return;
        }
        for (Map.Entry<String, Node> e : group.getChildren().entrySet()) {
            if (e.getValue() instanceof Group child && !child.isLink()) {
                collect(child, fileLength, prefix + e.getKey() + ".", out, depth + 1);
            }
        }
    }

    /** The {@code /Events} table as a list of {name, time, description}; empty when absent. */
    public static List<Map<String, Object>> events(Hdf5File hdf) throws ImportException {
        List<Map<String, Object>> out = new ArrayList<>();
        if (!(hdf.hdf().getChildren().get("Events") instanceof Dataset d) || !d.isCompound() || d.getDimensions().length != 1) {
            return out;
        }
        Map<String, Object> cols = Hdf5Compound.flatColumns(hdf, d);
        Object names = cols.get("EventName");
        Object times = cols.get("Time");
        Object descr = cols.get("EventDescr");
        int n = Math.min(d.getDimensions()[0], MAX_EVENTS);
        for (int i = 0; i < n; i++) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("name", names instanceof String[] s ? s[i] : null);
            e.put("time", times instanceof double[] t ? t[i] : null);
            e.put("description", descr instanceof String[] s ? s[i] : null);
            out.add(e);
        }
        return out;
    }

    /** A metadata value as a number, NaN when absent or not numeric. */
    public static double number(Map<String, Object> meta, String key) {
        Object v = meta.get(key);
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        if (v instanceof String s) {
            try {
                return Double.parseDouble(s.trim());
            } catch (NumberFormatException e) {
                return Double.NaN;
            }
        }
        return Double.NaN;
    }
}
