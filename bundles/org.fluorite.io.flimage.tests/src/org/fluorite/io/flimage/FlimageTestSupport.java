package org.fluorite.io.flimage;

import java.io.IOException;
import java.nio.file.Path;

import org.fluorite.core.image.Image;
import org.fluorite.core.image.Plane;
import org.fluorite.core.progress.ProgressMonitor;
import org.fluorite.io.ImportOptions;
import org.fluorite.io.ImportResult;
import org.fluorite.testing.TestData;

/** Shared helpers of the flimage tests: fixture lookup, reading, pixel statistics. */
final class FlimageTestSupport {

    private FlimageTestSupport() {
    }

    /** A fixture of this fragment's resources folder (made by scripts/make_fixtures.py). */
    static Path fixture(String name) {
        return TestData.fixture("org.fluorite.io.flimage.tests", name);
    }

    static ImportResult read(Path file) throws IOException {
        return new FlimageImporter().read(file, ImportOptions.NONE, ProgressMonitor.NONE);
    }

    /** {min, max, mean, sum} over every plane of the image. */
    static double[] stats(Image image) throws IOException {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        double sum = 0;
        long n = 0;
        for (long p = 0; p < image.planeCount(); p++) {
            Plane plane = image.planeAt(p);
            for (int i = 0; i < plane.size(); i++) {
                double v = plane.get(i);
                min = Math.min(min, v);
                max = Math.max(max, v);
                sum += v;
                n++;
            }
        }
        return new double[] {min, max, sum / n, sum};
    }
}
