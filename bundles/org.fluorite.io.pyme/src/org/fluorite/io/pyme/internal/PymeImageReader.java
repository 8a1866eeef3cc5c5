package org.fluorite.io.pyme.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fluorite.core.image.Axis;
import org.fluorite.core.image.Calibration;
import org.fluorite.core.image.Image;
import org.fluorite.core.image.PixelType;
import org.fluorite.core.image.PlaneSource;
import org.fluorite.core.meta.Metadata;
import org.fluorite.core.meta.Operation;
import org.fluorite.core.meta.Provenance;
import org.fluorite.io.ImportException;
import org.fluorite.io.ImportResult;
import org.fluorite.io.Message;
import org.fluorite.io.hdf5.Hdf5File;
import org.fluorite.io.hdf5.Hdf5Planes;
import org.fluorite.io.hdf5.Hdf5Types;

import io.jhdf.HdfFile;
import io.jhdf.api.Dataset;

/**
 * Reads a raw PYME {@code .h5} series (PYMEAcquire's spooled files): {@code /ImageData}
 * ({@code [frame][x][y]}) as a lazy image, {@code /MetaData} as dotted metadata keys,
 * {@code /Events} as the metadata entry {@code "events"}.
 *
 * <p>Frames are a T axis, unless the metadata gives {@code DimensionOrder} (e.g. "XYZTC", fastest
 * first after X and Y) with {@code SizeZ}, {@code SizeT}, {@code SizeC} whose product is the frame
 * count: then the axes follow it (axes of size 1 left out). X, Y, Z are calibrated from
 * {@code voxelsize.x/y/z} (µm in PYME, metres here), T from {@code Camera.CycleTime} (s).
 */
public final class PymeImageReader {

    public static final String FORMAT_ID = "fluorite.pyme.image";
    public static final String OPERATION = "import.pyme";

    private PymeImageReader() {
    }

    public static ImportResult read(Path file) throws IOException {
        Hdf5File shared = Hdf5File.open(file);
        try {
            return shared.call("reading as a PYME image", () -> readOpen(file, shared));
        } finally {
            // the image holds its own reference to the file
            shared.release();
        }
    }

    private static ImportResult readOpen(Path file, Hdf5File shared) throws IOException {
        HdfFile hdf = shared.hdf();
        if (!(hdf.getChildren().get("ImageData") instanceof Dataset d)) {
            throw new ImportException(file, "has no /ImageData");
        }
        int[] dims = d.getDimensions();
        if (dims.length != 3 || dims[0] < 1 || dims[1] < 1 || dims[2] < 1) {
            throw new ImportException(file, "/ImageData has shape " + java.util.Arrays.toString(dims)
                    + "; a PYME series is [frames][x][y] with at least one frame");
        }
        if ((long) dims[1] * dims[2] > Integer.MAX_VALUE - 8) {
            throw new ImportException(file, "/ImageData frames of " + dims[1] + "x" + dims[2] + " are too large to hold");
        }
        PixelType type = Hdf5Types.pixelType(d.getDataType()).orElse(null);
        if (type == null) {
            throw new ImportException(file, "/ImageData does not hold numbers Fluorite can show as pixels");
        }
        Map<String, Object> meta = new LinkedHashMap<>(PymeMetadata.read(shared));
        List<Map<String, Object>> events = PymeMetadata.events(shared);
        if (!events.isEmpty()) {
            meta.put("events", events);
        }
        List<Message> messages = new ArrayList<>();
        // stored [frame][x][y]: read transposed so that planes are rows of x
        PlaneSource source = Hdf5Planes.transposed(shared, "/ImageData");
        String name = file.getFileName().toString();
        Image image;
        try {
            image = layOut(name, source, dims[0], meta, messages);
        } catch (RuntimeException e) {
            source.close();
            throw e;
        }
        image = calibrate(image, meta);
        image = image.withMetadata(Metadata.of(meta)).withProvenance(Provenance.EMPTY.then(Operation.of(OPERATION,
                Map.of("file", file.toAbsolutePath().toString(), "dataset", "ImageData"))));
        return ImportResult.of(FORMAT_ID, image, messages);
    }

    private static Image layOut(String name, PlaneSource source, long frames, Map<String, Object> meta,
            List<Message> messages) {
        Object order = meta.get("DimensionOrder");
        if (order instanceof String o && o.length() == 5 && o.toUpperCase().startsWith("XY")) {
            StringBuilder axes = new StringBuilder();
            List<Long> shape = new ArrayList<>();
            long product = 1;
            for (int i = 4; i >= 2; i--) {
                char a = Character.toUpperCase(o.charAt(i));
                double size = PymeMetadata.number(meta, "Size" + a);
                long n = Double.isFinite(size) && size >= 1 ? (long) size : 1;
                product *= n;
                if (n > 1 && "ZTC".indexOf(a) >= 0 && axes.indexOf(String.valueOf(a)) < 0) {
                    axes.append(a);
                    shape.add(n);
                }
            }
            if (product == frames && !axes.isEmpty()) {
                long[] s = new long[shape.size() + 2];
                for (int i = 0; i < shape.size(); i++) {
                    s[i] = shape.get(i);
                }
                s[s.length - 2] = source.height();
                s[s.length - 1] = source.width();
                return Image.create(name, source, axes + "YX", s);
            }
            if (product != frames) {
                messages.add(Message.warning("DimensionOrder " + o + " with its sizes gives " + product + " frames, the file has "
                        + frames + ": frames are read as time"));
            }
        }
        return Image.create(name, source, "TYX", frames, source.height(), source.width());
    }

    private static Image calibrate(Image image, Map<String, Object> meta) {
        double x = PymeMetadata.number(meta, "voxelsize.x");
        double y = PymeMetadata.number(meta, "voxelsize.y");
        double z = PymeMetadata.number(meta, "voxelsize.z");
        double cycle = PymeMetadata.number(meta, "Camera.CycleTime");
        if (x > 0 && Double.isFinite(x)) {
            image = image.withCalibration(Axis.X, Calibration.metres(x * 1e-6));
        }
        if (y > 0 && Double.isFinite(y)) {
            image = image.withCalibration(Axis.Y, Calibration.metres(y * 1e-6));
        }
        if (z > 0 && Double.isFinite(z) && image.has(Axis.Z)) {
            image = image.withCalibration(Axis.Z, Calibration.metres(z * 1e-6));
        }
        if (cycle > 0 && Double.isFinite(cycle) && image.has(Axis.T)) {
            image = image.withCalibration(Axis.T, Calibration.seconds(cycle));
        }
        return image;
    }
}
