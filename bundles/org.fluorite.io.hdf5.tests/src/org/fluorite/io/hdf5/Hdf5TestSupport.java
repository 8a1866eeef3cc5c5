package org.fluorite.io.hdf5;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.fluorite.core.DataObject;
import org.fluorite.core.image.Image;
import org.fluorite.core.image.Plane;
import org.fluorite.core.progress.ProgressMonitor;
import org.fluorite.core.table.Table;
import org.fluorite.io.ImportOptions;
import org.fluorite.io.ImportResult;
import org.fluorite.testing.TestData;

/** Shared helpers of the HDF5 tests: fixture lookup, reading, lookup of results by dataset path. */
final class Hdf5TestSupport {

    private Hdf5TestSupport() {
    }

    /** A fixture of this fragment's resources folder (made by scripts/make_fixtures.py). */
    static Path fixture(String name) {
        return TestData.fixture("org.fluorite.io.hdf5.tests", name);
    }

    static ImportResult read(Path file) throws IOException {
        return read(file, ImportOptions.NONE);
    }

    static ImportResult read(Path file, ImportOptions options) throws IOException {
        return new Hdf5Importer().read(file, options, ProgressMonitor.NONE);
    }

    static Hdf5Tree tree(ImportResult r) {
        DataObject first = r.data().get(0);
        assertEquals(Hdf5Tree.KIND, first.kind(), "the tree comes first");
        return (Hdf5Tree) first;
    }

    static Image image(ImportResult r, String path) {
        return r.images().stream().filter(i -> i.name().equals(path)).findFirst()
                .orElseThrow(() -> new AssertionError("no image " + path + " in " + r.data()));
    }

    static Table table(ImportResult r, String path) {
        return r.data().stream().filter(Table.class::isInstance).map(Table.class::cast).filter(t -> t.name().equals(path))
                .findFirst().orElseThrow(() -> new AssertionError("no table " + path + " in " + r.data()));
    }

    static void closeAll(ImportResult r) throws IOException {
        for (Image i : r.images()) {
            i.close();
        }
    }

    /** {min, max, mean} over every pixel of every plane. */
    static double[] stats(Image image) throws IOException {
        double sum = 0;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        long n = 0;
        for (long p = 0; p < image.planeCount(); p++) {
            Plane plane = image.planeAt(p);
            for (int i = 0; i < plane.size(); i++) {
                double v = plane.get(i);
                sum += v;
                min = Math.min(min, v);
                max = Math.max(max, v);
                n++;
            }
        }
        return new double[] {min, max, sum / n};
    }

    /** The fixtures' pattern: t * 1000 + y * 50 + x. */
    static double pattern(int t, int y, int x) {
        return t * 1000.0 + y * 50.0 + x;
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object o) {
        return (List<Object>) o;
    }
}
