package org.fluorite.io.flimage.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.fluorite.core.image.PixelType;
import org.fluorite.io.ImportException;
import org.fluorite.io.hdf5.Hdf5Types;

import io.jhdf.HdfFile;
import io.jhdf.api.Dataset;
import io.jhdf.api.Node;
import io.jhdf.exceptions.HdfInvalidPathException;
import io.jhdf.object.datatype.DataType;

/**
 * One kind of image data ("fluorescence", "phase" or "amplitude") across the groups of a file:
 * the raw dataset of each group and, where every group has them, the background datasets.
 *
 * @param kind   group name: fluorescence, phase or amplitude
 * @param raw    dataset paths of the raw planes, one per group
 * @param bgData dataset paths of the experimental backgrounds ({@code bg_data/data}), or empty
 * @param bgFit  dataset paths of the fitted backgrounds ({@code bg_data/fit}), or empty
 */
public record ImagePart(String kind, int width, int height, PixelType type, List<String> raw, List<String> bgData,
        List<String> bgFit) {

    public boolean hasBackground() {
        return !bgData.isEmpty() || !bgFit.isEmpty();
    }

    /**
     * Collects {@code kind} under each of {@code prefixes} ("" for the root, "fli_3/" for a series
     * group). Returns null when the first prefix has no such data.
     *
     * @throws ImportException when the groups hold images of different sizes or types
     */
    public static ImagePart collect(Path file, HdfFile hdf, List<String> prefixes, String kind, List<String> warnings)
            throws ImportException {
        if (!(node(hdf, prefixes.get(0) + kind + "/raw") instanceof Dataset first)) {
            return null;
        }
        int[] dims = checkImageDataset(file, first, first.getPath());
        PixelType type = pixelType(first.getDataType());
        List<String> raw = new ArrayList<>();
        List<String> data = new ArrayList<>();
        List<String> fit = new ArrayList<>();
        for (String prefix : prefixes) {
            String path = prefix + kind + "/raw";
            if (!(node(hdf, path) instanceof Dataset d)) {
                throw new ImportException(file, path + " is missing");
            }
            int[] dd = checkImageDataset(file, d, path);
            if (dd[0] != dims[0] || dd[1] != dims[1] || pixelType(d.getDataType()) != type) {
                throw new ImportException(file, path + " differs in size or type from " + first.getPath()
                        + "; Fluorite reads a series only when all its images match");
            }
            raw.add(path);
            addBackground(file, hdf, prefix + kind + "/bg_data/data", dims, data);
            addBackground(file, hdf, prefix + kind + "/bg_data/fit", dims, fit);
        }
        if (!data.isEmpty() && data.size() != raw.size()) {
            warnings.add("only " + data.size() + " of " + raw.size() + " " + kind + " images have a background (bg_data/data);"
                    + " the backgrounds are not shown");
            data.clear();
        }
        if (!fit.isEmpty() && fit.size() != raw.size()) {
            warnings.add("only " + fit.size() + " of " + raw.size() + " " + kind + " images have a fitted background"
                    + " (bg_data/fit); the fits are not shown");
            fit.clear();
        }
        return new ImagePart(kind, dims[1], dims[0], type, raw, data, fit);
    }

    private static void addBackground(Path file, HdfFile hdf, String path, int[] dims, List<String> into)
            throws ImportException {
        if (node(hdf, path) instanceof Dataset d) {
            int[] dd = checkImageDataset(file, d, path);
            if (dd[0] != dims[0] || dd[1] != dims[1]) {
                throw new ImportException(file, path + " has shape " + dd[0] + "x" + dd[1] + ", its raw image " + dims[0]
                        + "x" + dims[1]);
            }
            into.add(path);
        }
    }

    /** The pixel type planes of this data type are read as, or null for data that are not numbers. */
    private static PixelType pixelType(DataType type) {
        return Hdf5Types.pixelType(type).orElse(null);
    }

    /** Fails with an {@link ImportException} unless {@code d} is a 2-D number dataset of a sane size. */
    private static int[] checkImageDataset(Path file, Dataset d, String path) throws ImportException {
        int[] dims = d.getDimensions();
        if (dims.length != 2 || dims[0] < 1 || dims[1] < 1) {
            throw new ImportException(file, path + " is not a 2-D image (shape " + Arrays.toString(dims) + ")");
        }
        if ((long) dims[0] * dims[1] > Integer.MAX_VALUE - 8) {
            throw new ImportException(file, path + " has planes too large to hold in memory (" + dims[0] + "x" + dims[1] + ")");
        }
        if (pixelType(d.getDataType()) == null) {
            throw new ImportException(file, path + " does not hold numbers Fluorite can show as pixels");
        }
        return dims;
    }

    private static Node node(HdfFile hdf, String path) {
        try {
            return hdf.getByPath(path);
        } catch (HdfInvalidPathException e) {
            return null;
        }
    }
}
