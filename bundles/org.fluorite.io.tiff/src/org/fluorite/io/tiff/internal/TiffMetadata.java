package org.fluorite.io.tiff.internal;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The baseline TIFF tags of the first page as metadata, palettes, Bluelake timestamps and dates. */
public final class TiffMetadata {

    private TiffMetadata() {
    }

    private static final Pattern BLUELAKE_TIME = Pattern.compile("(\\d{10,20}):(\\d{10,20})");
    /** Mesmerize's date format. */
    static final DateTimeFormatter MESMERIZE_DATE = DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss");

    /** Tags of {@code first} that describe the file, keyed by their TIFF names. */
    public static Map<String, Object> tags(TiffPage first) throws IOException {
        Ifd ifd = first.ifd();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ImageWidth", first.width());
        m.put("ImageLength", first.height());
        m.put("BitsPerSample", first.bitsPerSample());
        m.put("SamplesPerPixel", first.samplesPerPixel());
        m.put("SampleFormat", switch (first.sampleFormat) {
            case 2 -> "int";
            case 3 -> "float";
            default -> "uint";
        });
        m.put("Compression", TiffTag.compressionName(first.compression()));
        m.put("PhotometricInterpretation", switch (first.photometric()) {
            case 0 -> "WhiteIsZero";
            case 1 -> "BlackIsZero";
            case 2 -> "RGB";
            case 3 -> "Palette";
            case 4 -> "TransparencyMask";
            case 5 -> "CMYK";
            default -> String.valueOf(first.photometric());
        });
        m.put("PlanarConfiguration", first.planarConfiguration == 2 ? "planar" : "chunky");
        if (first.predictor != 1) {
            m.put("Predictor", first.predictor == 2 ? "horizontal" : "floating point");
        }
        if (first.tiled) {
            m.put("TileWidth", first.blockWidth);
            m.put("TileLength", first.blockHeight);
        }
        double[] xr = SeriesLayout.resolution(first, TiffTag.X_RESOLUTION);
        double[] yr = SeriesLayout.resolution(first, TiffTag.Y_RESOLUTION);
        if (xr != null) {
            m.put("XResolution", xr[0]);
        }
        if (yr != null) {
            m.put("YResolution", yr[0]);
        }
        if (ifd.has(TiffTag.RESOLUTION_UNIT)) {
            long u = ifd.get(TiffTag.RESOLUTION_UNIT, 2);
            m.put("ResolutionUnit", u == 1 ? "none" : u == 2 ? "inch" : u == 3 ? "centimeter" : String.valueOf(u));
        }
        for (Map.Entry<Integer, String> e : new java.util.TreeMap<>(TiffTag.TEXT_TAGS).entrySet()) {
            String v = ifd.string(e.getKey());
            if (v != null) {
                m.put(e.getValue(), v);
            }
        }
        return m;
    }

    /** The ColorMap of a palette page as red/green/blue lists of 16-bit values, or null. */
    public static Map<String, Object> palette(TiffPage first) throws IOException {
        long[] map = first.ifd().longs(TiffTag.COLOR_MAP);
        int entries = 1 << first.bitsPerSample();
        if (map == null || first.bitsPerSample() > 16 || map.length != 3L * entries) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        String[] names = {"red", "green", "blue"};
        for (int c = 0; c < 3; c++) {
            List<Long> v = new ArrayList<>(entries);
            for (int i = 0; i < entries; i++) {
                v.add(map[c * entries + i]);
            }
            m.put(names[c], v);
        }
        return m;
    }

    /**
     * Start times in seconds since the first page, from Bluelake's "start_ns:end_ns" DateTime tag
     * of every page; null when any page lacks one.
     */
    public static double[] bluelakeTimestamps(List<TiffPage> pages) throws IOException {
        if (pages.size() < 2) {
            return null;
        }
        double[] out = new double[pages.size()];
        long t0 = 0;
        for (int i = 0; i < out.length; i++) {
            long start = bluelakeStart(pages.get(i).ifd().string(TiffTag.DATE_TIME));
            if (start < 0) {
                return null;
            }
            if (i == 0) {
                t0 = start;
            }
            out[i] = (start - t0) * 1e-9;
        }
        return out;
    }

    /** The start in ns of a Bluelake "start:end" DateTime, or -1. */
    static long bluelakeStart(String dateTime) {
        if (dateTime == null) {
            return -1;
        }
        Matcher m = BLUELAKE_TIME.matcher(dateTime.trim());
        if (!m.matches()) {
            return -1;
        }
        try {
            return Long.parseLong(m.group(1));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /**
     * A date in Mesmerize's "YYYYMMDD_HHMMSS" form from a TIFF DateTime ("YYYY:MM:DD HH:MM:SS"), a
     * Bluelake "start_ns:end_ns" (UTC) or an ISO-8601 date-time; null when none of these.
     */
    public static String mesmerizeDate(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.trim();
        long ns = bluelakeStart(t);
        if (ns >= 0) {
            return LocalDateTime.ofInstant(Instant.ofEpochSecond(ns / 1_000_000_000L), ZoneOffset.UTC).format(MESMERIZE_DATE);
        }
        try {
            return LocalDateTime.parse(t, DateTimeFormatter.ofPattern("yyyy:MM:dd HH:mm:ss")).format(MESMERIZE_DATE);
        } catch (DateTimeParseException e) {
            // not a TIFF DateTime
        }
        try {
            return OffsetDateTime.parse(t).withOffsetSameInstant(ZoneOffset.UTC).format(MESMERIZE_DATE);
        } catch (DateTimeParseException e) {
            // not with an offset
        }
        try {
            return LocalDateTime.parse(t).format(MESMERIZE_DATE);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
