package org.fluorite.io.tiff.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.fluorite.core.image.Axis;

/**
 * The layout an OME-XML description gives: planes ordered by DimensionOrder (mapped to pages
 * through TiffData when present), axes T, Z and C with length above one, physical pixel sizes,
 * TimeIncrement and the per-plane DeltaT timestamps.
 */
public final class OmeLayout {

    private OmeLayout() {
    }

    /**
     * @param allPages every page of the file by IFD number (null where a page could not be read)
     * @param fileName this file's name, to tell single-file from multi-file OME-TIFF
     * @return the layout, or null (with a note) when the OME-XML does not fit the file
     */
    public static SeriesLayout build(OmeMetadata ome, List<TiffPage> allPages, String fileName, List<String> notes) {
        TiffPage first = allPages.get(0);
        long sx = ome.size("SizeX", -1);
        long sy = ome.size("SizeY", -1);
        long sz = ome.size("SizeZ", 1);
        long sc = ome.size("SizeC", 1);
        long st = ome.size("SizeT", 1);
        if (sx != first.width() || sy != first.height() || sz < 1 || sc < 1 || st < 1 || sz > 1 << 24 || sc > 1 << 24
                || st > 1 << 24) {
            notes.add("OME-XML sizes (" + sx + " x " + sy + ", Z=" + sz + " C=" + sc + " T=" + st
                    + ") do not match the pages; reading the pages one after the other");
            return null;
        }
        String order = ome.pixels().getOrDefault("DimensionOrder", "XYZCT").toUpperCase(Locale.ROOT);
        if (order.length() != 5 || !order.startsWith("XY") || order.chars().distinct().count() != 5
                || !order.substring(2).chars().allMatch(ch -> "ZCT".indexOf(ch) >= 0)) {
            notes.add("OME-XML DimensionOrder '" + order + "' is not valid; reading the pages one after the other");
            return null;
        }
        int samples = first.samplesPerPixel();
        long cPages = sc;
        if (samples > 1) {
            if (sc != samples || order.charAt(2) != 'C') {
                notes.add("OME-XML channels do not match " + samples + " samples per pixel; reading the pages one after the other");
                return null;
            }
            cPages = 1;
        }
        // storage order, fastest first, of the axes that make separate pages
        String fastFirst = order.substring(2);
        long[] size = new long[3];
        for (int i = 0; i < 3; i++) {
            char a = fastFirst.charAt(i);
            size[i] = a == 'Z' ? sz : a == 'T' ? st : cPages;
        }
        long planes;
        try {
            planes = Math.multiplyExact(Math.multiplyExact(size[0], size[1]), size[2]);
        } catch (ArithmeticException e) {
            planes = Long.MAX_VALUE;
        }
        List<TiffPage> pages = pagesInOrder(ome, allPages, fileName, planes, fastFirst, size, notes);
        if (pages == null) {
            return null;
        }
        StringBuilder axes = new StringBuilder();
        List<Long> lengths = new ArrayList<>();
        for (int i = 2; i >= 0; i--) {
            if (size[i] > 1) {
                axes.append(fastFirst.charAt(i));
                lengths.add(size[i]);
            }
        }
        SeriesLayout l = new SeriesLayout(pages, axes.toString(), lengths.stream().mapToLong(Long::longValue).toArray(), "ome");
        l.put(Axis.X, ome.metres("PhysicalSizeX"), "m");
        l.put(Axis.Y, ome.metres("PhysicalSizeY"), "m");
        l.put(Axis.Z, ome.metres("PhysicalSizeZ"), "m");
        l.put(Axis.T, ome.timeIncrementSeconds(), "s");
        l.timestamps = timestamps(ome, sz, st);
        return l;
    }

    private static List<TiffPage> pagesInOrder(OmeMetadata ome, List<TiffPage> allPages, String fileName, long planes,
            String fastFirst, long[] size, List<String> notes) {
        if (planes > allPages.size()) {
            notes.add("OME-XML describes " + planes + " planes but the file holds " + allPages.size()
                    + " pages (a multi-file OME-TIFF?); reading the pages one after the other");
            return null;
        }
        TiffPage[] byPlane = new TiffPage[(int) planes];
        boolean mapped = false;
        for (Map<String, String> td : ome.tiffData()) {
            String other = td.get("FileName");
            if (other != null && !other.equals(fileName)) {
                notes.add("OME-XML refers to planes in another file (" + other + "); reading this file's pages one after the other");
                return null;
            }
            boolean explicit = td.containsKey("IFD") || td.containsKey("FirstZ") || td.containsKey("FirstC")
                    || td.containsKey("FirstT") || td.containsKey("PlaneCount");
            if (!explicit) {
                continue;
            }
            mapped = true;
            long ifd = (long) Units.number(td.getOrDefault("IFD", "0"));
            long count = (long) Units.number(td.getOrDefault("PlaneCount",
                    td.containsKey("FirstZ") || td.containsKey("FirstC") || td.containsKey("FirstT") ? "1" : String.valueOf(planes)));
            long[] firstIndex = new long[3];
            for (int i = 0; i < 3; i++) {
                firstIndex[i] = (long) Units.number(td.getOrDefault("First" + fastFirst.charAt(i), "0"));
            }
            long start = firstIndex[0] + size[0] * (firstIndex[1] + size[1] * firstIndex[2]);
            if (ifd < 0 || count < 0 || start < 0 || start + count > planes || ifd + count > allPages.size()) {
                notes.add("OME-XML TiffData points outside the file; reading the pages one after the other");
                return null;
            }
            for (long k = 0; k < count; k++) {
                byPlane[(int) (start + k)] = allPages.get((int) (ifd + k));
            }
        }
        if (!mapped) {
            for (int i = 0; i < planes; i++) {
                byPlane[i] = allPages.get(i);
            }
        }
        TiffPage first = allPages.get(0);
        for (TiffPage p : byPlane) {
            if (p == null || !p.sameShape(first)) {
                notes.add("OME-XML leaves planes without a readable page; reading the pages one after the other");
                return null;
            }
        }
        return Arrays.asList(byPlane);
    }

    /** DeltaT of channel 0, one series per Z plane, in seconds; null unless every time point has one. */
    private static List<double[]> timestamps(OmeMetadata ome, long sz, long st) {
        if (st < 2 || ome.planes().isEmpty()) {
            return null;
        }
        Map<Long, TreeMap<Long, Double>> byZ = new TreeMap<>();
        for (Map<String, String> p : ome.planes()) {
            double c = Units.number(p.getOrDefault("TheC", "0"));
            double dt = Units.number(p.get("DeltaT")) * Units.secondsPer(p.getOrDefault("DeltaTUnit", "s"));
            if (c != 0 || Double.isNaN(dt)) {
                continue;
            }
            long z = (long) Units.number(p.getOrDefault("TheZ", "0"));
            long t = (long) Units.number(p.getOrDefault("TheT", "0"));
            byZ.computeIfAbsent(z, k -> new TreeMap<>()).put(t, dt);
        }
        List<double[]> out = new ArrayList<>();
        for (TreeMap<Long, Double> series : byZ.values()) {
            if (series.size() != st) {
                return null;
            }
            out.add(series.values().stream().mapToDouble(Double::doubleValue).toArray());
        }
        return out.isEmpty() || out.size() != sz ? null : out;
    }
}
