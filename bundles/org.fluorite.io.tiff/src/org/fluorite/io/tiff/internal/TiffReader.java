package org.fluorite.io.tiff.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.fluorite.core.image.Axis;
import org.fluorite.core.image.Calibration;
import org.fluorite.core.image.Image;
import org.fluorite.core.json.Json;
import org.fluorite.core.meta.FrameRateStatistics;
import org.fluorite.core.meta.Metadata;
import org.fluorite.core.meta.Operation;
import org.fluorite.core.meta.Provenance;
import org.fluorite.core.progress.CancelledException;
import org.fluorite.core.progress.ProgressMonitor;
import org.fluorite.io.ImportException;
import org.fluorite.io.ImportOptions;
import org.fluorite.io.ImportResult;
import org.fluorite.io.Message;

/**
 * Reads a TIFF file into a lazy {@link Image}: parses every page's directory, works out the axes
 * (OME-XML, ImageJ, tifffile shape, or plain pages), the calibration and the metadata (including a
 * Mesmerize JSON sidecar and frame-rate statistics), applies an axis order override, and leaves
 * the pixels in the file until a plane is read.
 */
public final class TiffReader {

    /** Format id of the TIFF importer and exporter. */
    public static final String FORMAT_ID = "fluorite.tiff";
    /** Most pages a file may have. */
    static final int MAX_PAGES = 10_000_000;

    private TiffReader() {
    }

    public static ImportResult read(Path file, ImportOptions options, ProgressMonitor monitor) throws IOException {
        TiffFile tiff = TiffFile.open(file);
        boolean handedOver = false;
        monitor.begin("Reading " + file.getFileName(), -1);
        try {
            ImportResult result = read(tiff, file, options, monitor);
            handedOver = true;
            return result;
        } catch (ImportException | CancelledException e) {
            throw e;
        } catch (IOException e) {
            throw new ImportException(file, "cannot be read: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new ImportException(file, "is damaged or not a TIFF file Fluorite understands (" + e + ")", e);
        } finally {
            monitor.done();
            if (!handedOver) {
                tiff.close();
            }
        }
    }

    private static ImportResult read(TiffFile tiff, Path file, ImportOptions options, ProgressMonitor monitor)
            throws IOException {
        List<String> notes = new ArrayList<>();
        List<Message> messages = new ArrayList<>();
        List<Ifd> ifds = tiff.readIfds(MAX_PAGES);
        TiffPage first = TiffPage.of(ifds.get(0));
        List<TiffPage> all = new ArrayList<>(ifds.size());
        List<TiffPage> series = new ArrayList<>(ifds.size());
        all.add(first);
        series.add(first);
        int damaged = 0;
        int other = 0;
        for (int i = 1; i < ifds.size(); i++) {
            if (i % 1000 == 0) {
                monitor.checkCancelled();
            }
            TiffPage p;
            try {
                p = TiffPage.of(ifds.get(i));
            } catch (ImportException e) {
                all.add(null);
                damaged++;
                if (damaged == 1) {
                    notes.add("skipped damaged pages, the first being: " + e.problem());
                }
                continue;
            }
            all.add(p);
            if (p.sameShape(first) && !p.isReducedOrMask()) {
                series.add(p);
            } else {
                other++;
            }
        }
        if (other > 0) {
            notes.add(other + " pages of another size or type (thumbnails, masks) were left out");
        }

        Map<String, Object> meta = new LinkedHashMap<>();
        FluoriteDescription.Saved saved = FluoriteDescription.Saved.NONE;
        Map<String, Object> tags = TiffMetadata.tags(first);
        String description = null;
        try {
            description = first.ifd().string(TiffTag.IMAGE_DESCRIPTION);
        } catch (ImportException e) {
            notes.add("the image description could not be read: " + e.problem());
        }
        SeriesLayout layout = null;
        Map<?, ?> jsonDescription = null;
        String acquisitionDate = null;
        if (description != null && !description.isBlank()) {
            meta.put("ImageDescription", description);
            if (OmeMetadata.isOme(description)) {
                try {
                    OmeMetadata ome = OmeMetadata.parse(description);
                    meta.put("ome", ome.summary());
                    acquisitionDate = ome.acquisitionDate();
                    layout = OmeLayout.build(ome, all, file.getFileName().toString(), notes);
                } catch (IllegalArgumentException e) {
                    notes.add(e.getMessage());
                }
            } else if (ImageJMetadata.isImageJ(description)) {
                Map<String, Object> ij = ImageJMetadata.parseDescription(description);
                saved = FluoriteDescription.take(ij, notes);
                try {
                    ij.putAll(ImageJMetadata.privateTags(first.ifd()));
                } catch (ImportException e) {
                    notes.add("ImageJ's private metadata could not be read: " + e.problem());
                }
                double[] xres = SeriesLayout.resolution(first, TiffTag.X_RESOLUTION);
                double[] yres = SeriesLayout.resolution(first, TiffTag.Y_RESOLUTION);
                if (xres != null) {
                    ij.put("pixelWidth", 1 / xres[0]);
                }
                if (yres != null) {
                    ij.put("pixelHeight", 1 / yres[0]);
                }
                meta.put("imagej", ij);
                layout = SeriesLayout.imageJ(ij, series, notes);
            } else if (description.stripLeading().startsWith("{")) {
                try {
                    if (Json.parse(description) instanceof Map<?, ?> m) {
                        jsonDescription = m;
                        meta.put("description", m);
                        layout = SeriesLayout.shaped(m, series, notes);
                    }
                } catch (IllegalArgumentException e) {
                    notes.add("the JSON image description is not valid: " + e.getMessage());
                }
            }
        }
        if (layout == null) {
            layout = SeriesLayout.plain(series);
        }
        if (!"imagej".equals(layout.source)) {
            layout.resolutionInCentimetres(first);
        }
        if (jsonDescription != null) {
            double nmPerPixel = Units.number(jsonDescription.get("Pixel calibration (nm/pix)"));
            if (Units.positive(nmPerPixel)) {
                layout.calibrations.putIfAbsent(Axis.X, Calibration.metres(nmPerPixel * 1e-9));
                layout.calibrations.putIfAbsent(Axis.Y, Calibration.metres(nmPerPixel * 1e-9));
            }
        }
        tags.put("series", layout.source);
        tags.put("pages", ifds.size());
        tags.put("byteOrder", tiff.order() == java.nio.ByteOrder.LITTLE_ENDIAN ? "little-endian" : "big-endian");
        tags.put("bigTiff", tiff.isBigTiff());
        meta.put("tiff", tags);
        if (first.photometric() == 3) {
            Map<String, Object> lut = TiffMetadata.palette(first);
            if (lut != null) {
                meta.put("lut", lut);
            }
        }

        // first-class keys: sidecar, then what the file itself says
        Map<String, Object> head = new LinkedHashMap<>();
        head.putAll(saved.metadata());
        Sidecar sidecar = Sidecar.find(file, options, notes);
        if (sidecar != null) {
            head.putAll(sidecar.toMetadata());
            if (Units.positive(sidecar.fps())) {
                layout.calibrations.putIfAbsent(Axis.T, Calibration.seconds(1 / sidecar.fps()));
            }
        }
        if (!head.containsKey(Metadata.ORIGIN)) {
            Object software = tags.get("Software");
            if (software != null) {
                head.put(Metadata.ORIGIN, software);
            } else if (meta.get("imagej") instanceof Map<?, ?> ij && ij.get("ImageJ") != null) {
                head.put(Metadata.ORIGIN, "ImageJ " + ij.get("ImageJ"));
            }
        }
        if (!head.containsKey(Metadata.DATE)) {
            String date = TiffMetadata.mesmerizeDate(acquisitionDate);
            if (date == null) {
                date = TiffMetadata.mesmerizeDate((String) tags.get("DateTime"));
            }
            if (date != null) {
                head.put(Metadata.DATE, date);
            }
        }
        frameRate(layout, sidecar, head, messages, notes);

        // axes, with the user's override
        String planeAxes = layout.axes;
        long[] lengths = layout.lengths;
        Optional<String> override = options.get(ImportOptions.AXIS_ORDER);
        if (override.isPresent()) {
            try {
                planeAxes = AxisOverride.planeAxes(override.get());
                lengths = AxisOverride.lengths(override.get(), planeAxes, layout.axes, layout.lengths, layout.planeCount());
            } catch (IllegalArgumentException e) {
                throw new ImportException(file, e.getMessage());
            }
        }
        int samples = first.samplesPerPixel();
        if (samples > 1) {
            if (planeAxes.contains("C")) {
                throw new ImportException(file, "the axis order names c, but this file's channels are its " + samples
                        + " samples per pixel; leave c out");
            }
            planeAxes += "C";
            lengths = Arrays.copyOf(lengths, lengths.length + 1);
            lengths[lengths.length - 1] = samples;
        }
        long[] shape = Arrays.copyOf(lengths, lengths.length + 2);
        shape[shape.length - 2] = first.height();
        shape[shape.length - 1] = first.width();

        // a truncated file is reported when it is opened, not at the first frame: check where the
        // pixel blocks of the first and last page lie (a cheap look at two strip tables)
        layout.pages.get(0).blocks();
        layout.pages.get(layout.pages.size() - 1).blocks();
        TiffPlaneSource source = new TiffPlaneSource(tiff, layout.pages);
        Image image = Image.create(baseName(file), source, planeAxes + "YX", shape);
        for (Axis axis : image.axes()) {
            Calibration c = layout.calibrations.get(axis);
            if (c != null) {
                image = image.withCalibration(axis, c);
            }
        }
        if (!head.containsKey(Metadata.FPS) && image.has(Axis.T) && image.calibration(Axis.T).isCalibrated()) {
            head.put(Metadata.FPS, 1 / image.calibration(Axis.T).size());
        }
        Map<String, Object> all2 = new LinkedHashMap<>(head);
        meta.forEach(all2::putIfAbsent);
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("file", file.toAbsolutePath().toString());
        override.ifPresent(o -> params.put("axisOrder", o));
        image = image.withMetadata(Metadata.of(all2))
                .withProvenance(saved.provenance().then(Operation.of("import.tiff", params)));
        for (String n : notes) {
            messages.add(Message.warning(n));
        }
        return ImportResult.of(FORMAT_ID, image, messages);
    }

    private static void frameRate(SeriesLayout layout, Sidecar sidecar, Map<String, Object> head, List<Message> messages,
            List<String> notes) throws IOException {
        List<double[]> timestamps = layout.timestamps;
        if (timestamps == null && sidecar != null && sidecar.timestamps() != null) {
            timestamps = List.of(sidecar.timestamps());
        }
        if (timestamps == null) {
            double[] t = TiffMetadata.bluelakeTimestamps(layout.pages);
            timestamps = t == null ? null : List.of(t);
        }
        if (timestamps == null) {
            return;
        }
        FrameRateStatistics stats;
        try {
            stats = FrameRateStatistics.of(timestamps);
        } catch (IllegalArgumentException e) {
            notes.add("the frame timestamps give no frame rate: " + e.getMessage());
            return;
        }
        for (Map.Entry<String, Object> e : stats.toMetadata().entrySet()) {
            head.putIfAbsent(e.getKey(), e.getValue());
        }
        layout.calibrations.putIfAbsent(Axis.T, Calibration.seconds(1 / stats.fps()));
        if (stats.isIrregular()) {
            messages.add(Message.warning(stats.warningText()));
        }
    }

    /** The file name without its TIFF extension. */
    static String baseName(Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        for (String ext : new String[] {".ome.tiff", ".ome.tif", ".tiff", ".tif", ".btf", ".tf8"}) {
            if (lower.endsWith(ext) && lower.length() > ext.length()) {
                return name.substring(0, name.length() - ext.length());
            }
        }
        return name;
    }
}
