package org.fluorite.io.tiff.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.fluorite.core.image.Axis;
import org.fluorite.core.image.Calibration;

/**
 * How the pages of a TIFF file form an N-d image: the pages in plane order, the plane axes they
 * span (slowest first, without the C axis made of samples per pixel), their lengths, and every
 * calibration the file states for X, Y, Z and T (kept even for axes the layout lacks, so an axis
 * order override can use them). Built from OME-XML, an ImageJ description, a tifffile "shape"
 * JSON description, or the page count alone.
 */
public final class SeriesLayout {

    /** Pages in plane order. */
    public final List<TiffPage> pages;
    /** Plane axis letters, slowest first, e.g. "TZC"; empty for a single plane. */
    public final String axes;
    /** Length of each plane axis. */
    public final long[] lengths;
    /** Calibrations the file states, by axis; sizes in metres or seconds. */
    public final EnumMap<Axis, Calibration> calibrations = new EnumMap<>(Axis.class);
    /** Where the layout came from: "ome", "imagej", "shaped", "plain". */
    public final String source;
    /** Per focal plane, the acquisition time of each frame in seconds; null when unknown. */
    public List<double[]> timestamps;

    SeriesLayout(List<TiffPage> pages, String axes, long[] lengths, String source) {
        this.pages = List.copyOf(pages);
        this.axes = axes;
        this.lengths = lengths;
        this.source = source;
    }

    /** One axis over all pages: "T" for several pages, nothing for one. */
    public static SeriesLayout plain(List<TiffPage> pages) {
        return pages.size() > 1 ? new SeriesLayout(pages, "T", new long[] {pages.size()}, "plain")
                : new SeriesLayout(pages, "", new long[0], "plain");
    }

    /**
     * The layout an ImageJ description gives, or null (with a note) when it does not fit the pages.
     */
    public static SeriesLayout imageJ(Map<String, Object> ij, List<TiffPage> pages, List<String> notes) {
        long images = ImageJMetadata.integer(ij, "images", pages.size());
        long c = Math.max(1, ImageJMetadata.integer(ij, "channels", 1));
        long z = Math.max(1, ImageJMetadata.integer(ij, "slices", 1));
        long t = Math.max(1, ImageJMetadata.integer(ij, "frames", 1));
        if (c * z * t != images) {
            notes.add("ImageJ description gives " + c + " channels x " + z + " slices x " + t + " frames but " + images
                    + " images; reading the images as slices");
            c = 1;
            t = 1;
            z = images;
        }
        if (images > pages.size() || images < 1) {
            notes.add("ImageJ description announces " + images + " images but the file holds " + pages.size()
                    + " pages; reading the pages one after the other");
            return null;
        }
        int samples = pages.get(0).samplesPerPixel();
        if (samples > 1 && c > 1) {
            notes.add("ImageJ channels on top of " + samples + " samples per pixel are not supported; channels read as slices");
            z *= c;
            c = 1;
        }
        StringBuilder axes = new StringBuilder();
        List<Long> lengths = new ArrayList<>();
        if (t > 1) {
            axes.append('T');
            lengths.add(t);
        }
        if (z > 1) {
            axes.append('Z');
            lengths.add(z);
        }
        if (c > 1) {
            axes.append('C');
            lengths.add(c);
        }
        SeriesLayout l = new SeriesLayout(pages.subList(0, (int) images), axes.toString(),
                lengths.stream().mapToLong(Long::longValue).toArray(), "imagej");
        TiffPage first = pages.get(0);
        double[] xres = resolution(first, TiffTag.X_RESOLUTION);
        double[] yres = resolution(first, TiffTag.Y_RESOLUTION);
        String unit = String.valueOf(ij.getOrDefault("unit", ""));
        double perUnit = Units.metresPer(unit);
        double perYUnit = ij.containsKey("yunit") ? Units.metresPer(String.valueOf(ij.get("yunit"))) : perUnit;
        double perZUnit = ij.containsKey("zunit") ? Units.metresPer(String.valueOf(ij.get("zunit"))) : perUnit;
        if (xres != null) {
            l.put(Axis.X, perUnit / xres[0], "m");
        }
        if (yres != null) {
            l.put(Axis.Y, perYUnit / yres[0], "m");
        } else if (xres != null) {
            l.put(Axis.Y, perYUnit / xres[0], "m");
        }
        l.put(Axis.Z, Units.number(ij.get("spacing")) * perZUnit, "m");
        double perT = Units.secondsPer(String.valueOf(ij.getOrDefault("tunit", "sec")));
        l.put(Axis.T, Units.number(ij.get("finterval")) * perT, "s");
        return l;
    }

    /** The layout of a tifffile "shaped" JSON description, or null when it does not fit. */
    public static SeriesLayout shaped(Map<?, ?> json, List<TiffPage> pages, List<String> notes) {
        if (!(json.get("shape") instanceof List<?> shapeList) || shapeList.isEmpty() || shapeList.size() > 16) {
            return null;
        }
        List<Long> shape = new ArrayList<>();
        for (Object o : shapeList) {
            if (!(o instanceof Long v) || v < 1) {
                return null;
            }
            shape.add(v);
        }
        String axes = json.get("axes") instanceof String a ? a.toUpperCase(Locale.ROOT) : null;
        if (axes != null && axes.length() != shape.size()) {
            axes = null;
        }
        TiffPage first = pages.get(0);
        int samples = first.samplesPerPixel();
        if (samples > 1 && first.planarConfiguration == 1 && shape.get(shape.size() - 1) == samples) {
            shape.remove(shape.size() - 1);
            axes = axes == null ? null : axes.substring(0, axes.length() - 1);
        } else if (samples > 1 && first.planarConfiguration == 2 && shape.size() >= 3
                && shape.get(shape.size() - 3) == samples) {
            shape.remove(shape.size() - 3);
            axes = axes == null ? null : axes.substring(0, axes.length() - 3) + axes.substring(axes.length() - 2);
        }
        if (shape.size() < 2 || shape.get(shape.size() - 1) != first.width() || shape.get(shape.size() - 2) != first.height()) {
            return null;
        }
        List<Long> lead = shape.subList(0, shape.size() - 2);
        long planes = 1;
        for (long v : lead) {
            try {
                planes = Math.multiplyExact(planes, v);
            } catch (ArithmeticException e) {
                planes = Long.MAX_VALUE;
            }
        }
        if (planes > pages.size()) {
            notes.add("the description's shape " + shape + " needs " + planes + " pages, the file holds " + pages.size());
            return null;
        }
        List<TiffPage> used = pages.subList(0, (int) planes);
        if (axes != null && axes.substring(0, lead.size()).chars().allMatch(ch -> "TZC".indexOf(ch) >= 0)
                && axes.substring(0, lead.size()).chars().distinct().count() == lead.size()) {
            StringBuilder a = new StringBuilder();
            List<Long> lengths = new ArrayList<>();
            for (int i = 0; i < lead.size(); i++) {
                if (lead.get(i) > 1) {
                    a.append(axes.charAt(i));
                    lengths.add(lead.get(i));
                }
            }
            return new SeriesLayout(used, a.toString(), lengths.stream().mapToLong(Long::longValue).toArray(), "shaped");
        }
        if (lead.stream().filter(v -> v > 1).count() > 1) {
            notes.add("the description's shape " + shape + " names no axes; its planes are read as time points "
                    + "(give an axis order to read them otherwise)");
        }
        SeriesLayout l = plain(used);
        return new SeriesLayout(used, l.axes, l.lengths, "shaped");
    }

    /** The pixel size a TIFF resolution tag gives in pixels per unit, or null when absent or invalid. */
    static double[] resolution(TiffPage page, int tag) {
        try {
            double[] r = page.ifd().doubles(tag);
            return r != null && r.length > 0 && Units.positive(r[0]) ? r : null;
        } catch (java.io.IOException e) {
            return null;
        }
    }

    /** Records a calibration when {@code size} is a usable positive number. */
    void put(Axis axis, double size, String unit) {
        if (Units.positive(size)) {
            calibrations.put(axis, new Calibration(size, unit));
        }
    }

    /** Sets X and Y from the TIFF resolution tags when ResolutionUnit is centimetre (3). */
    void resolutionInCentimetres(TiffPage first) throws java.io.IOException {
        if (first.ifd().get(TiffTag.RESOLUTION_UNIT, 2) != 3) {
            return;
        }
        double[] x = resolution(first, TiffTag.X_RESOLUTION);
        double[] y = resolution(first, TiffTag.Y_RESOLUTION);
        if (x != null && !calibrations.containsKey(Axis.X)) {
            put(Axis.X, 0.01 / x[0], "m");
        }
        if (y != null && !calibrations.containsKey(Axis.Y)) {
            put(Axis.Y, 0.01 / y[0], "m");
        }
    }

    /** Number of planes the layout spans, samples not counted. */
    public long planeCount() {
        long n = 1;
        for (long v : lengths) {
            n *= v;
        }
        return n;
    }
}
