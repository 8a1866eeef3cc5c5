package org.fluorite.batch.slurm;

import java.util.ArrayList;
import java.util.List;

/** SLURM array task lists: "0-3", "1,3,5-7", "0-15%4" (the %N limit is ignored), "0-10:2". */
final class ArrayTasks {

    private ArrayTasks() {
    }

    static List<Integer> expand(String spec, int max) {
        List<Integer> out = new ArrayList<>();
        String s = spec.trim();
        int pct = s.indexOf('%');
        if (pct >= 0) {
            s = s.substring(0, pct);
        }
        for (String part : s.split(",")) {
            part = part.trim();
            if (part.isEmpty()) {
                continue;
            }
            int step = 1;
            int colon = part.indexOf(':');
            if (colon >= 0) {
                step = Math.max(1, Integer.parseInt(part.substring(colon + 1).trim()));
                part = part.substring(0, colon);
            }
            int dash = part.indexOf('-');
            try {
                int from = Integer.parseInt((dash >= 0 ? part.substring(0, dash) : part).trim());
                int to = dash >= 0 ? Integer.parseInt(part.substring(dash + 1).trim()) : from;
                for (int t = from; t <= to && out.size() < max; t += step) {
                    out.add(t);
                }
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("not a SLURM array task list: '" + spec + "'");
            }
        }
        return out;
    }
}
