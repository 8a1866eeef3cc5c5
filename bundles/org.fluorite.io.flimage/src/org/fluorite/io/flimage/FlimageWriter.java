package org.fluorite.io.flimage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.fluorite.core.image.Plane;
import org.fluorite.io.flimage.internal.FlimageFiles;

/**
 * Writes FLImage and FLSeries files in the flimage HDF5 layout (flimage 0.3.2 documentation,
 * "HDF5 file format"), readable by Python's flimage and by Fluorite:
 * <ul>
 * <li>root attributes, only the keys flimage accepts ({@link #META_KEYS}): {@code pixel size} in
 * metres and {@code time} in seconds as float64, texts as UTF-8 strings;</li>
 * <li>{@code /fluorescence/raw}: float32, one gzip-compressed chunk, with the HDF5 image
 * attributes {@code CLASS=IMAGE}, {@code IMAGE_SUBCLASS=IMAGE_GRAYSCALE},
 * {@code IMAGE_VERSION=1.2};</li>
 * <li>{@code /fluorescence/bg_data}: a group, empty or holding the background {@code data}
 * (float32, same attributes);</li>
 * <li>an FLSeries: groups {@code fli_0 ... fli_N} laid out as above, each FLImage's attributes on
 * its group, and the series {@code identifier} on the root.</li>
 * </ul>
 * Differences jHDF 0.13 imposes: strings are fixed-length UTF-8 (flimage writes variable-length
 * strings; h5py returns them as bytes), and the fletcher32 checksum filter flimage adds to
 * datasets is not written (jHDF cannot encode it). The file is written beside the target and moved
 * into place, then read back and checked.
 */
public final class FlimageWriter {

    /** Root attributes flimage accepts on an FLImage ({@code flimage.meta.META_KEYS_FL}). */
    public static final List<String> META_KEYS = List.of("pixel size", "time", "flimage version", "identifier",
            "qpimage version", "sim center", "sim model", "sim radius");

    /**
     * The flimage release whose documented layout is followed; written as {@code flimage version}
     * when the image does not bring its own.
     */
    public static final String LAYOUT_VERSION = "0.3.2";

    /**
     * One FLImage.
     *
     * @param fluorescence raw fluorescence, stored as float32
     * @param background   background of the same size, or null
     * @param attributes   root attributes; keys outside {@link #META_KEYS} are left out (and named
     *                     in the notes the write methods return); numbers are written as float64,
     *                     lists of numbers as float64 arrays, anything else as text
     */
    public record FlImage(Plane fluorescence, Plane background, Map<String, Object> attributes) {
        public FlImage {
            Objects.requireNonNull(fluorescence, "fluorescence");
            if (background != null && (background.width() != fluorescence.width()
                    || background.height() != fluorescence.height())) {
                throw new IllegalArgumentException("The background must have the size of the fluorescence image");
            }
            attributes = attributes == null ? Map.of() : new LinkedHashMap<>(attributes);
        }
    }

    private FlimageWriter() {
    }

    /**
     * Writes one FLImage to {@code target}, replacing it.
     *
     * @return notes for the user (attributes left out)
     */
    public static List<String> writeImage(Path target, FlImage image) throws IOException {
        List<String> notes = new ArrayList<>();
        writeAtomically(target, tmp -> FlimageFiles.writeImage(tmp, image, notes));
        return notes;
    }

    /**
     * Writes an FLSeries: {@code images} become groups {@code fli_0 ... fli_N}.
     *
     * @param identifier series identifier stored on the root, or null
     * @return notes for the user (attributes left out)
     */
    public static List<String> writeSeries(Path target, List<FlImage> images, String identifier) throws IOException {
        if (images.isEmpty()) {
            throw new IllegalArgumentException("An FLSeries needs at least one image");
        }
        List<String> notes = new ArrayList<>();
        writeAtomically(target, tmp -> FlimageFiles.writeSeries(tmp, images, identifier, notes));
        return notes;
    }

    private interface Write {
        void to(Path file) throws IOException;
    }

    private static void writeAtomically(Path target, Write write) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = dir.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            write.to(tmp);
            FlimageFiles.verify(tmp);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
