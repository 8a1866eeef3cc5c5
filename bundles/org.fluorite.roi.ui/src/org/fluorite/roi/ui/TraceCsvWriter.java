package org.fluorite.roi.ui;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes ROI traces as CSV readable without Fluorite: a header {@code frame,<roi name>,...} and one
 * row per frame, the frame index counted from 0 and the values in full precision ({@code NaN} for
 * a ROI with no pixel inside the image).
 */
public final class TraceCsvWriter {

    private TraceCsvWriter() {
    }

    /**
     * @param names  one column name per ROI
     * @param traces traces[roi][frame], all of one length
     */
    public static void write(Writer out, List<String> names, double[][] traces) throws IOException {
        if (names.size() != traces.length) {
            throw new IllegalArgumentException(names.size() + " names for " + traces.length + " traces");
        }
        int frames = traces.length == 0 ? 0 : traces[0].length;
        StringBuilder line = new StringBuilder("frame");
        for (String n : names) {
            line.append(',').append(quoted(n));
        }
        out.write(line.append('\n').toString());
        for (int t = 0; t < frames; t++) {
            line.setLength(0);
            line.append(t);
            for (double[] trace : traces) {
                if (trace.length != frames) {
                    throw new IllegalArgumentException("Traces of different lengths (" + trace.length + " vs " + frames + ")");
                }
                line.append(',').append(trace[t]);
            }
            out.write(line.append('\n').toString());
        }
    }

    /** The name as a CSV field: quoted (with doubled quotes) when it holds a comma, quote or line break. */
    static String quoted(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
