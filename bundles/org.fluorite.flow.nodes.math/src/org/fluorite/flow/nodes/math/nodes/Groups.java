package org.fluorite.flow.nodes.math.nodes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fluorite.flow.ColumnType;
import org.fluorite.flow.Frame;

/** Rows of a frame grouped by the values of categorical columns, groups in order of first appearance. */
final class Groups {

    private Groups() {
    }

    /** Row indices per group key (the values of the columns joined); one group of all rows when no column is given. */
    static Map<List<String>, List<Integer>> of(Frame frame, List<String> columns) {
        List<String[]> values = new ArrayList<>();
        for (String c : columns) {
            values.add(frame.require(c, ColumnType.TEXT).texts());
        }
        Map<List<String>, List<Integer>> out = new LinkedHashMap<>();
        for (int r = 0; r < frame.rowCount(); r++) {
            List<String> key = new ArrayList<>();
            for (String[] v : values) {
                key.add(String.valueOf(v[r]));
            }
            out.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
        }
        return out;
    }

    static int[] ints(List<Integer> l) {
        return l.stream().mapToInt(Integer::intValue).toArray();
    }
}
