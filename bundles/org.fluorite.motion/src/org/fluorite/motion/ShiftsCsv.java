package org.fluorite.motion;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes the applied shifts as CSV: a header {@code frame,x,y} (pixels; a corrected pixel at
 * (x, y) holds the input at (x - shift x, y - shift y)) and, for piecewise-rigid correction,
 * {@code patch_R_C_x,patch_R_C_y} for every patch (grid row R, column C) beside them, where the
 * rigid part stays in {@code x,y}. One row per frame.
 */
public final class ShiftsCsv {

    private ShiftsCsv() {
    }

    public static void write(FrameShifts shifts, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            StringBuilder header = new StringBuilder("frame,x,y");
            int patches = shifts.patchCount();
            for (int p = 0; p < patches; p++) {
                header.append(',').append(shifts.patchColumn(p, "x")).append(',').append(shifts.patchColumn(p, "y"));
            }
            out.write(header.toString());
            out.write('\n');
            StringBuilder row = new StringBuilder();
            for (int f = 0; f < shifts.frames(); f++) {
                row.setLength(0);
                row.append(f).append(',').append(format(shifts.x(f))).append(',').append(format(shifts.y(f)));
                for (int p = 0; p < patches; p++) {
                    row.append(',').append(format(shifts.patchX(f, p))).append(',').append(format(shifts.patchY(f, p)));
                }
                out.write(row.toString());
                out.write('\n');
            }
        }
    }

    /** Shifts are resolved to hundredths of a pixel at best: four decimals keep them exactly. */
    static String format(double v) {
        String s = String.format(Locale.ROOT, "%.4f", v);
        if (s.contains(".")) {
            s = s.replaceAll("0+$", "");
            if (s.endsWith(".")) {
                s = s.substring(0, s.length() - 1);
            }
        }
        return s.equals("-0") ? "0" : s;
    }
}
