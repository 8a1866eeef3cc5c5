package org.fluorite.io.picasso.internal;

import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fluorite.core.image.Axis;
import org.fluorite.core.image.Calibration;
import org.fluorite.core.image.Image;
import org.fluorite.core.image.PixelType;
import org.fluorite.core.image.RawPlaneSource;
import org.fluorite.core.meta.Metadata;
import org.fluorite.core.meta.Operation;
import org.fluorite.core.meta.Provenance;
import org.fluorite.io.ImportException;
import org.fluorite.io.ImportResult;
import org.fluorite.io.Message;

/**
 * Reads Picasso raw movies: a headerless {@code .raw} file of frames, described by the first
 * document of its sidecar ({@code Frames}, {@code Height}, {@code Width}, {@code Data Type} such as
 * uint16, {@code Byte Order} "&lt;" or "&gt;"), as a lazy TYX image; X and Y are calibrated from
 * {@code Camera.Pixelsize} (nm) when given, T from {@code Camera.Integration Time} (ms).
 */
public final class PicassoRawReader {

    public static final String FORMAT_ID = "fluorite.picasso.raw";

    private PicassoRawReader() {
    }

    /** The movie's description, or null when the sidecar does not describe a raw movie. */
    public record Layout(long frames, int width, int height, PixelType type, ByteOrder order) {
        long bytes() {
            return frames * width * (long) height * type.bytes();
        }
    }

    public static Layout layout(List<Object> docs) {
        Object frames = PicassoYaml.first(docs, "Frames");
        Object width = PicassoYaml.first(docs, "Width");
        Object height = PicassoYaml.first(docs, "Height");
        Object type = PicassoYaml.first(docs, "Data Type");
        Object order = PicassoYaml.first(docs, "Byte Order");
        if (!(frames instanceof Long f) || !(width instanceof Long w) || !(height instanceof Long h) || f < 1 || w < 1 || h < 1
                || w > Integer.MAX_VALUE || h > Integer.MAX_VALUE || w * h > Integer.MAX_VALUE - 8) {
            return null;
        }
        PixelType pixel;
        try {
            pixel = PixelType.fromLabel(String.valueOf(type));
        } catch (IllegalArgumentException e) {
            return null;
        }
        ByteOrder bo = ">".equals(order) ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
        return new Layout(f, (int) (long) w, (int) (long) h, pixel, bo);
    }

    public static ImportResult read(Path file) throws IOException {
        List<Object> docs = PicassoYaml.read(file);
        Layout layout = layout(docs);
        if (layout == null) {
            throw new ImportException(file, "its sidecar does not give Frames, Width, Height and a Data Type Fluorite reads");
        }
        long size = Files.size(file);
        List<Message> messages = new ArrayList<>();
        long frames = layout.frames();
        long frameBytes = layout.bytes() / layout.frames();
        if (layout.frames() > size / frameBytes) {
            frames = size / frameBytes;
            if (frames < 1) {
                throw new ImportException(file, "holds " + size + " bytes, less than one " + layout.width() + "x"
                        + layout.height() + " " + layout.type().label() + " frame");
            }
            messages.add(Message.warning("the sidecar promises " + layout.frames() + " frames, the file holds " + frames
                    + ": only those are shown"));
        } else if (size > layout.bytes()) {
            messages.add(Message.warning((size - layout.bytes()) + " bytes after the last frame are ignored"));
        }
        RawPlaneSource source = new RawPlaneSource(file, 0, frames, layout.width(), layout.height(), layout.type(), layout.order());
        Image image = Image.create(file.getFileName().toString(), source, "TYX", frames, layout.height(), layout.width());
        Object px = PicassoYaml.first(docs, "Camera.Pixelsize");
        if (px instanceof Number n && n.doubleValue() > 0) {
            image = image.withCalibration(Axis.X, Calibration.metres(n.doubleValue() * 1e-9)).withCalibration(Axis.Y,
                    Calibration.metres(n.doubleValue() * 1e-9));
        }
        Object exposure = PicassoYaml.first(docs, "Camera.Integration Time");
        if (exposure instanceof Number n && n.doubleValue() > 0) {
            image = image.withCalibration(Axis.T, Calibration.seconds(n.doubleValue() / 1000));
        }
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("yaml", docs);
        image = image.withMetadata(Metadata.of(meta)).withProvenance(Provenance.EMPTY.then(Operation.of(
                PicassoLocsReader.OPERATION, Map.of("file", file.toAbsolutePath().toString(), "sidecar",
                        PicassoYaml.sidecar(file).toAbsolutePath().toString()))));
        return ImportResult.of(FORMAT_ID, image, messages);
    }
}
