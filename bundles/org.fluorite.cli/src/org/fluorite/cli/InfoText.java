package org.fluorite.cli;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.fluorite.core.image.Axis;
import org.fluorite.core.json.Json;

/** The readable summary of {@code info}, written from the same description as its JSON. */
final class InfoText {

    private static final int LABEL = 13;

    private InfoText() {
    }

    static String of(Map<String, Object> d) {
        StringBuilder b = new StringBuilder();
        line(b, "File", d.get("file") + (d.get("fileBytes") instanceof Number n ? " (" + bytes(n.longValue()) + ")" : ""));
        line(b, "Format", String.valueOf(d.get("format")));
        item(b, d, "");
        if (d.get("items") instanceof List<?> items) {
            line(b, "Items", items.size() + " data objects in the file");
            int i = 1;
            for (Object o : items) {
                if (o instanceof Map<?, ?> m) {
                    b.append("\n  [").append(i++).append("]\n");
                    @SuppressWarnings("unchecked")
                    Map<String, Object> item = (Map<String, Object>) m;
                    item(b, item, "  ");
                }
            }
        }
        if (d.get("messages") instanceof List<?> messages && !messages.isEmpty()) {
            b.append("Messages:\n");
            for (Object m : messages) {
                b.append("  ").append(m).append('\n');
            }
        }
        return b.toString();
    }

    private static void item(StringBuilder b, Map<String, Object> d, String indent) {
        line(b, indent + "Name", String.valueOf(d.get("name")));
        if (d.get("axes") == null) {
            line(b, indent + "Kind", String.valueOf(d.get("kind")));
        } else {
            String axes = String.valueOf(d.get("axes"));
            List<?> shape = d.get("shape") instanceof List<?> l ? l : List.of();
            StringBuilder dims = new StringBuilder(axes).append("  (");
            for (int i = 0; i < axes.length() && i < shape.size(); i++) {
                if (i > 0) {
                    dims.append(", ");
                }
                dims.append(InfoCommand.axisName(Axis.of(axes.charAt(i)))).append(' ').append(shape.get(i));
            }
            dims.append(')');
            line(b, indent + "Axes", dims.toString());
            line(b, indent + "Pixel type", String.valueOf(d.get("pixelType")));
            String size = d.get("sizeBytes") instanceof Number n ? bytes(n.longValue()) : "?";
            line(b, indent + "Pixel data", size + " in " + d.get("planeCount") + " planes");
            line(b, indent + "Calibration", calibration(d.get("calibration")));
        }
        if (d.get("metadata") instanceof Map<?, ?> meta && !meta.isEmpty()) {
            b.append(indent).append("Metadata:\n");
            for (Map.Entry<?, ?> e : meta.entrySet()) {
                b.append(indent).append("  ").append(e.getKey()).append(": ").append(value(e.getValue())).append('\n');
            }
        }
        if (d.get("provenance") instanceof List<?> prov && !prov.isEmpty()) {
            b.append(indent).append("Provenance:\n");
            for (Object op : prov) {
                if (op instanceof Map<?, ?> m) {
                    b.append(indent).append("  ").append(m.get("operation")).append(' ').append(Json.write(m.get("parameters")))
                            .append(m.get("time") != null ? "  at " + m.get("time") : "").append('\n');
                }
            }
        }
    }

    private static String calibration(Object cal) {
        if (!(cal instanceof Map<?, ?> m)) {
            return "none";
        }
        StringBuilder b = new StringBuilder();
        for (Map.Entry<?, ?> e : m.entrySet()) {
            if (e.getValue() instanceof Map<?, ?> c && c.get("size") instanceof Number size && c.get("unit") instanceof String unit
                    && !unit.isEmpty()) {
                if (b.length() > 0) {
                    b.append(", ");
                }
                b.append(e.getKey()).append(' ').append(quantity(size.doubleValue(), unit));
            }
        }
        return b.length() == 0 ? "none (pixels and frames)" : b.toString();
    }

    /** A physical step in a readable unit: 6.5e-7 m becomes "0.65 µm", 0.033 s "33 ms". */
    static String quantity(double value, String unit) {
        double abs = Math.abs(value);
        if (unit.equals("m")) {
            if (abs < 1e-6) {
                return number(value * 1e9) + " nm";
            }
            if (abs < 1e-3) {
                return number(value * 1e6) + " µm";
            }
            if (abs < 1) {
                return number(value * 1e3) + " mm";
            }
        } else if (unit.equals("s")) {
            if (abs < 1e-3) {
                return number(value * 1e6) + " µs";
            }
            if (abs < 1) {
                return number(value * 1e3) + " ms";
            }
        }
        return number(value) + " " + unit;
    }

    private static String number(double v) {
        String s = String.format(Locale.ROOT, "%.4g", v);
        if (s.contains("e") || !s.contains(".")) {
            return s;
        }
        s = s.replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    /** A byte count in binary units: "512 B", "1.5 KiB", "3.73 GiB". */
    static String bytes(long n) {
        if (n < 1024) {
            return n + " B";
        }
        String[] units = {"KiB", "MiB", "GiB", "TiB"};
        double v = n;
        int u = -1;
        while (v >= 1024 && u < units.length - 1) {
            v /= 1024;
            u++;
        }
        return number(v < 100 ? Math.round(v * 100) / 100.0 : Math.round(v * 10) / 10.0) + " " + units[u];
    }

    private static String value(Object v) {
        String s = v instanceof String str ? str : Json.write(v);
        s = CommandLine.oneLine(s);
        return s.length() > 200 ? s.substring(0, 197) + "..." : s;
    }

    private static void line(StringBuilder b, String label, String value) {
        b.append(label).append(':').append(" ".repeat(Math.max(1, LABEL - 1 - label.length()))).append(value).append('\n');
    }
}
