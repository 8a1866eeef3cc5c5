package org.fluorite.io.imagej;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.io.IOException;
import java.nio.file.Path;

import org.fluorite.core.progress.ProgressMonitor;
import org.fluorite.io.ImportOptions;
import org.fluorite.io.ImportResult;
import org.fluorite.roi.Roi;
import org.fluorite.roi.RoiSet;
import org.fluorite.testing.TestData;

/** Reading helpers of the ImageJ ROI tests. */
final class RoiTestSupport {

    private RoiTestSupport() {
    }

    static RoiSet readSet(Path file) throws IOException {
        ImportResult r = new ImageJRoiImporter().read(file, ImportOptions.NONE, ProgressMonitor.NONE);
        assertEquals(1, r.data().size(), "one data object");
        return assertInstanceOf(RoiSet.class, r.data().get(0));
    }

    static RoiSet readSet(String relative) throws IOException {
        return readSet(TestData.file(relative));
    }

    /** The single ROI of a .roi file in the shared data. */
    static Roi read(String relative) throws IOException {
        RoiSet set = readSet(relative);
        assertEquals(1, set.size(), relative + " holds one ROI");
        return set.rois().get(0);
    }
}
