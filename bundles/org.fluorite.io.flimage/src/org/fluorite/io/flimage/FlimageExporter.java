package org.fluorite.io.flimage;

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
import org.fluorite.core.image.PixelType;
import org.fluorite.core.progress.ProgressMonitor;
import org.fluorite.io.Exporter;
import org.fluorite.io.ImportOptions;
import org.fluorite.io.Message;
import org.osgi.service.component.annotations.Component;

/**
 * Writes a YX image as an FLImage and a TYX image as an FLSeries (one group {@code fli_N} per
 * frame) with {@link FlimageWriter}. {@code pixel size} comes from the X calibration (metres),
 * each frame's {@code time} from the T calibration (seconds) or, for an image read from an
 * FLSeries, from its {@code series.times}; the image's flimage attributes ({@code identifier},
 * versions, ...) are kept. Pixels are stored as float32, as flimage does.
 */
@Component(service = Exporter.class)
public class FlimageExporter implements Exporter {

    public static final String ID = "fluorite.flimage";

    /** Largest image written, in bytes of float32: jHDF 0.13 holds a whole file in memory until it closes it. */
    private static final double MEMORY_SHARE = 0.4;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "flimage HDF5 (FLImage / FLSeries)";
    }

    @Override
    public List<String> extensions() {
        return List.of("h5");
    }

    @Override
    public boolean canExport(DataObject data) {
        return data instanceof Image im && (im.axesString().equals("YX") || im.axesString().equals("TYX"));
    }

    @Override
    public List<Message> export(DataObject data, Path target, ImportOptions options, ProgressMonitor monitor)
            throws IOException {
        if (!canExport(data)) {
            throw new IOException(target + ": only YX images (FLImage) and TYX images (FLSeries) can be written as flimage");
        }
        ProgressMonitor m = monitor == null ? ProgressMonitor.NONE : monitor;
        Image image = (Image) data;
        long bytes = image.planeCount() * image.width() * (long) image.height() * 4;
        if (bytes > Runtime.getRuntime().maxMemory() * MEMORY_SHARE) {
            throw new IOException(target + ": the image needs " + bytes / (1 << 20) + " MiB as float32; the HDF5 writer holds"
                    + " a whole file in memory, which is more than this Java process may use");
        }
        List<Message> messages = new ArrayList<>();
        if (image.pixelType() == PixelType.FLOAT64 || image.pixelType() == PixelType.INT32
                || image.pixelType() == PixelType.UINT32) {
            messages.add(Message.warning("pixels are stored as float32 (flimage's type): " + image.pixelType().label()
                    + " values may lose precision"));
        }
        Map<String, Object> base = baseAttributes(image);
        List<String> notes;
        m.begin("Writing " + target.getFileName(), image.planeCount());
        if (image.axesString().equals("YX")) {
            notes = FlimageWriter.writeImage(target, new FlimageWriter.FlImage(image.plane(), null, base));
            m.worked(1);
        } else {
            List<FlimageWriter.FlImage> frames = new ArrayList<>();
            List<?> times = image.metadata().get("series.times") instanceof List<?> l && l.size() == image.length(Axis.T) ? l
                    : null;
            List<?> ids = image.metadata().get("series.identifiers") instanceof List<?> l && l.size() == image.length(Axis.T)
                    ? l : null;
            Calibration t = image.calibration(Axis.T);
            for (long i = 0; i < image.length(Axis.T); i++) {
                m.checkCancelled();
                Map<String, Object> attrs = new LinkedHashMap<>(base);
                attrs.remove("identifier");
                if (times != null && times.get((int) i) instanceof Number n) {
                    attrs.put("time", n.doubleValue());
                } else if (t.isCalibrated()) {
                    attrs.put("time", t.position(i));
                }
                if (ids != null && ids.get((int) i) != null) {
                    attrs.put("identifier", String.valueOf(ids.get((int) i)));
                }
                frames.add(new FlimageWriter.FlImage(image.plane(i), null, attrs));
                m.worked(1);
            }
            Object id = image.metadata().get("identifier");
            notes = FlimageWriter.writeSeries(target, frames, id == null ? null : String.valueOf(id));
        }
        m.done();
        notes.forEach(n -> messages.add(Message.info(n)));
        return messages;
    }

    /** The image's flimage attributes and the pixel size from its X calibration. */
    private static Map<String, Object> baseAttributes(Image image) {
        Map<String, Object> attrs = new LinkedHashMap<>();
        for (String key : FlimageWriter.META_KEYS) {
            Object v = image.metadata().get(key);
            if (v != null) {
                attrs.put(key, v);
            }
        }
        Calibration x = image.calibration(Axis.X);
        if (x.isCalibrated() && x.unit().equals("m")) {
            attrs.put("pixel size", x.size());
        }
        return attrs;
    }
}
