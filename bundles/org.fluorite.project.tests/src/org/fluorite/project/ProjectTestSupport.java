package org.fluorite.project;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.fluorite.core.image.ArrayPlaneSource;
import org.fluorite.core.image.Image;
import org.fluorite.core.image.PixelType;
import org.fluorite.core.image.Plane;
import org.fluorite.io.FormatRegistry;
import org.fluorite.io.imagej.ImageJRoiImporter;
import org.fluorite.io.tiff.TiffExporter;
import org.fluorite.io.tiff.TiffImporter;
import org.fluorite.roi.RectangleRoi;
import org.fluorite.roi.Roi;
import org.fluorite.roi.RoiProperties;
import org.fluorite.roi.RoiSet;
import org.fluorite.stimulus.StimulusCsvImporter;

/** Registries, synthetic movies with known traces, and ROIs for the project tests. */
final class ProjectTestSupport {

    private ProjectTestSupport() {
    }

    static FormatRegistry registry() {
        FormatRegistry r = new FormatRegistry();
        r.addImporter(new TiffImporter());
        r.addImporter(new ImageJRoiImporter());
        r.addImporter(new StimulusCsvImporter());
        r.addExporter(new TiffExporter());
        return r;
    }

    static ProjectOptions options() {
        return ProjectOptions.of(registry());
    }

    /**
     * A uint16 movie of {@code frames} frames, 8 x 6 pixels: pixel (x, y) of frame t is
     * {@code 10 t + 1} in the left half (x < 4) and {@code 10 t + 2 + base} in the right half, so
     * the mean traces of {@link #halves} are known exactly.
     */
    static Image movie(int frames, int base) {
        List<Plane> planes = new ArrayList<>();
        for (int t = 0; t < frames; t++) {
            Plane p = Plane.allocate(PixelType.UINT16, 8, 6);
            for (int y = 0; y < 6; y++) {
                for (int x = 0; x < 8; x++) {
                    p.set(y * 8 + x, x < 4 ? 10 * t + 1 : 10 * t + 2 + base);
                }
            }
            planes.add(p);
        }
        return Image.create("synthetic", new ArrayPlaneSource(planes), "TYX", frames, 6, 8);
    }

    /** Left and right half of the 8 x 6 movie, tagged in column "cell_name". */
    static RoiSet halves(String leftTag, String rightTag) {
        List<Roi> rois = List.of(
                new RectangleRoi(new RoiProperties("left", -1, 0, Map.of("cell_name", leftTag), 0, 0, 0), 0, 0, 4, 6, 0),
                new RectangleRoi(new RoiProperties("right", 0xFF0000, 1, Map.of("cell_name", rightTag), 0, 0, 0), 4, 0, 4, 6, 0));
        return new RoiSet("halves", rois).withImageSize(8, 6);
    }

    /** A project with ROI type column cell_name, stimulus type column light and custom columns. */
    static ProjectConfiguration configuration() {
        return ProjectConfiguration.of(List.of("cell_name"), List.of("light"),
                List.of(ProjectColumn.custom("promoter", ValueType.TEXT, null),
                        ProjectColumn.custom("stage", ValueType.INTEGER, null),
                        ProjectColumn.custom("dose", ValueType.DECIMAL, null)));
    }
}
