package org.fluorite.io.tiff.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * ImageJ's metadata: the "ImageJ=..." ImageDescription of the first page (key=value lines such as
 * images, channels, slices, frames, hyperstack, unit, spacing, finterval) and the private tags
 * 50838/50839 (Info text, slice labels, display ranges, channel LUTs, properties).
 */
public final class ImageJMetadata {

    private ImageJMetadata() {
    }

    public static boolean isImageJ(String description) {
        return description != null && description.startsWith("ImageJ=");
    }

    /** The description's key=value lines, with numbers and booleans parsed. */
    public static Map<String, Object> parseDescription(String description) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (String line : description.split("\n")) {
            int eq = line.indexOf('=');
            if (eq <= 0) {
                continue;
            }
            String key = line.substring(0, eq).trim();
            String value = line.substring(eq + 1).trim();
            out.put(key, value(key, value));
        }
        return out;
    }

    private static Object value(String key, String v) {
        if (key.equals("ImageJ")) {
            return v;
        }
        if (v.equals("true") || v.equals("false")) {
            return Boolean.valueOf(v);
        }
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            // not an integer
        }
        try {
            double d = Double.parseDouble(v);
            if (!Double.isNaN(d) && !Double.isInfinite(d)) {
                return d;
            }
        } catch (NumberFormatException e) {
            // text
        }
        return v.replace("\\u00B5", "µ");
    }

    /** Reads an integer entry, or {@code dflt}. */
    public static long integer(Map<String, Object> ij, String key, long dflt) {
        Object v = ij.get(key);
        return v instanceof Long l ? l : dflt;
    }

    private static final int INFO = 0x696e666f;
    private static final int LABELS = 0x6c61626c;
    private static final int RANGES = 0x72616e67;
    private static final int LUTS = 0x6c757473;
    private static final int PROPERTIES = 0x70726f70;

    /**
     * Decodes the ImageJ private tags of {@code ifd}: "Info", "Labels", "Ranges", "LUTs" (each a
     * map of red/green/blue 0-255 lists) and "Properties". Damaged entries are skipped.
     */
    public static Map<String, Object> privateTags(Ifd ifd) throws IOException {
        Map<String, Object> out = new LinkedHashMap<>();
        long[] counts = ifd.longs(TiffTag.IJ_METADATA_BYTE_COUNTS);
        byte[] data = ifd.raw(TiffTag.IJ_METADATA);
        if (counts == null || data == null || counts.length < 1 || counts[0] < 4 || counts[0] > data.length) {
            return out;
        }
        ByteOrder order = ifd.file().order();
        ByteBuffer b = ByteBuffer.wrap(data).order(order);
        int header = (int) counts[0];
        int magic = b.getInt(0);
        if (magic != 0x494a494a && magic != 0x4a494a49) {
            return out;
        }
        List<int[]> types = new ArrayList<>();
        for (int at = 4; at + 8 <= header; at += 8) {
            types.add(new int[] {b.getInt(at), b.getInt(at + 4)});
        }
        long pos = header;
        int entry = 1;
        List<String> labels = new ArrayList<>();
        List<Object> luts = new ArrayList<>();
        List<Object> properties = new ArrayList<>();
        for (int[] t : types) {
            for (int k = 0; k < t[1]; k++, entry++) {
                if (entry >= counts.length) {
                    return out;
                }
                long len = counts[entry];
                if (len < 0 || pos + len > data.length) {
                    return out;
                }
                int at = (int) pos;
                int n = (int) len;
                pos += len;
                switch (t[0]) {
                    case INFO -> out.put("Info", utf16(data, at, n, order));
                    case LABELS -> labels.add(utf16(data, at, n, order));
                    case PROPERTIES -> properties.add(utf16(data, at, n, order));
                    case RANGES -> {
                        List<Double> ranges = new ArrayList<>();
                        for (int i = 0; i + 8 <= n; i += 8) {
                            ranges.add(b.getDouble(at + i));
                        }
                        out.put("Ranges", ranges);
                    }
                    case LUTS -> {
                        if (n == 768) {
                            luts.add(lut(data, at));
                        }
                    }
                    default -> {
                        // ROIs, overlays and plots are not image metadata
                    }
                }
            }
        }
        if (!labels.isEmpty()) {
            out.put("Labels", labels);
        }
        if (!luts.isEmpty()) {
            out.put("LUTs", luts);
        }
        if (!properties.isEmpty()) {
            Map<String, Object> props = new LinkedHashMap<>();
            for (int i = 0; i + 1 < properties.size(); i += 2) {
                props.put(String.valueOf(properties.get(i)), properties.get(i + 1));
            }
            out.put("Properties", props);
        }
        return out;
    }

    private static String utf16(byte[] d, int at, int n, ByteOrder order) {
        return new String(d, at, n & ~1, order == ByteOrder.BIG_ENDIAN ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE);
    }

    private static Map<String, Object> lut(byte[] d, int at) {
        Map<String, Object> m = new LinkedHashMap<>();
        String[] names = {"red", "green", "blue"};
        for (int c = 0; c < 3; c++) {
            List<Integer> v = new ArrayList<>(256);
            for (int i = 0; i < 256; i++) {
                v.add(d[at + c * 256 + i] & 0xFF);
            }
            m.put(names[c], v);
        }
        return m;
    }
}
