package org.fluorite.flim;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.fluorite.core.image.Image;
import org.fluorite.core.progress.ProgressMonitor;
import org.fluorite.io.ImportOptions;
import org.fluorite.io.ImportResult;
import org.fluorite.io.flimage.FlimageImporter;
import org.fluorite.io.flimage.FlimageWriter;

/**
 * An ordered, identified collection of {@link FLImage}s, as flimage's {@code FLSeries}: stored in one
 * file as groups {@code fli_0 ... fli_N}, found by position or by identifier. Opened with the same
 * modes as {@link FLImage}; a writable series is written back by {@link #flush()} and {@link #close()}.
 */
public final class FLSeries implements AutoCloseable {

    private final List<FLImage> images = new ArrayList<>();
    private final List<String> identifiers = new ArrayList<>();
    private final String identifier;
    private final Path file;
    private final H5Mode mode;

    private FLSeries(String identifier, Path file, H5Mode mode) {
        this.identifier = identifier;
        this.file = file;
        this.mode = mode;
    }

    /** An empty in-memory series. */
    public static FLSeries inMemory(String identifier) {
        return new FLSeries(identifier, null, null);
    }

    /**
     * Opens a series file: r and r+ need it to exist, w replaces it with an empty series, w-/x
     * creates it and fails if it exists, a reads it if it exists and starts empty otherwise. An empty
     * series is written on {@link #flush()} once it holds an image (flimage files need one).
     */
    public static FLSeries open(Path file, H5Mode mode, String identifier) throws IOException {
        FLSeries series = new FLSeries(identifier, file, mode);
        if (mode.readsExisting(file)) {
            series.readFrom(file);
        }
        return series;
    }

    private void readFrom(Path path) throws IOException {
        ImportResult result = new FlimageImporter().read(path, ImportOptions.NONE, ProgressMonitor.NONE);
        List<Image> all = result.images();
        try {
            Image raw = null, bg = null;
            for (Image im : all) {
                String content = im.metadata().string("content").orElse("");
                if (content.equals("fluorescence/raw")) {
                    raw = im;
                } else if (content.equals("fluorescence/bg_data")) {
                    bg = im;
                }
            }
            if (raw == null || !(raw.metadata().get("series.groups") instanceof List<?>)) {
                throw new IOException(path + ": not an flimage FLSeries (no fli_N groups)");
            }
            SeriesData data = SeriesData.of(raw);
            List<?> ids = raw.metadata().get("series.identifiers") instanceof List<?> l ? l : List.of();
            for (int i = 0; i < data.frames().size(); i++) {
                FLImage image = FLImage.of(data.frames().get(i), data.width(), data.height(), Map.of());
                image = withMeta(image, data.attributes().get(i));
                if (bg != null) {
                    image.setBackground(bg.planeAt(i).toFloats());
                }
                images.add(image);
                identifiers.add(i < ids.size() && ids.get(i) != null ? ids.get(i).toString() : null);
            }
        } finally {
            for (Image im : all) {
                im.close();
            }
        }
    }

    private static FLImage withMeta(FLImage image, Map<String, Object> attributes) {
        Map<String, Object> meta = new java.util.LinkedHashMap<>();
        attributes.forEach((k, v) -> {
            if (FlimageWriter.META_KEYS.contains(k) && v != null) {
                meta.put(k, v);
            }
        });
        return FLImage.of(image.raw(), image.width(), image.height(), meta);
    }

    /** @return the series identifier, or null */
    public String identifier() {
        return identifier;
    }

    /** @return the number of images */
    public int size() {
        return images.size();
    }

    /**
     * Adds a copy of an image at the end.
     *
     * @param image the image
     * @param id its identifier, or null to use the image's own {@code identifier} metadata
     * @throws IllegalArgumentException when the identifier is already used or the size differs
     * @throws IllegalStateException when the series is opened read-only
     */
    public void add(FLImage image, String id) {
        if (file != null && !mode.writable()) {
            throw new IllegalStateException(file.getFileName() + " is opened read-only (mode r)");
        }
        if (!images.isEmpty() && (images.get(0).width() != image.width() || images.get(0).height() != image.height())) {
            throw new IllegalArgumentException("the series holds " + images.get(0).width() + " x " + images.get(0).height()
                    + " images, not " + image.width() + " x " + image.height());
        }
        String resolved = id != null ? id : image.get("identifier") == null ? null : image.get("identifier").toString();
        if (resolved != null && identifiers.contains(resolved)) {
            throw new IllegalArgumentException("the series already has an image identified '" + resolved + "'");
        }
        images.add(image.copy());
        identifiers.add(resolved);
    }

    /** @return the image at a position (a copy; change the series with {@link #add}) */
    public FLImage get(int index) {
        return images.get(index).copy();
    }

    /**
     * @return the image with this identifier (a copy)
     * @throws IllegalArgumentException when no image has it
     */
    public FLImage get(String id) {
        int i = identifiers.indexOf(id);
        if (i < 0) {
            throw new IllegalArgumentException("no image identified '" + id + "' in the series");
        }
        return get(i);
    }

    /** @return each image's identifier (null where none) */
    public List<String> identifiers() {
        return java.util.Collections.unmodifiableList(new ArrayList<>(identifiers));
    }

    /** Writes the series to its file when it is writable and holds images. */
    public void flush() throws IOException {
        if (file == null || !mode.writable() || images.isEmpty()) {
            return;
        }
        List<FlimageWriter.FlImage> out = new ArrayList<>();
        for (int i = 0; i < images.size(); i++) {
            FlimageWriter.FlImage w = images.get(i).toWritable();
            Map<String, Object> attrs = new java.util.LinkedHashMap<>(w.attributes());
            if (identifiers.get(i) != null) {
                attrs.put("identifier", identifiers.get(i));
            }
            out.add(new FlimageWriter.FlImage(w.fluorescence(), w.background(), attrs));
        }
        FlimageWriter.writeSeries(file, out, identifier);
    }

    @Override
    public void close() throws IOException {
        flush();
    }
}
