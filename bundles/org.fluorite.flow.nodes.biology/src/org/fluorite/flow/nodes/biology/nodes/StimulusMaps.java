package org.fluorite.flow.nodes.biology.nodes;

import java.util.ArrayList;
import java.util.List;

import org.fluorite.flow.ColumnType;
import org.fluorite.flow.FlowColumn;
import org.fluorite.flow.Frame;
import org.fluorite.flow.nodes.biology.numerics.StimulusPeriod;

/**
 * The stimulus maps a transmission carries: per row, a nested table in the {@value #COLUMN} column
 * with one row per period and the columns {@code type} (text), {@code name} (text), {@code start}
 * and {@code end} (frames, long or double; end exclusive).
 */
public final class StimulusMaps {

    public static final String COLUMN = "STIM_MAPS";

    private StimulusMaps() {
    }

    /** The periods of one stimulus type in a row's table (none for a missing table). */
    public static List<StimulusPeriod> periods(Frame table, String type) {
        List<StimulusPeriod> out = new ArrayList<>();
        if (table == null || table.rowCount() == 0) {
            return out;
        }
        String[] types = table.require("type", ColumnType.TEXT).texts();
        String[] names = table.require("name", ColumnType.TEXT).texts();
        long[] start = frames(table.require("start"));
        long[] end = frames(table.require("end"));
        for (int i = 0; i < types.length; i++) {
            if (type.equals(types[i])) {
                out.add(new StimulusPeriod(names[i] == null ? "" : names[i], start[i], end[i]));
            }
        }
        return out;
    }

    /** A row's table from periods (type, name, start, end). */
    public static Frame table(List<String> types, List<StimulusPeriod> periods) {
        long[] s = new long[periods.size()];
        long[] e = new long[periods.size()];
        String[] n = new String[periods.size()];
        for (int i = 0; i < s.length; i++) {
            s[i] = periods.get(i).startFrame();
            e[i] = periods.get(i).endFrame();
            n[i] = periods.get(i).name();
        }
        return Frame.of(FlowColumn.ofText("type", types.toArray(String[]::new)), FlowColumn.ofText("name", n),
                FlowColumn.ofLongs("start", "frames", s), FlowColumn.ofLongs("end", "frames", e));
    }

    private static long[] frames(FlowColumn c) {
        if (c.type() == ColumnType.LONG) {
            return c.longs();
        }
        double[] d = c.doubles();
        long[] out = new long[d.length];
        for (int i = 0; i < d.length; i++) {
            if (!Double.isFinite(d[i])) {
                throw new IllegalArgumentException("stimulus period " + i + " has no frame number (" + d[i] + ")");
            }
            out[i] = (long) d[i];
        }
        return out;
    }
}
