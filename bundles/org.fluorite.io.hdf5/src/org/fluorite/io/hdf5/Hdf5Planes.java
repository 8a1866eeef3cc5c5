package org.fluorite.io.hdf5;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.fluorite.core.image.PixelType;
import org.fluorite.core.image.PlaneSource;
import org.fluorite.io.ImportException;
import org.fluorite.io.hdf5.internal.Hdf5PlaneSource;
import org.fluorite.io.hdf5.internal.StackedPlaneSource;
import org.fluorite.io.hdf5.internal.TransposedPlaneSource;

import io.jhdf.api.Dataset;

/**
 * Lazy {@link PlaneSource}s over numeric datasets, for format readers that lay images out
 * themselves (several datasets per image, combined planes, x-first storage). Each read asks for
 * the requested rectangle of one plane only, under the file's time bound; sizes are checked
 * against the file before anything is allocated. Every source holds a reference to the
 * {@link Hdf5File} until it is closed.
 *
 * <p>Pixel types follow {@link Hdf5Types#pixelType}.
 */
public final class Hdf5Planes {

    private Hdf5Planes() {
    }

    /**
     * The planes of a dataset of two or more dimensions stored as (..., y, x): plane {@code i} is
     * the last two axes at row-major index {@code i} over the others.
     *
     * @throws ImportException when the dataset is missing, not numeric, or its sizes are implausible
     */
    public static PlaneSource of(Hdf5File file, String datasetPath) throws ImportException {
        return file.call("opening " + datasetPath + " as planes", () -> open(file, datasetPath));
    }

    /**
     * Like {@link #of} for a dataset stored as (..., x, y), e.g. PYME's {@code [frame][x][y]}: the
     * planes come out as rows of x, so that width is the dataset's last-but-one size.
     */
    public static PlaneSource transposed(Hdf5File file, String datasetPath) throws ImportException {
        return new TransposedPlaneSource(of(file, datasetPath));
    }

    /**
     * One image from several datasets of equal plane size and type, their planes one after the
     * other (e.g. one 2-D dataset per time point).
     *
     * @throws ImportException when a dataset is missing or unreadable, or they differ in plane size or type
     */
    public static PlaneSource stack(Hdf5File file, List<String> datasetPaths) throws ImportException {
        List<PlaneSource> parts = new ArrayList<>();
        try {
            for (String p : datasetPaths) {
                parts.add(of(file, p));
            }
            return new StackedPlaneSource(parts);
        } catch (ImportException | RuntimeException e) {
            closeQuietly(parts);
            if (e instanceof IllegalArgumentException) {
                throw new ImportException(file.path(), "the datasets " + datasetPaths + " do not form one image: "
                        + e.getMessage(), e);
            }
            throw e;
        }
    }

    private static PlaneSource open(Hdf5File file, String datasetPath) throws ImportException {
        Dataset d = Hdf5Datasets.lookup(file, datasetPath);
        PixelType type = Hdf5Types.pixelType(d.getDataType()).orElseThrow(() -> new ImportException(file.path(),
                datasetPath + " holds " + Hdf5Types.label(d.getDataType()) + " values, not numbers an image is made of"));
        return new Hdf5PlaneSource(file, d, datasetPath, type);
    }

    private static void closeQuietly(List<PlaneSource> parts) {
        for (PlaneSource p : parts) {
            try {
                p.close();
            } catch (IOException | RuntimeException e) {
                // the read already failed; the first error is the one reported
            }
        }
    }
}
