package org.fluorite.flim;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fluorite.core.image.Image;
import org.fluorite.core.image.PixelType;
import org.fluorite.core.image.Plane;
import org.fluorite.core.progress.ProgressMonitor;
import org.fluorite.io.ImportOptions;
import org.fluorite.io.ImportResult;
import org.fluorite.io.flimage.FlimageImporter;
import org.fluorite.io.flimage.FlimageWriter;

/**
 * A fluorescence image as flimage's {@code FLImage}: raw fluorescence, an optional background image
 * and the background-corrected fluorescence {@code raw - background}, with metadata under flimage's
 * keys in SI units ({@code pixel size} in m, {@code time} in s, {@code identifier}, ...).
 * <p>
 * Held in memory (float32, row-major) or tied to an flimage HDF5 file: an existing file is read
 * when opened, and a writable one is written back by {@link #flush()} and {@link #close()}.
 */
public final class FLImage implements AutoCloseable {

    private final int width;
    private final int height;
    private final float[] raw;
    private float[] background;
    private final Map<String, Object> meta;
    private final Path file;
    private final H5Mode mode;

    private FLImage(float[] raw, float[] background, int width, int height, Map<String, Object> meta, Path file, H5Mode mode) {
        if (width < 1 || height < 1 || raw.length != (long) width * height) {
            throw new IllegalArgumentException("an image of " + raw.length + " pixels is not " + width + " x " + height);
        }
        this.width = width;
        this.height = height;
        this.raw = raw;
        this.meta = new LinkedHashMap<>(meta);
        this.file = file;
        this.mode = mode;
        setBackgroundData(background);
    }

    /**
     * An in-memory image.
     *
     * @param raw raw fluorescence, width * height values in row-major order (copied)
     * @param meta metadata (pixel size in m, time in s, identifier, ...), may be empty
     */
    public static FLImage of(float[] raw, int width, int height, Map<String, ?> meta) {
        return new FLImage(raw.clone(), null, width, height, meta == null ? Map.of() : Map.copyOf(meta), null, null);
    }

    /**
     * Opens an flimage file that must exist (r, r+ or a on an existing file).
     *
     * @throws java.nio.file.NoSuchFileException r or r+ on a missing file
     * @throws IllegalArgumentException for w, w-/x and a on a missing file: use {@link #create}
     */
    public static FLImage open(Path file, H5Mode mode) throws IOException {
        if (!mode.readsExisting(file)) {
            throw new IllegalArgumentException("mode " + mode.letters() + " creates " + file.getFileName()
                    + ": give the image data with FLImage.create");
        }
        return read(file, mode);
    }

    /**
     * Opens or creates an flimage file: for w the file is replaced by {@code data}, for w-/x it must
     * not exist, for a an existing file is read (and {@code data} ignored), otherwise created from
     * {@code data}; r and r+ read the existing file. The file is written at once when created.
     */
    public static FLImage create(Path file, H5Mode mode, FLImage data) throws IOException {
        if (mode.readsExisting(file)) {
            return read(file, mode);
        }
        FLImage image = new FLImage(data.raw.clone(), data.background == null ? null : data.background.clone(), data.width,
                data.height, data.meta, file, mode);
        image.flush();
        return image;
    }

    private static FLImage read(Path file, H5Mode mode) throws IOException {
        ImportResult result = new FlimageImporter().read(file, ImportOptions.NONE, ProgressMonitor.NONE);
        List<Image> images = result.images();
        try {
            Image raw = null, bg = null;
            for (Image im : images) {
                String content = im.metadata().string("content").orElse("");
                if (content.equals("fluorescence/raw")) {
                    raw = im;
                } else if (content.equals("fluorescence/bg_data")) {
                    bg = im;
                }
            }
            if (raw == null || raw.planeCount() != 1) {
                throw new IOException(file + ": not a single flimage FLImage (no /fluorescence/raw image)");
            }
            Map<String, Object> meta = new LinkedHashMap<>();
            for (String key : FlimageWriter.META_KEYS) {
                Object v = raw.metadata().get(key);
                if (v != null) {
                    meta.put(key, v);
                }
            }
            return new FLImage(raw.planeAt(0).toFloats(), bg == null ? null : bg.planeAt(0).toFloats(), raw.width(), raw.height(),
                    meta, file, mode);
        } finally {
            for (Image im : images) {
                im.close();
            }
        }
    }

    /** @return an in-memory copy (raw, background and metadata) */
    public FLImage copy() {
        return new FLImage(raw.clone(), background == null ? null : background.clone(), width, height, meta, null, null);
    }

    /** @return {height, width}, as flimage's shape */
    public int[] shape() {
        return new int[] { height, width };
    }

    /** @return "float32": the pixel type of the stored images */
    public String dtype() {
        return PixelType.FLOAT32.label();
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** @return a copy of the raw fluorescence */
    public float[] raw() {
        return raw.clone();
    }

    /** @return a copy of the background, zeros when none is set */
    public float[] background() {
        return background == null ? new float[raw.length] : background.clone();
    }

    /** @return whether a background image is set */
    public boolean hasBackground() {
        return background != null;
    }

    /** @return the background-corrected fluorescence, raw minus background */
    public float[] fl() {
        float[] out = raw.clone();
        if (background != null) {
            for (int i = 0; i < out.length; i++) {
                out[i] -= background[i];
            }
        }
        return out;
    }

    /** @return the metadata (pixel size in m, time in s, identifier, ...), unmodifiable */
    public Map<String, Object> meta() {
        return Collections.unmodifiableMap(meta);
    }

    /** @return one metadata value, or null */
    public Object get(String key) {
        return meta.get(key);
    }

    /** @return the file this image is tied to, or null in memory */
    public Path file() {
        return file;
    }

    /**
     * Sets the background image, or resets it with null.
     *
     * @param bg width * height values (copied), or null
     * @throws IllegalStateException when the file is opened read-only
     */
    public void setBackground(float[] bg) {
        checkWritable();
        setBackgroundData(bg == null ? null : bg.clone());
    }

    /** Sets another image's raw fluorescence as background (flimage accepts an FLImage too). */
    public void setBackground(FLImage bg) {
        setBackground(bg == null ? null : bg.raw);
    }

    private void setBackgroundData(float[] bg) {
        if (bg != null && bg.length != raw.length) {
            throw new IllegalArgumentException("the background has " + bg.length + " pixels, the image " + raw.length);
        }
        background = bg;
    }

    private void checkWritable() {
        if (file != null && !mode.writable()) {
            throw new IllegalStateException(file.getFileName() + " is opened read-only (mode r)");
        }
    }

    /** @return this image as the flimage writer takes it */
    FlimageWriter.FlImage toWritable() {
        return new FlimageWriter.FlImage(new Plane(PixelType.FLOAT32, width, height, raw.clone()),
                background == null ? null : new Plane(PixelType.FLOAT32, width, height, background.clone()), meta);
    }

    /** Writes the image to its file when it is writable; nothing for in-memory or read-only images. */
    public void flush() throws IOException {
        if (file != null && mode.writable()) {
            FlimageWriter.writeImage(file, toWritable());
        }
    }

    @Override
    public void close() throws IOException {
        flush();
    }
}
