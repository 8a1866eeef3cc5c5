package org.fluorite.io.flimage.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fluorite.core.DataObject;
import org.fluorite.core.image.Axis;
import org.fluorite.core.image.Calibration;
import org.fluorite.core.image.Image;
import org.fluorite.core.image.PlaneSource;
import org.fluorite.core.meta.Metadata;
import org.fluorite.core.meta.Operation;
import org.fluorite.core.meta.Provenance;
import org.fluorite.core.progress.ProgressMonitor;
import org.fluorite.io.ImportException;
import org.fluorite.io.ImportResult;
import org.fluorite.io.Message;
import org.fluorite.io.hdf5.Hdf5Attributes;
import org.fluorite.io.hdf5.Hdf5File;
import org.fluorite.io.hdf5.Hdf5Planes;

import io.jhdf.HdfFile;
import io.jhdf.api.Group;
import io.jhdf.api.Node;

/**
 * Reads flimage FLImage / FLSeries and qpimage QPImage files (see {@link FlimageLayout}) as lazy
 * images.
 *
 * <p>For each kind of data (fluorescence; phase and amplitude for qpimage) the result holds, in
 * this order: the background-corrected image (only when the file has a background), the raw image
 * and the background, as separate images named "{file} {kind}", "... raw" and "... background".
 * An FLImage without background therefore gives a single image. Images are YX float32 (or the
 * stored type), an FLSeries is TYX with one plane per group {@code fli_N}. X and Y are calibrated
 * from {@code pixel size} (metres); T from the groups' {@code time} attributes (seconds) when
 * they are evenly spaced.
 *
 * <p>Metadata keeps every root attribute under its own name, the attributes of the other groups and
 * datasets under {@code "attributes"} by path, and for a series the per-image {@code "series.times"},
 * {@code "series.identifiers"} and {@code "series.attributes"}.
 */
public final class FlimageReader {

    public static final String FORMAT_ID = "fluorite.flimage";
    /** Provenance operation of every image read here. */
    public static final String OPERATION = "import.flimage";

    private static final int MAX_NODES = 100_000;
    /** Arrays with more values are kept in metadata as a summary with their first values. */
    private static final int MAX_ATTRIBUTE_VALUES = 4096;

    private FlimageReader() {
    }

    public static ImportResult read(Path file, ProgressMonitor monitor) throws IOException {
        Hdf5File shared = Hdf5File.open(file);
        List<PlaneSource> opened = new ArrayList<>();
        try {
            return shared.call("reading as flimage/qpimage", () -> readOpen(file, shared, opened, monitor));
        } catch (IOException | RuntimeException e) {
            closeAll(opened, e);
            throw e;
        } finally {
            // the images hold their own references to the file
            shared.release();
        }
    }

    private static void closeAll(List<PlaneSource> sources, Exception failure) {
        for (PlaneSource s : sources) {
            try {
                s.close();
            } catch (IOException | RuntimeException e) {
                failure.addSuppressed(e);
            }
        }
    }

    private static ImportResult readOpen(Path file, Hdf5File shared, List<PlaneSource> opened, ProgressMonitor monitor)
            throws IOException {
        HdfFile hdf = shared.hdf();
        FlimageLayout layout = FlimageLayout.detect(hdf);
        if (layout == null) {
            throw new ImportException(file, "is HDF5 but holds neither /fluorescence/raw, /phase/raw nor fli_N groups"
                    + " (not an flimage or qpimage file)");
        }
        monitor.begin("Reading " + file.getFileName(), 1);
        List<String> warnings = new ArrayList<>();
        List<String> prefixes = layout == FlimageLayout.FLSERIES
                ? FlimageLayout.seriesGroups(hdf).stream().map(g -> g + "/").toList()
                : List.of("");
        Map<String, Object> meta = new LinkedHashMap<>(Hdf5Attributes.of(hdf, MAX_ATTRIBUTE_VALUES, shared.length()));
        meta.put("layout", layout.label());
        meta.put("attributes", nodeAttributes(hdf, shared.length()));
        Group firstGroup = layout == FlimageLayout.FLSERIES ? (Group) hdf.getChild(prefixes.get(0).replace("/", "")) : hdf;
        double pixelSize = Hdf5Attributes.number(firstGroup, "pixel size");
        if (Double.isNaN(pixelSize)) {
            pixelSize = Hdf5Attributes.number(hdf, "pixel size");
        }
        Calibration tCal = null;
        if (layout == FlimageLayout.FLSERIES) {
            tCal = seriesMetadata(hdf, shared.length(), prefixes, meta, warnings);
        }
        Metadata metadata = Metadata.of(meta);
        Provenance provenance = Provenance.EMPTY.then(Operation.of(OPERATION,
                Map.of("file", file.toAbsolutePath().toString(), "layout", layout.label())));
        String stem = stem(file);
        List<DataObject> out = new ArrayList<>();
        List<String> kinds = layout == FlimageLayout.QPIMAGE ? List.of("phase", "amplitude") : List.of("fluorescence");
        for (String kind : kinds) {
            ImagePart part = ImagePart.collect(file, hdf, prefixes, kind, warnings);
            if (part == null) {
                continue;
            }
            String base = layout == FlimageLayout.QPIMAGE ? stem + " " + kind : stem;
            ImageFactory factory = new ImageFactory(shared, opened, part, layout == FlimageLayout.FLSERIES, metadata, provenance,
                    pixelSize, tCal);
            out.addAll(factory.images(base));
        }
        if (Double.isNaN(pixelSize) || !(pixelSize > 0)) {
            warnings.add("no valid 'pixel size' attribute: X and Y are not calibrated");
        }
        if (out.isEmpty()) {
            throw new ImportException(file, "holds no image data");
        }
        List<Message> msgs = new ArrayList<>();
        warnings.forEach(w -> msgs.add(Message.warning(w)));
        monitor.worked(1);
        monitor.done();
        return new ImportResult(FORMAT_ID, out, msgs);
    }

    /** Per-image times, identifiers and attributes of an FLSeries; the T calibration when regular. */
    private static Calibration seriesMetadata(HdfFile hdf, long fileLength, List<String> prefixes, Map<String, Object> meta,
            List<String> warnings) {
        List<Object> times = new ArrayList<>();
        List<Object> ids = new ArrayList<>();
        List<Object> attrs = new ArrayList<>();
        double[] t = new double[prefixes.size()];
        boolean allTimes = true;
        for (int i = 0; i < prefixes.size(); i++) {
            Node g = hdf.getChild(prefixes.get(i).substring(0, prefixes.get(i).length() - 1));
            t[i] = Hdf5Attributes.number(g, "time");
            allTimes &= Double.isFinite(t[i]);
            times.add(Double.isFinite(t[i]) ? t[i] : null);
            ids.add(Hdf5Attributes.text(g, "identifier"));
            attrs.add(Hdf5Attributes.of(g, MAX_ATTRIBUTE_VALUES, fileLength));
        }
        meta.put("series.groups", prefixes.stream().map(p -> p.substring(0, p.length() - 1)).toList());
        meta.put("series.times", times);
        meta.put("series.identifiers", ids);
        meta.put("series.attributes", attrs);
        if (!allTimes || t.length < 2) {
            return null;
        }
        double step = (t[t.length - 1] - t[0]) / (t.length - 1);
        for (int i = 1; i < t.length; i++) {
            if (!(Math.abs(t[i] - t[i - 1] - step) <= 1e-6 * Math.abs(step) + 1e-12)) {
                warnings.add("the images' times are not evenly spaced: T is not calibrated (times are in series.times)");
                return null;
            }
        }
        return step > 0 ? new Calibration(step, "s", t[0]) : null;
    }

    /** Attributes of every group and dataset below the root that has any, by path. */
    private static Map<String, Object> nodeAttributes(Group root, long fileLength) {
        Map<String, Object> out = new LinkedHashMap<>();
        collect(root, fileLength, out, 0);
        return out;
    }

    private static void collect(Group group, long fileLength, Map<String, Object> out, int depth) {
        if (depth > 32) {
            return;
        }
        for (Node child : group.getChildren().values()) {
            if (out.size() >= MAX_NODES) {
                return;
            }
            if (!child.getAttributes().isEmpty()) {
                out.put(child.getPath().replaceAll("^/+", ""), Hdf5Attributes.of(child, MAX_ATTRIBUTE_VALUES, fileLength));
            }
            if (child instanceof Group g && !child.isLink()) {
                collect(g, fileLength, out, depth + 1);
            }
        }
    }

    static String stem(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** Builds the corrected, raw and background images of one {@link ImagePart}. */
    private record ImageFactory(Hdf5File hdf, List<PlaneSource> opened, ImagePart part, boolean series, Metadata metadata,
            Provenance provenance, double pixelSize, Calibration tCal) {

        List<Image> images(String base) throws ImportException {
            List<Image> out = new ArrayList<>();
            boolean amplitude = part.kind().equals("amplitude");
            if (part.hasBackground()) {
                PlaneSource corrected = new CombinedPlaneSource(raw(), background(amplitude),
                        amplitude ? CombinedPlaneSource.Operation.DIVIDE : CombinedPlaneSource.Operation.SUBTRACT);
                out.add(image(base, corrected, part.kind() + " (background-corrected)"));
                out.add(image(base + " raw", raw(), part.kind() + "/raw"));
                out.add(image(base + " background", background(amplitude), part.kind() + "/bg_data"));
            } else {
                out.add(image(base, raw(), part.kind() + "/raw"));
            }
            return out;
        }

        private PlaneSource raw() throws ImportException {
            return planes(part.raw());
        }

        private PlaneSource background(boolean amplitude) throws ImportException {
            PlaneSource data = part.bgData().isEmpty() ? null : planes(part.bgData());
            PlaneSource fit = part.bgFit().isEmpty() ? null : planes(part.bgFit());
            if (data != null && fit != null) {
                return new CombinedPlaneSource(data, fit,
                        amplitude ? CombinedPlaneSource.Operation.MULTIPLY : CombinedPlaneSource.Operation.ADD);
            }
            return data != null ? data : fit;
        }

        /** One plane per dataset (one per group of a series), read when asked. */
        private PlaneSource planes(List<String> paths) throws ImportException {
            PlaneSource source = Hdf5Planes.stack(hdf, paths);
            opened.add(source);
            return source;
        }

        private Image image(String name, PlaneSource source, String content) {
            Image im = series ? Image.create(name, source, "TYX", source.planeCount(), part.height(), part.width())
                    : Image.create(name, source, "YX", part.height(), part.width());
            if (pixelSize > 0 && Double.isFinite(pixelSize)) {
                im = im.withCalibration(Axis.X, Calibration.metres(pixelSize)).withCalibration(Axis.Y,
                        Calibration.metres(pixelSize));
            }
            if (series && tCal != null) {
                im = im.withCalibration(Axis.T, tCal);
            }
            return im.withMetadata(metadata.with("content", content)).withProvenance(provenance);
        }
    }
}
