package org.fluorite.io.flimage.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.fluorite.core.image.Plane;
import org.fluorite.io.flimage.FlimageWriter;
import org.fluorite.io.flimage.FlimageWriter.FlImage;

import io.jhdf.HdfFile;
import io.jhdf.WritableHdfFile;
import io.jhdf.api.Dataset;
import io.jhdf.api.DatasetCreationOptions;
import io.jhdf.api.Group;
import io.jhdf.api.Node;
import io.jhdf.api.WritableGroup;
import io.jhdf.api.WritableNode;

/** The jHDF calls behind {@link FlimageWriter}. */
public final class FlimageFiles {

    /** The attribute jHDF adds to every file it writes; not part of the flimage layout. */
    private static final String JHDF_MARK = "_jHDF";

    private FlimageFiles() {
    }

    public static void writeImage(Path file, FlImage image, List<String> notes) throws IOException {
        write(file, out -> {
            putAttributes(out, image.attributes(), notes, "");
            putFluorescence(out, image);
        });
    }

    public static void writeSeries(Path file, List<FlImage> images, String identifier, List<String> notes)
            throws IOException {
        write(file, out -> {
            if (identifier != null) {
                out.putAttribute("identifier", identifier);
            }
            for (int i = 0; i < images.size(); i++) {
                WritableGroup g = out.putGroup(FlimageLayout.SERIES_PREFIX + i);
                putAttributes(g, images.get(i).attributes(), notes, FlimageLayout.SERIES_PREFIX + i + ": ");
                putFluorescence(g, images.get(i));
            }
        });
    }

    private interface Content {
        void fill(WritableHdfFile out);
    }

    private static void write(Path file, Content content) throws IOException {
        try (WritableHdfFile out = HdfFile.write(file)) {
            content.fill(out);
            out.removeAttribute(JHDF_MARK);
            JhdfWriteOrder.emptyGroupsFirst(out);
        } catch (RuntimeException e) {
            throw new IOException(file + ": cannot be written as flimage HDF5: " + e.getMessage(), e);
        }
    }

    private static void putFluorescence(WritableGroup parent, FlImage image) {
        WritableGroup fl = parent.putGroup("fluorescence");
        putImage(fl, "raw", image.fluorescence());
        WritableGroup bg = fl.putGroup("bg_data");
        if (image.background() != null) {
            putImage(bg, "data", image.background());
        }
    }

    private static void putImage(WritableGroup group, String name, Plane plane) {
        DatasetCreationOptions options = DatasetCreationOptions.builder().chunkDimensions(plane.height(), plane.width())
                .deflate(9).build();
        WritableNode d = group.putDataset(name, toFloatRows(plane), options);
        d.putAttribute("CLASS", "IMAGE");
        d.putAttribute("IMAGE_SUBCLASS", "IMAGE_GRAYSCALE");
        d.putAttribute("IMAGE_VERSION", "1.2");
    }

    private static void putAttributes(WritableNode node, Map<String, Object> attributes, List<String> notes, String where) {
        boolean version = false;
        for (Map.Entry<String, Object> e : attributes.entrySet()) {
            String key = e.getKey();
            Object v = e.getValue();
            if (!FlimageWriter.META_KEYS.contains(key)) {
                notes.add(where + "attribute '" + key + "' is not part of the flimage layout and was not written");
                continue;
            }
            if (v == null) {
                continue;
            }
            version |= key.equals("flimage version");
            if (v instanceof Number n) {
                node.putAttribute(key, n.doubleValue());
            } else if (v instanceof List<?> list && list.stream().allMatch(Number.class::isInstance)) {
                node.putAttribute(key, list.stream().mapToDouble(x -> ((Number) x).doubleValue()).toArray());
            } else {
                node.putAttribute(key, String.valueOf(v));
            }
        }
        if (!version) {
            node.putAttribute("flimage version", FlimageWriter.LAYOUT_VERSION);
        }
    }

    /** Reads a written file back and checks its layout, so a jHDF writing defect never goes unnoticed. */
    public static void verify(Path file) throws IOException {
        try (HdfFile hdf = new HdfFile(file)) {
            FlimageLayout layout = FlimageLayout.detect(hdf);
            if (layout == null) {
                throw new IOException(file + ": the written file does not follow the flimage layout");
            }
            check(hdf, 0);
        } catch (RuntimeException e) {
            throw new IOException(file + ": the written file cannot be read back: " + e.getMessage(), e);
        }
    }

    private static void check(Group group, int depth) {
        for (Node child : group.getChildren().values()) {
            child.getAttributes().values().forEach(a -> a.getData());
            if (child instanceof Group g && depth < 8) {
                check(g, depth + 1);
            } else if (child instanceof Dataset d) {
                d.getDimensions();
            }
        }
    }

    /** The plane's values as {@code float[height][width]}, the shape the flimage layout stores. */
    private static float[][] toFloatRows(Plane plane) {
        float[][] rows = new float[plane.height()][plane.width()];
        for (int y = 0; y < plane.height(); y++) {
            for (int x = 0; x < plane.width(); x++) {
                rows[y][x] = (float) plane.get(y * plane.width() + x);
            }
        }
        return rows;
    }
}
